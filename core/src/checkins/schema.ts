import { z } from "zod";
import type { TrustElement } from "../trust/elements.ts";
import {
  defaultSharing,
  emotions,
  maxIntensity,
  maxRating,
  minIntensity,
  minRating,
  safetyFeelings,
  trustSigns,
} from "./fields.ts";

export const maxNeedLength = 280;
export const maxNoteLength = 4000;

function rating(what: string) {
  const error = `Rate ${what} with a whole number from ${minRating} to ${maxRating}.`;
  return z.int({ error }).min(minRating, { error }).max(maxRating, { error });
}

/**
 * Optional free text. A blank answer is treated as no answer, so a form can send what the person
 * left empty without the check-in failing.
 */
function optionalText(field: string, max: number) {
  return z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z
      .string({ error: `${field} must be text.` })
      .trim()
      .max(max, { error: `Keep ${field.toLowerCase()} under ${max} characters.` })
      .optional(),
  );
}

const intensity = z
  .int({ error: `Give each feeling a strength from ${minIntensity} to ${maxIntensity}.` })
  .min(minIntensity, { error: `Give each feeling a strength from ${minIntensity} to ${maxIntensity}.` })
  .max(maxIntensity, { error: `Give each feeling a strength from ${minIntensity} to ${maxIntensity}.` });

const emotionIntensities = z.partialRecord(
  z.enum(emotions, { error: "Choose feelings from the list." }),
  intensity,
  { error: "Choose feelings from the list." },
);

const signs = z
  .array(z.enum(trustSigns, { error: "Choose signs from the list." }))
  .max(trustSigns.length)
  .refine((chosen) => new Set(chosen).size === chosen.length, { error: "Each sign can be chosen once." });

const elementRatings = z.strictObject(
  {
    honesty: rating("honesty"),
    reliability: rating("reliability"),
    respect: rating("respect"),
    loyalty: rating("loyalty"),
    empathy: rating("empathy"),
  } satisfies Record<TrustElement, unknown>,
  { error: "Rate each of the five parts of trust." },
);

const safety = z.strictObject(
  {
    feelSafe: z.enum(safetyFeelings, { error: "Answer whether you feel safe, or skip the question." }),
    pressured: z.boolean({ error: "Answer yes or no, or skip the question." }).optional(),
  },
  { error: "The safety questions were not answered in a form we understand." },
);

const sharing = z
  .strictObject(
    {
      trustNow: z.boolean().default(defaultSharing.trustNow),
      elements: z.boolean().default(defaultSharing.elements),
      emotions: z.boolean().default(defaultSharing.emotions),
      signs: z.boolean().default(defaultSharing.signs),
      need: z.boolean().default(defaultSharing.need),
    },
    { error: "Choose what to share with on/off switches." },
  )
  .default(() => ({ ...defaultSharing }));

const common = {
  trustNow: rating("how much you trust and feel safe right now"),
  emotions: emotionIntensities.default(() => ({})),
  signs: signs.default(() => []),
  need: optionalText("The thing you need", maxNeedLength),
  safety: safety.optional(),
  sharing,
};

/** Names the unexpected fields, so a client bug is easy to find; other issues keep their own message. */
const strict = {
  error: (issue: { code?: string; keys?: readonly string[] }) =>
    issue.code === "unrecognized_keys"
      ? `This check-in has fields it does not use: ${issue.keys?.join(", ")}.`
      : undefined,
};

export const dailyCheckinInput = z.strictObject({ kind: z.literal("daily"), ...common }, strict);
export const weeklyCheckinInput = z.strictObject(
  { kind: z.literal("weekly"), ...common, elements: elementRatings },
  strict,
);

/** What a person submits; the server adds who, when and an id (see `Checkin`). */
export const checkinInput = z.discriminatedUnion("kind", [dailyCheckinInput, weeklyCheckinInput], {
  error: "Choose a daily or a weekly check-in.",
});

/**
 * What the private note says, checked in the browser and then sealed there (kind "checkin-note"): the
 * server only ever receives the envelope, so the note is no part of `checkinInput`.
 */
export const checkinNoteWords = z.strictObject({
  privateNote: optionalText("The note", maxNoteLength),
});

export type CheckinInput = z.input<typeof checkinInput>;
export type CheckinContent = z.output<typeof checkinInput>;
export type ElementRatings = z.output<typeof elementRatings>;
export type EmotionIntensities = z.output<typeof emotionIntensities>;
export type SafetyAnswer = z.output<typeof safety>;

/**
 * A stored check-in: validated content plus what the server knows about it. The private note is sealed
 * in its author's vault (`sealedNote`); `plainNote` is only a note written before the vault, until its
 * author next opens their check-ins and their browser seals it. Neither is ever shown to anyone else.
 */
export type Checkin = CheckinContent & {
  id: string;
  authorId: string;
  submittedAt: Date;
  sealedNote?: string;
  plainNote?: string;
};
