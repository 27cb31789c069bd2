import { z } from "zod";
import { instantInput } from "../date-input.ts";
import { partySchema } from "../spaces/party.ts";
import { envelopeSchema } from "../vault/wire.ts";
import {
  breakSuggestions,
  defaultTalkMinutes,
  groundRules,
  maxBreakMinutes,
  maxCustomRuleLength,
  maxCustomRules,
  maxReflectionLength,
  maxSummaryLength,
  maxTalkMinutes,
  maxTopicLength,
  maxTurnTextLength,
  minBreakMinutes,
  minTalkMinutes,
  reflectionRatings,
} from "./rules.ts";
import { talkActions, talkStatuses } from "./state.ts";

/** When to talk: an ISO date-time, or null for "now" (the talk starts as soon as the other says yes). */
const startsAt = instantInput({ error: 'Choose a date and time, or "now".' }).nullable();

function text(what: string, max: number) {
  return z
    .string({ error: `Write ${what}.` })
    .trim()
    .min(1, { error: `Write ${what}.` })
    .max(max, { error: `Keep ${what} under ${max} characters.` });
}

const limitError = `Choose a time limit from ${minTalkMinutes} to ${maxTalkMinutes} minutes.`;

export const proposeTalkInput = z.strictObject({
  topic: text("the topic", maxTopicLength),
  startsAt,
  limitMinutes: z
    .int({ error: limitError })
    .min(minTalkMinutes, { error: limitError })
    .max(maxTalkMinutes, { error: limitError })
    .default(defaultTalkMinutes),
  groundRules: z
    .array(z.enum(groundRules, { error: "Choose ground rules from the list, or write your own." }))
    .max(groundRules.length)
    .refine((rules) => new Set(rules).size === rules.length, {
      error: "Each ground rule can be chosen once.",
    })
    .default([]),
  customRules: z
    .array(text("the ground rule", maxCustomRuleLength))
    .max(maxCustomRules, { error: `Add at most ${maxCustomRules} ground rules of your own.` })
    .default([]),
});
export type ProposeTalkInput = z.infer<typeof proposeTalkInput>;

export const proposeTimeInput = z.strictObject({ startsAt });
export type ProposeTimeInput = z.infer<typeof proposeTimeInput>;

const breakError = `A break lasts from ${minBreakMinutes} minutes to ${maxBreakMinutes / 60} hours.`;

/** No reason is asked for: pausing needs no justification. */
export const pauseTalkInput = z.strictObject({
  breakMinutes: z
    .int({ error: breakError })
    .min(minBreakMinutes, { error: breakError })
    .max(maxBreakMinutes, { error: breakError })
    .default(minBreakMinutes),
  suggestion: z
    .enum(breakSuggestions, { error: "Choose something to do in the break from the list." })
    .optional(),
});
export type PauseTalkInput = z.infer<typeof pauseTalkInput>;

export const endTalkInput = z.strictObject({
  /** True when you got through what you meant to talk about; false when you are stopping early. */
  finished: z.boolean({ error: "Say whether you finished what you meant to talk about." }),
});
export type EndTalkInput = z.infer<typeof endTalkInput>;

export const pointInput = z.strictObject({ text: text("your point", maxTurnTextLength) });
export const listenerReflectionInput = z.strictObject({ text: text("what you heard", maxTurnTextLength) });
export const reflectionRatingInput = z.strictObject({
  rating: z.enum(reflectionRatings, { error: "Say how close they came: that's it, partly, or not quite." }),
});
export const summaryInput = z.strictObject({ text: text("the summary", maxSummaryLength) });
/**
 * What a private reflection after a talk says, checked in the browser and then sealed (kind
 * "talk-reflection", under the talk's id: each person keeps at most one per talk, in their own vault).
 */
export const talkReflectionWords = z.strictObject({ text: text("your reflection", maxReflectionLength) });
/** A reflection written, rewritten, or one from before the vault sealed for the first time. */
export const privateReflectionInput = z.strictObject({ sealed: envelopeSchema });
export type PointInput = z.infer<typeof pointInput>;
export type ListenerReflectionInput = z.infer<typeof listenerReflectionInput>;
export type ReflectionRatingInput = z.infer<typeof reflectionRatingInput>;
export type SummaryInput = z.infer<typeof summaryInput>;
export type PrivateReflectionInput = z.infer<typeof privateReflectionInput>;

