import { z } from "zod";
import { calendarDateInput } from "../date-input.ts";
import { relationshipKinds } from "../spaces/contract.ts";
import { envelopeSchema } from "../vault/wire.ts";
import { decisionParts, decisionPaths, timeFrameUnits } from "./paths.ts";

const answer = (what: string) =>
  z
    .string({ error: `Write ${what}.` })
    .trim()
    .min(1, { error: `Write ${what}, even a few words.` })
    .max(4000, { error: `Keep ${what} under 4,000 characters.` });

const revisitOn = () => calendarDateInput({ error: "Give a date to look at this again (YYYY-MM-DD)." });

/**
 * What one recorded decision says, checked in the browser and sealed whole there (kind "solo-decision",
 * under the id the browser made for it). Recording again adds another: the history stays.
 */
export const decisionWords = z.strictObject({
  path: z.enum(decisionPaths, { error: "Choose one of the paths." }),
  timeFrame: z.strictObject({
    amount: z
      .int({ error: "Give the time frame as a whole number." })
      .min(1, { error: "Give a time frame of at least 1." })
      .max(24, { error: "Give a time frame of at most 24." }),
    unit: z.enum(timeFrameUnits, { error: "Choose weeks or months." }),
  }),
  revisitOn: revisitOn(),
  wants: answer("what you want"),
  fears: answer("what you fear"),
  mustChange: answer("what would have to change"),
});
export type DecisionWords = z.infer<typeof decisionWords>;

/**
 * A decision as the browser sends it: the id it made, the words sealed under that id, and the date to
 * look at it again, which the server keeps in the clear to remind its author on that day. Words in the
 * clear are refused, and nothing is stored.
 */
export const decisionInput = z.strictObject({
  id: z.uuid({ error: "A decision needs an id made by your browser." }),
  sealed: envelopeSchema,
  revisitOn: revisitOn(),
});
export type DecisionInput = z.infer<typeof decisionInput>;

/** Long enough for the longest part: an answer, or the path with its time frame and date. */
const maxSharedPartLength = 4200;

/**
 * Sharing a part sends its words, opened in the author's browser (`decisionPartText`), because the
 * other person reads them; taking it back sends none, and the server forgets them.
 */
export const decisionSharingInput = z
  .strictObject({
    part: z.enum(decisionParts, { error: "Choose which part to share." }),
    shared: z.boolean({ error: "Say whether to share it: true or false." }),
    text: z
      .string({ error: "Send the words of the part you share." })
      .trim()
      .min(1, { error: "Send the words of the part you share." })
      .max(maxSharedPartLength, {
        error: `Keep a shared part under ${maxSharedPartLength.toLocaleString("en")} characters.`,
      })
      .optional(),
  })
  .refine((input) => input.shared === (input.text !== undefined), {
    error: "Send the part's words when you share it, and none when you take it back.",
    path: ["text"],
  });
export type DecisionSharingInput = z.infer<typeof decisionSharingInput>;

/** An older decision from before the vault, sealed for the first time under its own id. */
export const sealedDecisionInput = z.strictObject({ sealed: envelopeSchema });
export type SealedDecisionInput = z.infer<typeof sealedDecisionInput>;

/**
 * A decision as its author sees it, with which parts they have shared: `sealed`, the envelope only their
 * browser opens, or for a decision from before the vault `plain`, its words as JSON in the same shape,
 * until their browser seals it on their next visit.
 */
export const ownDecisionView = z.object({
  id: z.string(),
  sealed: z.string().nullable(),
  plain: z.string().nullable(),
  decidedAt: z.iso.datetime(),
  sharedParts: z.array(z.enum(decisionParts)),
});
export type OwnDecisionView = z.infer<typeof ownDecisionView>;

/** One part the other person chose to share: its words and when they shared it; nothing else. */
export const sharedDecisionPartView = z.object({
  decisionId: z.string(),
  part: z.enum(decisionParts),
  text: z.string(),
  sharedAt: z.iso.datetime(),
});
export type SharedDecisionPartView = z.infer<typeof sharedDecisionPartView>;

export const decidingView = z.object({
  relationship: z.enum(relationshipKinds),
  paths: z.array(z.enum(decisionPaths)),
  /**
   * When the caller last took the readiness check; null until they take it. What it found is worked
   * out in their browser from their sealed answers: the server never knows it.
   */
  readiness: z.object({ takenAt: z.iso.datetime() }).nullable(),
  /** The caller's decisions, newest first. */
  decisions: z.array(ownDecisionView),
  sharedWithYou: z.array(sharedDecisionPartView),
});
export type DecidingView = z.infer<typeof decidingView>;
