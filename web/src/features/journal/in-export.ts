import type { ExportDocument } from "@mend/core/ending/contract";
import { type JournalExport, journalExport } from "@mend/core/journal/export";
import { type QueryClient, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import { useVaultState } from "../vault/VaultGate.tsx";
import { vaultKeyOf } from "../vault/vault-keys.ts";
import { journalQuery } from "./api.ts";
import { dayStamp, downloadText } from "./download.ts";

/** The server's data file with the person's journal added, opened in this browser. */
export type ExportWithJournal = ExportDocument & { journal: JournalExport };

async function downloadWithJournal(client: QueryClient, accountId: string, serverFile: string) {
  const [document, journal] = await Promise.all([
    api.get<ExportDocument>(serverFile),
    client.fetchQuery(journalQuery(accountId)),
  ]);
  const withJournal: ExportWithJournal = { ...document, journal: journalExport(journal.entries, new Date()) };
  downloadText(
    `mend-export-${dayStamp(new Date(document.exportedAt))}.json`,
    "application/json",
    `${JSON.stringify(withJournal, null, 2)}\n`,
  );
}

/**
 * The journal's part of the person's own download. The server makes the data file but cannot read the
 * journal, so while the vault is open in this tab the browser fetches that file, adds the journal
 * opened here, and saves the two as one; while it is closed the server's file is saved as it is.
 */
export function useJournalInExport(accountId: string) {
  const client = useQueryClient();
  const open = useVaultState(accountId) === "open" && vaultKeyOf(accountId) !== null;
  return {
    open,
    download: (serverFile: string) => downloadWithJournal(client, accountId, serverFile),
  };
}
