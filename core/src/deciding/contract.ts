import { z } from "zod";
import { calendarDateInput } from "../date-input.ts";
import { relationshipKinds } from "../spaces/contract.ts";
import { decisionParts, decisionPaths, timeFrameUnits } from "./paths.ts";

const answer = (what: string) =>
  z
    .string({ error: `Write ${what}.` })
    .trim()
    .min(1, { error: `Write ${what}, even a few words.` })
    .max(4000, { error: `Keep ${what} under 4,000 characters.` });

/** One recorded decision. Recording again adds another: the history stays. */
export const decisionInput = z.strictObject({
  path: z.enum(decisionPaths, { error: "Choose one of the paths." }),
  timeFrame: z.strictObject({
    amount: z
      .int({ error: "Give the time frame as a whole number." })
      .min(1, { error: "Give a time frame of at least 1." })
      .max(24, { error: "Give a time frame of at most 24." }),
    unit: z.enum(timeFrameUnits, { error: "Choose weeks or months." }),
  }),
  revisitOn: calendarDateInput({ error: "Give a date to look at this again (YYYY-MM-DD)." }),
  wants: answer("what you want"),
  fears: answer("what you fear"),
  mustChange: answer("what would have to change"),
});
export type DecisionInput = z.infer<typeof decisionInput>;

export const decisionSharingInput = z.strictObject({
  part: z.enum(decisionParts, { error: "Choose which part to share." }),
  shared: z.boolean({ error: "Say whether to share it: true or false." }),
});
export type DecisionSharingInput = z.infer<typeof decisionSharingInput>;

const timeFrame = z.object({ amount: z.number(), unit: z.enum(timeFrameUnits) });

/** A decision as its author sees it, with which parts they have shared. */
export const ownDecisionView = z.object({
  id: z.string(),
  path: z.enum(decisionPaths),
  timeFrame,
  revisitOn: z.iso.date(),
  wants: z.string(),
  fears: z.string(),
  mustChange: z.string(),
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
