import { z } from "zod";
import { envelopeSchema } from "../vault/wire.ts";

/**
 * The private journal on the wire. A journal belongs to its author's account, not to a space. Each
 * entry is one envelope sealed in the browser under the entry's own id (made in the browser before
 * sealing, kind "journal-entry"): the server never sees the words, the mood, the tags or the day, only
 * when the envelope was first kept and last replaced.
 */
export const journalEntryIdParams = z.strictObject({
  entryId: z.uuid({ error: "That entry id is not one Mend made." }),
});

export const newJournalEntryInput = z.strictObject({
  id: z.uuid({ error: "An entry needs the id it was sealed under." }),
  sealed: envelopeSchema,
});
export type NewJournalEntryInput = z.infer<typeof newJournalEntryInput>;

export const journalEntryUpdateInput = z.strictObject({ sealed: envelopeSchema });
export type JournalEntryUpdateInput = z.infer<typeof journalEntryUpdateInput>;

export const sealedJournalEntryView = z.object({
  id: z.string(),
  sealed: envelopeSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type SealedJournalEntryView = z.infer<typeof sealedJournalEntryView>;

export const journalView = z.object({ entries: z.array(sealedJournalEntryView) });
export type JournalView = z.infer<typeof journalView>;
