import type { JournalView, SealedJournalEntryView } from "@mend/core/journal/contract";
import {
  type JournalEntryContent,
  journalEntryContent,
  type OpenedJournalEntry,
} from "@mend/core/journal/entry";
import type { VaultAddress } from "@mend/core/vault/kinds";
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, segment } from "../../api/client.ts";
import { newVaultItemId, openFromVault, sealForVault, vaultTextMeta } from "../vault/items.ts";

/** An entry whose envelope would not open (a wrong key, a changed envelope): said so, never shown garbled. */
export interface UnreadableJournalEntry {
  id: string;
  createdAt: string;
  problem: string;
}

export interface OpenedJournal {
  entries: OpenedJournalEntry[];
  unreadable: UnreadableJournalEntry[];
}

const addressOf = (itemId: string): VaultAddress => ({ kind: "journal-entry", itemId });

export const journalKey = (accountId: string) => ["journal", accountId] as const;

async function openEntry(accountId: string, sealed: SealedJournalEntryView): Promise<OpenedJournalEntry> {
  const text = await openFromVault(accountId, addressOf(sealed.id), sealed.sealed);
  const content = journalEntryContent.safeParse(JSON.parse(text));
  if (!content.success)
    throw new Error("This entry opened, but what is inside is not a journal entry Mend can show.");
  return { ...content.data, id: sealed.id, createdAt: sealed.createdAt, updatedAt: sealed.updatedAt };
}

/** The journal, fetched sealed and opened here; the opened text is dropped when the vault locks. */
export const journalQuery = (accountId: string) =>
  queryOptions({
    queryKey: journalKey(accountId),
    meta: vaultTextMeta,
    queryFn: async (): Promise<OpenedJournal> => {
      const { entries } = await api.get<JournalView>("/api/journal");
      const opened: OpenedJournal = { entries: [], unreadable: [] };
      for (const sealed of entries) {
        try {
          opened.entries.push(await openEntry(accountId, sealed));
        } catch (error) {
          const problem = error instanceof Error ? error.message : "This entry could not be opened.";
          opened.unreadable.push({ id: sealed.id, createdAt: sealed.createdAt, problem });
        }
      }
      return opened;
    },
  });

const sealEntry = (accountId: string, id: string, content: JournalEntryContent) =>
  sealForVault(accountId, addressOf(id), JSON.stringify(content));

export function useWriteJournalEntry(accountId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (content: JournalEntryContent) => {
      const id = newVaultItemId();
      const sealed = await sealEntry(accountId, id, content);
      return api.post<SealedJournalEntryView>("/api/journal", { id, sealed });
    },
    onSuccess: () => client.invalidateQueries({ queryKey: journalKey(accountId) }),
  });
}

export function useEditJournalEntry(accountId: string) {
  const client = useQueryClient();
  return useMutation({
    // Sealed again under the same id, with a fresh nonce.
    mutationFn: async ({ id, content }: { id: string; content: JournalEntryContent }) =>
      api.put<SealedJournalEntryView>(`/api/journal/${segment(id)}`, {
        sealed: await sealEntry(accountId, id, content),
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: journalKey(accountId) }),
  });
}

export function useDeleteJournalEntry(accountId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<void>(`/api/journal/${segment(id)}`),
    onSuccess: () => client.invalidateQueries({ queryKey: journalKey(accountId) }),
  });
}
