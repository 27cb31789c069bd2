import type { ExportDocument } from "@mend/core/ending/contract";
import { type JournalExport, journalExport } from "@mend/core/journal/export";
import type { QueryClient } from "@tanstack/react-query";
import { vaultKeyOf } from "../vault/vault-keys.ts";
import { journalQuery } from "./api.ts";

/** The data file with the person's journal added, opened in this browser. */
export type ExportWithJournal = ExportDocument & { journal?: JournalExport };

/**
 * The journal's part of the person's own data file. The server makes the file but cannot read the
 * journal, so while the vault is open in this tab the journal is opened here and added; while it is
 * locked the file goes without it, and the page says so.
 */
export async function addJournal(
  client: QueryClient,
  accountId: string,
  document: ExportDocument,
): Promise<ExportWithJournal> {
  if (!vaultKeyOf(accountId)) return document;
  const journal = await client.fetchQuery(journalQuery(accountId));
  return { ...document, journal: journalExport(journal.entries, new Date()) };
}
