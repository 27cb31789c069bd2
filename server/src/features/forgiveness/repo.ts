import { and, desc, eq, inArray, isNotNull } from "drizzle-orm";
import type { Database } from "../../db/database.ts";
import { isUuid } from "../spaces/repo.ts";
import { forgivenessReflections, privateReflections, unsentLetters } from "./tables.ts";

export type ForgivenessReflectionRow = typeof forgivenessReflections.$inferSelect;
export type LetterRow = typeof unsentLetters.$inferSelect;
export type PrivateReflectionRow = typeof privateReflections.$inferSelect;

function inserted<T>(rows: T[]): T {
  const [row] = rows;
  if (!row) throw new Error("insert returned no row");
  return row;
}

export function forgivenessRepo(db: Database) {
  return {
    async insertReflection(values: typeof forgivenessReflections.$inferInsert) {
      return inserted(await db.insert(forgivenessReflections).values(values).returning());
    },

    reflectionsOf(memberId: string): Promise<ForgivenessReflectionRow[]> {
      return db
        .select()
        .from(forgivenessReflections)
        .where(eq(forgivenessReflections.memberId, memberId))
        .orderBy(desc(forgivenessReflections.createdAt), desc(forgivenessReflections.id));
    },

    sharedBy(memberId: string): Promise<ForgivenessReflectionRow[]> {
      return db
        .select()
        .from(forgivenessReflections)
        .where(and(eq(forgivenessReflections.memberId, memberId), isNotNull(forgivenessReflections.sharedAt)))
        .orderBy(desc(forgivenessReflections.sharedAt), desc(forgivenessReflections.id));
    },

    /** Shared steps of the given members, for the method's facts. */
    async sharedSteps(spaceId: string, memberIds: string[]) {
      if (memberIds.length === 0) return [];
      return db
        .select({
          memberId: forgivenessReflections.memberId,
          step: forgivenessReflections.step,
          sharedAt: forgivenessReflections.sharedAt,
        })
        .from(forgivenessReflections)
        .where(
          and(
            eq(forgivenessReflections.spaceId, spaceId),
            inArray(forgivenessReflections.memberId, memberIds),
            isNotNull(forgivenessReflections.sharedAt),
          ),
        );
    },

    /** The caller's own reflection, or undefined: someone else's is "not found" too. */
    async findOwnReflection(id: string, memberId: string) {
      if (!isUuid(id)) return undefined;
      const [row] = await db
        .select()
        .from(forgivenessReflections)
        .where(and(eq(forgivenessReflections.id, id), eq(forgivenessReflections.memberId, memberId)));
      return row;
    },

    async setShared(id: string, sharedAt: Date | null) {
      return inserted(
        await db
          .update(forgivenessReflections)
          .set({ sharedAt })
          .where(eq(forgivenessReflections.id, id))
          .returning(),
      );
    },

    async deleteReflection(id: string) {
      await db.delete(forgivenessReflections).where(eq(forgivenessReflections.id, id));
    },

    /** Undefined when a row already has this id: the browser made it, so it may collide. */
    async insertLetter(values: typeof unsentLetters.$inferInsert): Promise<LetterRow | undefined> {
      const [row] = await db.insert(unsentLetters).values(values).onConflictDoNothing().returning();
      return row;
    },

    lettersOf(memberId: string): Promise<LetterRow[]> {
      return db
        .select()
        .from(unsentLetters)
        .where(eq(unsentLetters.memberId, memberId))
        .orderBy(desc(unsentLetters.createdAt), desc(unsentLetters.id));
    },

    async findOwnLetter(id: string, memberId: string) {
      if (!isUuid(id)) return undefined;
      const [row] = await db
        .select()
        .from(unsentLetters)
        .where(and(eq(unsentLetters.id, id), eq(unsentLetters.memberId, memberId)));
      return row;
    },

    /** Stores the new envelope and, in the same statement, drops any words kept from before the vault. */
    async updateLetter(id: string, values: { sealed: string; updatedAt: Date }) {
      return inserted(
        await db
          .update(unsentLetters)
          .set({ ...values, title: null, body: null })
          .where(eq(unsentLetters.id, id))
          .returning(),
      );
    },

    /** A real DELETE: the letter's words are gone from the database, not hidden. */
    async deleteLetter(id: string) {
      await db.delete(unsentLetters).where(eq(unsentLetters.id, id));
    },

    /** Undefined when a row already has this id: the browser made it, so it may collide. */
    async insertPrivateReflection(
      values: typeof privateReflections.$inferInsert,
    ): Promise<PrivateReflectionRow | undefined> {
      const [row] = await db.insert(privateReflections).values(values).onConflictDoNothing().returning();
      return row;
    },

    privateReflectionsOf(memberId: string): Promise<PrivateReflectionRow[]> {
      return db
        .select()
        .from(privateReflections)
        .where(eq(privateReflections.memberId, memberId))
        .orderBy(desc(privateReflections.createdAt), desc(privateReflections.id));
    },

    async findOwnPrivateReflection(id: string, memberId: string) {
      if (!isUuid(id)) return undefined;
      const [row] = await db
        .select()
        .from(privateReflections)
        .where(and(eq(privateReflections.id, id), eq(privateReflections.memberId, memberId)));
      return row;
    },

    /** Stores the new envelope and, in the same statement, drops any words kept from before the vault. */
    async updatePrivateReflection(id: string, values: { sealed: string; updatedAt: Date }) {
      return inserted(
        await db
          .update(privateReflections)
          .set({ ...values, text: null })
          .where(eq(privateReflections.id, id))
          .returning(),
      );
    },

    async deletePrivateReflection(id: string) {
      await db.delete(privateReflections).where(eq(privateReflections.id, id));
    },
  };
}
