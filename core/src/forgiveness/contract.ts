import { z } from "zod";
import { forgivenessStepIds } from "../method/facts.ts";
import type { RepairRole } from "../spaces/roles.ts";
import { envelopeSchema } from "../vault/wire.ts";
import { isPromptOf, reflectionKinds } from "./reflections.ts";

/** The five steps are offered to the person who was hurt, and to both people when the breach was mutual. */
export function offersForgivenessPath(role: RepairRole): boolean {
  return role === "hurt" || role === "both";
}

const text = (max: number, what: string) =>
  z
    .string({ error: `Write your ${what} first.` })
    .trim()
    .min(1, { error: `Write your ${what} first.` })
    .max(max, { error: `Keep your ${what} under ${max.toLocaleString("en")} characters.` });

const stepSchema = z.enum(forgivenessStepIds, { error: "Choose one of the five steps." });

// ---- Forgiveness steps ----

export const forgivenessReflectionInput = z.strictObject({
  step: stepSchema,
  text: text(4000, "reflection"),
  /** Private to the author, always, even when the reflection itself is shared. */
  resentment: z
    .int({ error: "Rate your resentment with a whole number from 0 to 10." })
    .min(0, { error: "Rate your resentment from 0 to 10." })
    .max(10, { error: "Rate your resentment from 0 to 10." })
    .optional(),
  /** Share this reflection with the other person straight away (off unless chosen). */
  share: z.boolean().optional(),
});
export type ForgivenessReflectionInput = z.infer<typeof forgivenessReflectionInput>;

export const sharingInput = z.strictObject({
  shared: z.boolean({ error: "Say whether to share it: true or false." }),
});
export type SharingInput = z.infer<typeof sharingInput>;

/** A reflection as its author sees it. */
export const ownForgivenessReflectionView = z.object({
  id: z.string(),
  step: stepSchema,
  text: z.string(),
  resentment: z.number().nullable(),
  createdAt: z.iso.datetime(),
  shared: z.boolean(),
});
export type OwnForgivenessReflectionView = z.infer<typeof ownForgivenessReflectionView>;

/** A reflection the other person chose to share: its step, words and when it was shared; nothing else. */
export const sharedForgivenessReflectionView = z.object({
  id: z.string(),
  step: stepSchema,
  text: z.string(),
  sharedAt: z.iso.datetime(),
});
export type SharedForgivenessReflectionView = z.infer<typeof sharedForgivenessReflectionView>;

export const forgivenessPathView = z.object({
  steps: z.array(
    z.object({
      id: stepSchema,
      reflections: z.number(),
      lastReflectedAt: z.iso.datetime().nullable(),
    }),
  ),
  current: stepSchema,
  /** A suggestion only: any step can be opened at any time. */
  next: stepSchema.nullable(),
  walkedAll: z.boolean(),
  resentment: z.array(z.object({ at: z.iso.datetime(), rating: z.number() })),
});
export type ForgivenessPathView = z.infer<typeof forgivenessPathView>;

/**
 * The forgiveness page as one member sees it. `path` and `reflections` are the caller's own;
 * `sharedWithYou` holds only what the other person chose to share, and shrinks silently when they
 * take a reflection back.
 */
export const forgivenessView = z.object({
  /** Whether the five steps are offered to you (see `offersForgivenessPath`). */
  forYou: z.boolean(),
  path: forgivenessPathView,
  reflections: z.array(ownForgivenessReflectionView),
  sharedWithYou: z.array(sharedForgivenessReflectionView),
});
export type ForgivenessView = z.infer<typeof forgivenessView>;

// ---- Unsent letters ----

/**
 * What a letter says: its title and words, checked in the browser and then sealed together in one
 * vault envelope (kind "unsent-letter"), so the server never holds either.
 */
export const letterWords = z.strictObject({
  title: z.string().trim().max(120, { error: "Keep the title under 120 characters." }).optional(),
  body: text(20_000, "letter"),
});
export type LetterWords = z.infer<typeof letterWords>;

/** A new letter: the id the browser sealed it under, and the envelope. */
export const letterInput = z.strictObject({
  id: z.uuid({ error: "A letter needs an id made by your browser." }),
  sealed: envelopeSchema,
});
export type LetterInput = z.infer<typeof letterInput>;

/** A letter rewritten, or one written before the vault sealed for the first time, under its own id. */
export const letterUpdateInput = z.strictObject({ sealed: envelopeSchema });
export type LetterUpdateInput = z.infer<typeof letterUpdateInput>;

/**
 * Only ever sent to the letter's author. `sealed` holds its words; `plain` only a letter written before
 * the vault, until its author next opens it and the browser seals it.
 */
export const letterView = z.object({
  id: z.string(),
  sealed: z.string().nullable(),
  plain: z.object({ title: z.string().nullable(), body: z.string() }).nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type LetterView = z.infer<typeof letterView>;

export const lettersView = z.object({ letters: z.array(letterView) });
export type LettersView = z.infer<typeof lettersView>;

// ---- Private reflections (self-trust, learning from the past, self-compassion, letting go) ----

/** What a private reflection says, checked in the browser and then sealed (kind "private-reflection"). */
export const reflectionWords = z.strictObject({ text: text(8000, "reflection") });
export type ReflectionWords = z.infer<typeof reflectionWords>;

/** A new private reflection: what it is about in the clear, its words sealed under the id the browser made. */
export const reflectionInput = z
  .strictObject({
    id: z.uuid({ error: "A reflection needs an id made by your browser." }),
    kind: z.enum(reflectionKinds, { error: "Choose what this reflection is about." }),
    promptId: z.string().optional(),
    sealed: envelopeSchema,
  })
  .refine((input) => input.promptId === undefined || isPromptOf(input.kind, input.promptId), {
    error: "That question doesn't belong to this kind of reflection.",
    path: ["promptId"],
  });
export type ReflectionInput = z.infer<typeof reflectionInput>;

/** A reflection rewritten, or one from before the vault sealed for the first time, under its own id. */
export const reflectionUpdateInput = z.strictObject({ sealed: envelopeSchema });
export type ReflectionUpdateInput = z.infer<typeof reflectionUpdateInput>;

/**
 * Only ever sent to the reflection's author. `sealed` holds its words; `plain` only a reflection written
 * before the vault, until its author next opens it and the browser seals it.
 */
export const reflectionView = z.object({
  id: z.string(),
  kind: z.enum(reflectionKinds),
  promptId: z.string().nullable(),
  sealed: z.string().nullable(),
  plain: z.string().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type ReflectionView = z.infer<typeof reflectionView>;

export const reflectionsView = z.object({ reflections: z.array(reflectionView) });
export type ReflectionsView = z.infer<typeof reflectionsView>;
