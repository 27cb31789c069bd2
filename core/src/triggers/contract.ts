import { z } from "zod";
import { instantInput } from "../date-input.ts";
import { partySchema } from "../spaces/party.ts";
import { envelopeSchema } from "../vault/wire.ts";
import {
  maxReassuranceMessageLength,
  maxReassuranceReplyLength,
  maxTriggerIntensity,
  maxTriggerNoteLength,
  minTriggerIntensity,
  reassuranceAsks,
  triggerCategories,
} from "./fields.ts";
import { maxPatternWeeks } from "./pattern.ts";

const intensityError = `Say how strong it was, from ${minTriggerIntensity} to ${maxTriggerIntensity}.`;

/** What a trigger's note says, checked in the browser and then sealed (kind "trigger-note"). */
export const triggerNoteWords = z.strictObject({
  note: z
    .string({ error: "The note must be text." })
    .trim()
    .max(maxTriggerNoteLength, { error: `Keep the note under ${maxTriggerNoteLength} characters.` }),
});

/**
 * Logged privately unless `share` is true; sharing can be turned on or off later. A note is sealed in
 * the browser under the id it made, so `sealed` comes with `id`; sharing never shares the note.
 */
export const logTriggerInput = z
  .strictObject({
    id: z.uuid({ error: "A trigger with a note needs an id made by your browser." }).optional(),
    /** When it happened; now when left out. */
    occurredAt: instantInput({ error: "Give the date and time it happened." }).optional(),
    category: z.enum(triggerCategories, { error: "Choose what brought it back." }),
    intensity: z
      .int({ error: intensityError })
      .min(minTriggerIntensity, { error: intensityError })
      .max(maxTriggerIntensity, { error: intensityError }),
    sealed: envelopeSchema.optional(),
    share: z.boolean({ error: "Say whether to share this, with true or false." }).default(false),
  })
  .refine((input) => input.sealed === undefined || input.id !== undefined, {
    error: "A sealed note needs the id it was sealed under.",
    path: ["id"],
  });
export type LogTriggerInput = z.infer<typeof logTriggerInput>;

/** A note rewritten, or one from before the vault sealed for the first time, under its trigger's id. */
export const triggerNoteInput = z.strictObject({ sealed: envelopeSchema });
export type TriggerNoteInput = z.infer<typeof triggerNoteInput>;

export const triggerSharingInput = z.strictObject({
  shared: z.boolean({ error: "Say whether to share this, with true or false." }),
});
export type TriggerSharingInput = z.infer<typeof triggerSharingInput>;

export const triggerPatternQuery = z.strictObject({
  weeks: z.coerce
    .number({ error: `Ask for 1 to ${maxPatternWeeks} weeks.` })
    .int({ error: `Ask for 1 to ${maxPatternWeeks} weeks.` })
    .min(1, { error: `Ask for 1 to ${maxPatternWeeks} weeks.` })
    .max(maxPatternWeeks, { error: `Ask for 1 to ${maxPatternWeeks} weeks.` })
    .default(12),
});

export const reassuranceRequestInput = z
  .strictObject({
    ask: z
      .enum(reassuranceAsks, { error: "Choose what would help from the list, or write your own words." })
      .optional(),
    message: z
      .string({ error: "The message must be text." })
      .trim()
      .max(maxReassuranceMessageLength, {
        error: `Keep the message under ${maxReassuranceMessageLength} characters.`,
      })
      .optional(),
    /** One of your own logged triggers this request comes from; only you see the link. */
    triggerId: z.string({ error: "The trigger id must be text." }).optional(),
  })
  .refine((input) => input.ask !== undefined || (input.message ?? "").length > 0, {
    error: "Choose what would help, or write a few words, so they know how to be there for you.",
    path: ["message"],
  });
export type ReassuranceRequestInput = z.infer<typeof reassuranceRequestInput>;

