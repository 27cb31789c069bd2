import type { PrivateEntryRow } from "./repo.ts";

/**
 * What its author's browser gets of an entry's words: the envelope, or the words of an entry from
 * before the vault as JSON, which the browser seals on its next visit.
 */
export const heldWords = (row: PrivateEntryRow): { sealed: string | null; plain: string | null } => ({
  sealed: row.sealed,
  plain: row.sealed === null && row.body !== null ? JSON.stringify(row.body) : null,
});
