import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { Database } from "../../db/database.ts";
import { isUuid } from "../spaces/repo.ts";
import { privateEntries } from "./tables.ts";

export type PrivateEntryRow = typeof privateEntries.$inferSelect;
export type PrivateEntryKind = "timeline" | "supporter" | "own_amend" | "prompt_answer" | "decision";

/** Every query is by the author's own member id: there is no way here to read someone else's entries. */
export function privateEntriesRepo(db: Database) {
  return {
    async insert(values: typeof privateEntries.$inferInsert): Promise<PrivateEntryRow> {
      const [row] = await db.insert(privateEntries).values(values).returning();
      if (!row) throw new Error("insert returned no row");
      return row;
    },

    async ownOfKind(memberId: string, kind: PrivateEntryKind): Promise<PrivateEntryRow[]> {
      return db
        .select()
        .from(privateEntries)
        .where(and(eq(privateEntries.memberId, memberId), eq(privateEntries.kind, kind)))
        .orderBy(asc(privateEntries.createdAt), asc(privateEntries.id));
    },

    async allOwn(memberId: string): Promise<PrivateEntryRow[]> {
      return db
        .select()
        .from(privateEntries)
        .where(eq(privateEntries.memberId, memberId))
        .orderBy(asc(privateEntries.createdAt), asc(privateEntries.id));
    },

    /** The other person's decisions, newest first; the caller shows only the parts they shared. */
    async decisionsOf(memberId: string): Promise<PrivateEntryRow[]> {
      return db
        .select()
        .from(privateEntries)
        .where(and(eq(privateEntries.memberId, memberId), eq(privateEntries.kind, "decision")))
        .orderBy(desc(privateEntries.createdAt), desc(privateEntries.id));
    },

    /** The latest decision of each member in these spaces: what the revisit reminders are read from. */
    async latestDecisionsIn(spaceIds: string[]): Promise<PrivateEntryRow[]> {
      if (spaceIds.length === 0) return [];
      return db
        .selectDistinctOn([privateEntries.memberId])
        .from(privateEntries)
        .where(and(inArray(privateEntries.spaceId, spaceIds), eq(privateEntries.kind, "decision")))
        .orderBy(privateEntries.memberId, desc(privateEntries.createdAt), desc(privateEntries.id));
    },

    async findOwn(
      id: string,
      memberId: string,
      kind: PrivateEntryKind,
    ): Promise<PrivateEntryRow | undefined> {
      if (!isUuid(id)) return undefined;
      const [row] = await db
        .select()
        .from(privateEntries)
        .where(
          and(
            eq(privateEntries.id, id),
            eq(privateEntries.memberId, memberId),
            eq(privateEntries.kind, kind),
          ),
        );
      return row;
    },

    async findAnswer(memberId: string, promptId: string): Promise<PrivateEntryRow | undefined> {
      const [row] = await db
        .select()
        .from(privateEntries)
        .where(and(eq(privateEntries.memberId, memberId), eq(privateEntries.promptId, promptId)));
      return row;
    },

    async update(
      id: string,
      values: Partial<Pick<PrivateEntryRow, "body" | "doneAt" | "sharedParts" | "updatedAt">>,
    ): Promise<PrivateEntryRow> {
      const [row] = await db.update(privateEntries).set(values).where(eq(privateEntries.id, id)).returning();
      if (!row) throw new Error("update returned no row");
      return row;
    },

    async remove(id: string): Promise<void> {
      await db.delete(privateEntries).where(eq(privateEntries.id, id));
    },
  };
}