export const reassuranceReplyInput = z.strictObject({
  text: z
    .string({ error: "Write your reply." })
    .trim()
    .min(1, { error: "Write your reply." })
    .max(maxReassuranceReplyLength, {
      error: `Keep the reply under ${maxReassuranceReplyLength} characters.`,
    }),
});
export type ReassuranceReplyInput = z.infer<typeof reassuranceReplyInput>;

export const reassuranceOutcomeInput = z.strictObject({
  helped: z.boolean({ error: "Say whether it helped, with true or false." }),
});
export type ReassuranceOutcomeInput = z.infer<typeof reassuranceOutcomeInput>;

const triggerBase = {
  id: z.string(),
  author: partySchema,
  occurredAt: z.iso.datetime(),
  category: z.enum(triggerCategories),
  intensity: z.int(),
};

/**
 * Your own trigger: everything, including whether it is shared. `sealed` holds its note; `plain` only a
 * note written before the vault, until you next open it and your browser seals it.
 */
export const ownTriggerView = z.object({
  ...triggerBase,
  author: z.literal("you"),
  sealed: z.string().nullable(),
  plain: z.string().nullable(),
  shared: z.boolean(),
  loggedAt: z.iso.datetime(),
});
/** A trigger the other person shared: what brought it back, how strong and when; never their note. */
export const sharedTriggerView = z.object({ ...triggerBase, author: z.literal("other") });
export const triggerView = z.discriminatedUnion("author", [ownTriggerView, sharedTriggerView]);
export type TriggerView = z.infer<typeof triggerView>;

export const triggersView = z.object({
  /** Yours (private and shared) and the ones the other person shared, newest first. */
  triggers: z.array(triggerView),
});
export type TriggersView = z.infer<typeof triggersView>;

const triggerWeekView = z.object({
  weekStart: z.iso.datetime(),
  count: z.int(),
  averageIntensity: z.number().nullable(),
});

export const triggerPatternView = z.object({
  weeks: z.int(),
  /** One series per person: yours counts all your triggers, theirs only what they shared. */
  series: z.array(
    z.object({
      author: partySchema,
      weeks: z.array(triggerWeekView),
      byCategory: z.record(z.enum(triggerCategories), z.int()),
      total: z.int(),
      averageIntensity: z.number().nullable(),
    }),
  ),
});
export type TriggerPatternView = z.infer<typeof triggerPatternView>;

export const reassuranceReplyView = z.object({
  id: z.string(),
  by: partySchema,
  text: z.string(),
  at: z.iso.datetime(),
});

const reassuranceBase = {
  id: z.string(),
  ask: z.enum(reassuranceAsks).nullable(),
  message: z.string().nullable(),
  createdAt: z.iso.datetime(),
  replies: z.array(reassuranceReplyView),
  /** When the first reply came, and how many whole minutes after the request. */
  firstReplyAt: z.iso.datetime().nullable(),
  replyMinutes: z.int().nullable(),
  /** The requester's word on whether the reply helped. */
  outcome: z.object({ helped: z.boolean(), at: z.iso.datetime() }).nullable(),
  can: z.object({ reply: z.boolean(), rateOutcome: z.boolean() }),
};

/**
 * A request for reassurance. Nothing here says whether or when the other person opened it: there is
 * no read state, only replies.
 */
export const reassuranceView = z.discriminatedUnion("from", [
  z.object({ ...reassuranceBase, from: z.literal("you"), triggerId: z.string().nullable() }),
  z.object({ ...reassuranceBase, from: z.literal("other") }),
]);
export type ReassuranceView = z.infer<typeof reassuranceView>;

export const reassuranceListView = z.object({
  /** Sent and received, newest first. */
  requests: z.array(reassuranceView),
  /** Requests from the other person that have no reply from you yet. */
  waitingForYou: z.int(),
});
export type ReassuranceListView = z.infer<typeof reassuranceListView>;
