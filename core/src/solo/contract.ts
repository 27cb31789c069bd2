import { z } from "zod";
import { calendarDateInput } from "../date-input.ts";
import { envelopeSchema } from "../vault/wire.ts";
import { soloSeriesIds } from "./series.ts";
import { soloStepIds } from "./steps.ts";

/**
 * The path for one person alone: private entries only their author ever reads. None of them is
 * counted, streamed, turned into a fact, or recorded as a space event, so the other person (now or
 * later) cannot learn that they exist, how many there are, or when they were written.
 *
 * An entry's words are sealed whole in its author's vault, in the browser, under the id the browser
 * made for the entry (see `privateEntryVaultKinds`). The server keeps the envelope and what the entry is
 * (its kind, a prompt's id, when an amend was done, when it was written), never the words: the
 * `…Words` schemas are checked in the browser before sealing, and the routes take envelopes only.
 */

const text = (max: number, what: string) =>
  z
    .string({ error: `Write ${what} first.` })
    .trim()
    .min(1, { error: `Write ${what} first.` })
    .max(max, { error: `Keep ${what} under ${max.toLocaleString("en")} characters.` });

const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, { error: `Keep ${what} under ${max.toLocaleString("en")} characters.` })
    .optional();

/** "I know" marks what is certain; "I still need to know" marks a gap the person wants filled. */
export const timelineCertainties = ["know", "need_to_know"] as const;
export type TimelineCertainty = (typeof timelineCertainties)[number];

/** What a timeline entry says, sealed as the JSON of its output (kind "solo-timeline"). */
export const timelineEntryWords = z
  .strictObject({
    /** A calendar date when known; otherwise `roughly` says when in the person's own words. */
    date: calendarDateInput({ error: "Give the date as YYYY-MM-DD, or say roughly when instead." })
      .nullable()
      .optional(),
    roughly: optionalText(80, "when it was"),
    happened: text(2000, "what happened"),
    certainty: z.enum(timelineCertainties, { error: "Choose 'I know' or 'I still need to know'." }),
  })
  .refine((entry) => Boolean(entry.date) || Boolean(entry.roughly), {
    error: "Give a date, or say roughly when it was.",
    path: ["roughly"],
  })
  .transform((entry) => ({
    date: entry.date || null,
    roughly: entry.roughly || null,
    happened: entry.happened,
    certainty: entry.certainty,
  }));
export type TimelineEntryWords = z.output<typeof timelineEntryWords>;
export type TimelineEntryWordsInput = z.input<typeof timelineEntryWords>;

/** Someone to lean on (kind "solo-supporter"). */
export const supporterWords = z
  .strictObject({
    name: text(80, "their name"),
    reach: text(200, "how to reach them"),
    note: optionalText(500, "the note"),
  })
  .transform((person) => ({ name: person.name, reach: person.reach, note: person.note || null }));
export type SupporterWords = z.output<typeof supporterWords>;
export type SupporterWordsInput = z.input<typeof supporterWords>;

/** An amend the person can make on their own (kind "solo-own-amend"). */
export const ownAmendWords = z.strictObject({
  what: text(1000, "the amend"),
});
export type OwnAmendWords = z.output<typeof ownAmendWords>;

/** An answer to one guided prompt (kind "solo-prompt-answer"). */
export const promptAnswerWords = z.strictObject({
  text: text(4000, "your answer"),
});
export type PromptAnswerWords = z.output<typeof promptAnswerWords>;

const browserMadeId = z.uuid({ error: "An entry needs an id made by your browser." });

/**
 * A new entry: the id the browser made and the words sealed under it. Words in the clear are refused,
 * and nothing is stored.
 */
export const newPrivateEntryInput = z.strictObject({ id: browserMadeId, sealed: envelopeSchema });
export type NewPrivateEntryInput = z.infer<typeof newPrivateEntryInput>;

/**
 * An entry's words sealed again under its own id: an entry rewritten, or one from before the vault,
 * sealed for the first time.
 */
export const sealedEntryInput = z.strictObject({ sealed: envelopeSchema });
export type SealedEntryInput = z.infer<typeof sealedEntryInput>;

/**
 * An answer to a prompt, sealed under the answer's id: a new answer's id is made by the browser, and a
 * rewritten answer keeps the id it has.
 */
export const promptAnswerInput = newPrivateEntryInput;
export type PromptAnswerInput = NewPrivateEntryInput;

export const amendDoneInput = z.strictObject({
  done: z.boolean({ error: "Say whether it is done: true or false." }),
});
export type AmendDoneInput = z.infer<typeof amendDoneInput>;

/**
 * What the server holds of one entry: `sealed`, the envelope only its author's browser opens; or, for
 * an entry written before the vault, `plain`, its words as JSON in the same shape, until its author
 * next opens their path and their browser seals them (`PUT …/solo/entries/:entryId/sealed`).
 */
const heldEntry = {
  id: z.string(),
  sealed: z.string().nullable(),
  plain: z.string().nullable(),
};

export const timelineEntryView = z.object({ ...heldEntry, writtenAt: z.iso.datetime() });
export type TimelineEntryView = z.infer<typeof timelineEntryView>;

export const supporterView = z.object(heldEntry);
export type SupporterView = z.infer<typeof supporterView>;

export const ownAmendView = z.object({
  ...heldEntry,
  doneAt: z.iso.datetime().nullable(),
  writtenAt: z.iso.datetime(),
});
export type OwnAmendView = z.infer<typeof ownAmendView>;

export const promptAnswerView = z.object({
  ...heldEntry,
  promptId: z.string(),
  writtenAt: z.iso.datetime(),
});
export type PromptAnswerView = z.infer<typeof promptAnswerView>;

/** An entry from before the vault, once sealed: the server kept the envelope and forgot the words. */
export const sealedEntryView = z.object({ id: z.string(), sealed: z.string() });
export type SealedEntryView = z.infer<typeof sealedEntryView>;

export const soloStepView = z.object({
  id: z.enum(soloStepIds),
  done: z.boolean(),
  /** For series and lists: how far along the person is. */
  progress: z.object({ done: z.number(), of: z.number() }).nullable(),
});
export type SoloStepView = z.infer<typeof soloStepView>;

/**
 * Everything on the caller's own path. Only ever the caller's own entries; the timeline in the order it
 * was written, since only the browser can read the dates (`inTimelineOrder` puts them in date order).
 */
export const soloPathView = z.object({
  role: z.enum(["broke_trust", "hurt", "both"]),
  otherHere: z.boolean(),
  steps: z.array(soloStepView),
  timeline: z.array(timelineEntryView),
  supporters: z.array(supporterView),
  amends: z.array(ownAmendView),
  series: z.array(
    z.object({
      id: z.enum(soloSeriesIds),
      answers: z.array(promptAnswerView),
    }),
  ),
});
export type SoloPathView = z.infer<typeof soloPathView>;