const entryBase = { id: z.string(), by: partySchema, at: z.iso.datetime() };

/**
 * The talk's history as both see it: proposals, start, breaks, end. Turns and summaries have their
 * own fields.
 */
export const talkHistoryEntry = z.discriminatedUnion("kind", [
  z.object({ ...entryBase, kind: z.literal("time_proposed"), startsAt: z.iso.datetime().nullable() }),
  z.object({ ...entryBase, kind: z.enum(["accepted", "started", "resumed", "cancelled"]) }),
  z.object({
    ...entryBase,
    kind: z.literal("paused"),
    returnAt: z.iso.datetime(),
    suggestion: z.enum(breakSuggestions).nullable(),
  }),
  z.object({ ...entryBase, kind: z.literal("ended"), finished: z.boolean() }),
]);
export type TalkHistoryEntry = z.infer<typeof talkHistoryEntry>;

export const turnView = z.object({
  id: z.string(),
  speaker: partySchema,
  point: z.string(),
  at: z.iso.datetime(),
  /** The listener's reflections, oldest first, each with the speaker's rating once given. */
  attempts: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      at: z.iso.datetime(),
      rating: z.enum(reflectionRatings).nullable(),
      ratedAt: z.iso.datetime().nullable(),
    }),
  ),
  status: z.enum(["awaiting_reflection", "awaiting_rating", "done"]),
});
export type TurnView = z.infer<typeof turnView>;

export const talkView = z.object({
  id: z.string(),
  topic: z.string(),
  proposedBy: partySchema,
  createdAt: z.iso.datetime(),
  limitMinutes: z.int(),
  groundRules: z.array(z.enum(groundRules)),
  customRules: z.array(z.string()),
  status: z.enum(talkStatuses),
  /** While proposed: the time on the table (null = now) and who put it there. */
  proposal: z
    .object({ by: partySchema, startsAt: z.iso.datetime().nullable(), at: z.iso.datetime() })
    .nullable(),
  /** While scheduled: the agreed start (null = as soon as one of you presses Start). */
  scheduledFor: z.iso.datetime().nullable(),
  /**
   * The shared timer, once started. While running, count down to `endsAt` (correct for clock
   * differences with `serverTime`); while stopped, show `remainingMs`.
   */
  timer: z
    .object({
      startedAt: z.iso.datetime(),
      limitMs: z.int(),
      usedMs: z.int(),
      remainingMs: z.int(),
      runningSince: z.iso.datetime().nullable(),
      endsAt: z.iso.datetime().nullable(),
      timeUp: z.boolean(),
    })
    .nullable(),
  /** While on a break: who paused, until when, and when you may press Resume. */
  break: z
    .object({
      by: partySchema,
      startedAt: z.iso.datetime(),
      returnAt: z.iso.datetime(),
      suggestion: z.enum(breakSuggestions).nullable(),
      /** You may resume from here: the person who paused after 20 minutes, the other at the return time. */
      youCanResumeFrom: z.iso.datetime(),
    })
    .nullable(),
  turns: z.array(turnView),
  summaries: z.array(z.object({ id: z.string(), by: partySchema, text: z.string(), at: z.iso.datetime() })),
  /**
   * Your own private reflection once the talk is over; the other person's never appears. `sealed` holds
   * its words; `plain` only one written before the vault, until you next open it and it is sealed.
   */
  yourReflection: z
    .object({ sealed: z.string().nullable(), plain: z.string().nullable(), updatedAt: z.iso.datetime() })
    .nullable(),
  history: z.array(talkHistoryEntry),
  pauses: z.int(),
  endedAt: z.iso.datetime().nullable(),
  outcome: z.enum(["completed", "ended_early"]).nullable(),
  can: z.object(
    Object.fromEntries(talkActions.map((action) => [action, z.boolean()])) as Record<
      (typeof talkActions)[number],
      z.ZodBoolean
    >,
  ),
  /** The server's clock when this was answered. */
  serverTime: z.iso.datetime(),
});
export type TalkView = z.infer<typeof talkView>;

export const talksView = z.object({
  /** Newest first. `active` is the talk running or on a break, if there is one. */
  talks: z.array(talkView),
  activeTalkId: z.string().nullable(),
});
export type TalksView = z.infer<typeof talksView>;
