import { z } from "zod";
import { envelopeSchema } from "../vault/wire.ts";

/**
 * Private drafts: whatever a person is writing in a longer text field, kept on the server as they
 * type so that a closed tab, a lost connection or an ended session loses nothing. A draft belongs to
 * one member and one form; only its author can read it, and it is removed once the text is saved
 * or thrown away. Drafts are never streamed, never counted and never part of progress.
 *
 * The texts are sealed in the author's browser (vault kind "draft", under the draft's id) before they
 * are sent: the server keeps an envelope it cannot open. Sealed, a draft is its fields as JSON.
 */

/** Names a form, with the ids of what it is about: `letter:new`, `question:<id>:answer`. */
export const draftKeyPattern = /^[a-z0-9][a-z0-9-]*(?::[a-z0-9-]+)*$/;
// The web server refuses longer path segments before they reach the contract.
export const maxDraftKeyLength = 100;

export const draftKey = z
  .string()
  .max(maxDraftKeyLength, { error: `A draft's name is at most ${maxDraftKeyLength} characters.` })
  .regex(draftKeyPattern, { error: "A draft's name uses lower-case letters, digits, - and : only." });

/** The longest text any form accepts, with room to spare: a draft may be longer than what is allowed. */
export const maxDraftFieldLength = 40_000;
export const maxDraftFields = 24;

const fieldName = z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,39}$/, {
  error: "A draft's field names are letters and digits (at most 40).",
});

export const draftFields = z
  .record(
    fieldName,
    z.string({ error: "Each part of a draft is text." }).max(maxDraftFieldLength, {
      error: `Each part of a draft is at most ${maxDraftFieldLength.toLocaleString("en")} characters.`,
    }),
  )
  .refine((fields) => Object.keys(fields).length <= maxDraftFields, {
    error: `A draft has at most ${maxDraftFields} parts.`,
  });
export type DraftFields = z.infer<typeof draftFields>;

/** The browser makes the id before sealing (it is bound into the envelope); the server keeps it. */
export const draftInput = z.strictObject({
  id: z.uuid({ error: "A draft's id is a UUID." }),
  sealed: envelopeSchema,
});
export type DraftInput = z.infer<typeof draftInput>;

export const draftView = z.object({
  id: z.uuid(),
  sealed: envelopeSchema.nullable(),
  /**
   * Only for a draft kept before drafts were sealed: its texts as they were stored. The author's
   * browser seals it the next time it opens the form, and the server then forgets these.
   */
  fields: draftFields.nullable(),
  savedAt: z.iso.datetime(),
});
export type DraftView = z.infer<typeof draftView>;

/** What a draft's envelope holds: its fields as JSON. */
export const draftPlaintext = (fields: DraftFields) => JSON.stringify(fields);

/** Reads an opened draft back into its fields; anything else is refused rather than shown. */
export const draftFromPlaintext = (text: string): DraftFields => draftFields.parse(JSON.parse(text));

/** A draft with nothing written in it is not worth keeping. */
export const isBlankDraft = (fields: DraftFields) =>
  Object.values(fields).every((value) => value.trim() === "");
