import type { PrivateEntryKind } from "@mend/core/solo/index";
import { and, asc, desc, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import type { Database } from "../../db/database.ts";
import { isUuid } from "../spaces/repo.ts";
import { privateEntries } from "./tables.ts";

export type PrivateEntryRow = typeof privateEntries.$inferSelect;
export type { PrivateEntryKind };

/** Every query is by the author's own member id: there is no way here to read someone else's entries. */
export function privateEntriesRepo(db: Database) {
  return {
    /** Undefined when a row already has this id: the browser made it, so it may collide. */
    async insert(values: typeof privateEntries.$inferInsert): Promise<PrivateEntryRow | undefined> {
      const [row] = await db.insert(privateEntries).values(values).onConflictDoNothing().returning();
      return row;
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

    /** One of the member's own entries; of one kind, or any kind in `kinds`. */
    async findOwn(
      id: string,
      memberId: string,
      kinds: PrivateEntryKind | readonly PrivateEntryKind[],
    ): Promise<PrivateEntryRow | undefined> {
      if (!isUuid(id)) return undefined;
      const [row] = await db
        .select()
        .from(privateEntries)
        .where(
          and(
            eq(privateEntries.id, id),
            eq(privateEntries.memberId, memberId),
            inArray(privateEntries.kind, typeof kinds === "string" ? [kinds] : [...kinds]),
          ),
        )
        .for("update");
      return row;
    },

    async findAnswer(memberId: string, promptId: string): Promise<PrivateEntryRow | undefined> {
      const [row] = await db
        .select()
        .from(privateEntries)
        .where(and(eq(privateEntries.memberId, memberId), eq(privateEntries.promptId, promptId)))
        .for("update");
      return row;
    },

    async update(
      id: string,
      values: Partial<
        Pick<PrivateEntryRow, "sealed" | "body" | "doneAt" | "sharedParts" | "sharedTexts" | "updatedAt">
      >,
    ): Promise<PrivateEntryRow> {
      const [row] = await db.update(privateEntries).set(values).where(eq(privateEntries.id, id)).returning();
      if (!row) throw new Error("update returned no row");
      return row;
    },

    /**
     * Swaps the words of an entry from before the vault for their envelope in one statement, so they are
     * gone the moment the envelope is kept: only the member's own entry, and only plain for sealed, so
     * undefined when there were no words in the clear to seal. A decision's shared parts keep their words
     * (`sharedTexts`), which the caller worked out from the plain words it read in the same transaction.
     */
    async sealPlain(
      id: string,
      memberId: string,
      sealed: string,
      sharedTexts?: Record<string, string>,
    ): Promise<PrivateEntryRow | undefined> {
      const [row] = await db
        .update(privateEntries)
        .set({ sealed, body: null, ...(sharedTexts ? { sharedTexts } : {}) })
        .where(
          and(
            eq(privateEntries.id, id),
            eq(privateEntries.memberId, memberId),
            isNotNull(privateEntries.body),
            isNull(privateEntries.sealed),
          ),
        )
        .returning();
      return row;
    },

    async remove(id: string): Promise<void> {
      await db.delete(privateEntries).where(eq(privateEntries.id, id));
    },
  };
}
