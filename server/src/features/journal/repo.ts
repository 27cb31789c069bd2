import { and, asc, eq } from "drizzle-orm";
import type { Database } from "../../db/database.ts";
import { journalEntries } from "./tables.ts";

export type JournalEntryRow = typeof journalEntries.$inferSelect;

/** Every statement names the owner: a row of someone else's is never read, changed or removed. */
export function journalRepo(db: Database) {
  const ownEntry = (accountId: string, entryId: string) =>
    and(eq(journalEntries.accountId, accountId), eq(journalEntries.id, entryId));

  return {
    entriesOf(accountId: string): Promise<JournalEntryRow[]> {
      return db
        .select()
        .from(journalEntries)
        .where(eq(journalEntries.accountId, accountId))
        .orderBy(asc(journalEntries.createdAt), asc(journalEntries.id));
    },

    /** Undefined when the id is taken already (by anyone): the browser makes a new id and seals again. */
    async insert(
      accountId: string,
      id: string,
      sealed: string,
      now: Date,
    ): Promise<JournalEntryRow | undefined> {
      const [row] = await db
        .insert(journalEntries)
        .values({ id, accountId, sealed, createdAt: now, updatedAt: now })
        .onConflictDoNothing({ target: journalEntries.id })
        .returning();
      return row;
    },

    async replaceSealed(
      accountId: string,
      entryId: string,
      sealed: string,
      now: Date,
    ): Promise<JournalEntryRow | undefined> {
      const [row] = await db
        .update(journalEntries)
        .set({ sealed, updatedAt: now })
        .where(ownEntry(accountId, entryId))
        .returning();
      return row;
    },

    async remove(accountId: string, entryId: string): Promise<boolean> {
      const rows = await db
        .delete(journalEntries)
        .where(ownEntry(accountId, entryId))
        .returning({ id: journalEntries.id });
      return rows.length === 1;
    },
  };
}
