import { z } from "zod";
import { calendarDateInput } from "../date-input.ts";
import { soloSeriesIds } from "./series.ts";
import { soloStepIds } from "./steps.ts";

/**
 * The path for one person alone: private entries only their author ever reads. None of them is
 * counted, streamed, turned into a fact, or recorded as a space event, so the other person (now or
 * later) cannot learn that they exist, how many there are, or when they were written.
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

export const timelineEntryInput = z
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
  });
export type TimelineEntryInput = z.infer<typeof timelineEntryInput>;

export const supporterInput = z.strictObject({
  name: text(80, "their name"),
  reach: text(200, "how to reach them"),
  note: optionalText(500, "the note"),
});
export type SupporterInput = z.infer<typeof supporterInput>;

export const ownAmendInput = z.strictObject({
  what: text(1000, "the amend"),
});
export type OwnAmendInput = z.infer<typeof ownAmendInput>;

export const amendDoneInput = z.strictObject({
  done: z.boolean({ error: "Say whether it is done: true or false." }),
});
export type AmendDoneInput = z.infer<typeof amendDoneInput>;

export const promptAnswerInput = z.strictObject({
  text: text(4000, "your answer"),
});
export type PromptAnswerInput = z.infer<typeof promptAnswerInput>;

export const timelineEntryView = z.object({
  id: z.string(),
  date: z.iso.date().nullable(),
  roughly: z.string().nullable(),
  happened: z.string(),
  certainty: z.enum(timelineCertainties),
  writtenAt: z.iso.datetime(),
});
export type TimelineEntryView = z.infer<typeof timelineEntryView>;

export const supporterView = z.object({
  id: z.string(),
  name: z.string(),
  reach: z.string(),
  note: z.string().nullable(),
});
export type SupporterView = z.infer<typeof supporterView>;

export const ownAmendView = z.object({
  id: z.string(),
  what: z.string(),
  doneAt: z.iso.datetime().nullable(),
  writtenAt: z.iso.datetime(),
});
export type OwnAmendView = z.infer<typeof ownAmendView>;

export const promptAnswerView = z.object({
  promptId: z.string(),
  text: z.string(),
  writtenAt: z.iso.datetime(),
});
export type PromptAnswerView = z.infer<typeof promptAnswerView>;

export const soloStepView = z.object({
  id: z.enum(soloStepIds),
  done: z.boolean(),
  /** For series and lists: how far along the person is. */
  progress: z.object({ done: z.number(), of: z.number() }).nullable(),
});
export type SoloStepView = z.infer<typeof soloStepView>;

/** Everything on the caller's own path. Only ever the caller's own entries. */
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
