import { z } from "zod";
import { calendarDateInput } from "../date-input.ts";
import { partySchema } from "../spaces/party.ts";
import { amendActions, amendOrigins, amendStatuses, maxAmendLength, maxAmendNoteLength } from "./fields.ts";

const what = z
  .string({ error: "Say what the amend is." })
  .trim()
  .min(1, { error: "Say what the amend is." })
  .max(maxAmendLength, { error: `Keep the amend under ${maxAmendLength} characters.` });

const byDate = calendarDateInput({ error: "Give the date as YYYY-MM-DD, or leave it out." });

const note = z
  .string({ error: "The note must be text." })
  .trim()
  .max(maxAmendNoteLength, { error: `Keep the note under ${maxAmendNoteLength} characters.` });

/**
 * Offer an amend (the person who broke trust: "offered") or ask for one (the person who was hurt:
 * "asked"): what, and by when if there is a date.
 */
export const proposeAmendInput = z.strictObject({
  origin: z.enum(amendOrigins, { error: "Say whether you are offering an amend or asking for one." }),
  what,
  byDate: byDate.optional(),
});
export type ProposeAmendInput = z.infer<typeof proposeAmendInput>;

/** Suggest a different amend instead of the one proposed. */
export const counterAmendInput = z.strictObject({ what, byDate: byDate.optional() });
export type CounterAmendInput = z.infer<typeof counterAmendInput>;

/** Accept, decline or withdraw a proposal, or mark the amend made; a note is optional. */
export const amendAnswerInput = z.strictObject({
  action: z.enum(["accepted", "declined", "withdrawn", "done"], {
    error: "Choose accept, decline, withdraw or done.",
  }),
  note: note.optional(),
});
export type AmendAnswerInput = z.infer<typeof amendAnswerInput>;

/** The person the amend was for says it was made, or that it isn't made yet (with why, if they like). */
export const amendConfirmationInput = z.strictObject({
  confirmed: z.boolean({ error: "Say whether the amend was made." }),
  note: note.optional(),
});
export type AmendConfirmationInput = z.infer<typeof amendConfirmationInput>;

export const amendStepView = z.object({
  by: partySchema,
  action: z.enum(amendActions),
  note: z.string().nullable(),
  at: z.string(),
});
export type AmendStepView = z.infer<typeof amendStepView>;

export const amendView = z.object({
  id: z.string(),
  origin: z.enum(amendOrigins),
  proposedBy: partySchema,
  /** Who makes the amend, from the reader's side. */
  maker: partySchema,
  what: z.string(),
  byDate: z.string().nullable(),
  createdAt: z.string(),
  status: z.enum(amendStatuses),
  /** Agreed, has a date, and the date ran out without it being marked made. */
  late: z.boolean(),
  /** The amend this one was suggested instead of, and the one suggested instead of this. */
  counterToId: z.string().nullable(),
  counteredById: z.string().nullable(),
  steps: z.array(amendStepView),
  can: z.object({
    accept: z.boolean(),
    decline: z.boolean(),
    counter: z.boolean(),
    withdraw: z.boolean(),
    markDone: z.boolean(),
    confirm: z.boolean(),
  }),
});
export type AmendView = z.infer<typeof amendView>;

export const amendsView = z.object({
  amends: z.array(amendView),
  /** What the reader may offer or ask for, from their role: a person who broke trust offers, a hurt one asks. */
  canOffer: z.boolean(),
  canAsk: z.boolean(),
  /** False until the other person has joined: amends are between two people. */
  otherPresent: z.boolean(),
});
export type AmendsView = z.infer<typeof amendsView>;
