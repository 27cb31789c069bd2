import type { JournalView, NewJournalEntryInput, SealedJournalEntryView } from "@mend/core/journal/contract";
import type { Database } from "../../db/database.ts";
import { AppError, notFound } from "../../http/errors.ts";
import { type JournalEntryRow, journalRepo } from "./repo.ts";

const presentEntry = (row: JournalEntryRow): SealedJournalEntryView => ({
  id: row.id,
  sealed: row.sealed,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

const noSuchEntry = () => notFound("That journal entry");

/**
 * The owner's journal, sealed. Anyone else asking about an entry, the other member of a space
 * included, gets the same "not found" as for an entry that never existed. Nothing here records a
 * space event, streams, counts or reminds: the journal belongs to no space.
 */
export function journalService(deps: { db: Database; clock: () => Date }) {
  const { db, clock } = deps;
  const repo = journalRepo(db);

  return {
    async journal(accountId: string): Promise<JournalView> {
      return { entries: (await repo.entriesOf(accountId)).map(presentEntry) };
    },

    async add(accountId: string, input: NewJournalEntryInput): Promise<SealedJournalEntryView> {
      const row = await repo.insert(accountId, input.id, input.sealed, clock());
      if (!row) {
        throw new AppError(
          "conflict",
          "An entry with that id is kept already. Save again: your browser will seal it under a new id.",
        );
      }
      return presentEntry(row);
    },

    async reseal(accountId: string, entryId: string, sealed: string): Promise<SealedJournalEntryView> {
      const row = await repo.replaceSealed(accountId, entryId, sealed, clock());
      if (!row) throw noSuchEntry();
      return presentEntry(row);
    },

    async remove(accountId: string, entryId: string): Promise<void> {
      if (!(await repo.remove(accountId, entryId))) throw noSuchEntry();
    },
  };
}

export type JournalService = ReturnType<typeof journalService>;
