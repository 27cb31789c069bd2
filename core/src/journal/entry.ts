import { z } from "zod";
import { calendarDateInput } from "../date-input.ts";
import { isStorableText, unstorableTextMessage } from "../storable-text.ts";

/**
 * A journal entry as its author writes it. The whole of it (words, mood, tags and the day it is about)
 * is sealed in the browser as one JSON text; the server keeps only the envelope and when it was written.
 */

/** How the day felt, in a few gentle words: no scores, nothing to get right. */
export const journalMoods = ["light", "hopeful", "steady", "tender", "unsettled", "heavy"] as const;
export type JournalMood = (typeof journalMoods)[number];

export const moodWords: Record<JournalMood, string> = {
  light: "Light",
  hopeful: "Hopeful",
  steady: "Steady",
  tender: "Tender",
  unsettled: "Unsettled",
  heavy: "Heavy",
};

export const journalTextMax = 20_000;
export const journalTagsMax = 8;
export const journalTagMax = 32;

/** Letters and digits of any script, single spaces and hyphens inside. */
const tagShape = /^[\p{L}\p{N}](?:[\p{L}\p{N}\- ]*[\p{L}\p{N}])?$/u;

/** A tag as it is kept: trimmed, lower case, runs of spaces made one. "Work  Stress " → "work stress". */
export const normalizeTag = (raw: string): string => raw.trim().replace(/\s+/g, " ").toLocaleLowerCase("en");

/** Tags typed in one field, split at commas, normalized, empty ones and repeats dropped. */
export function parseTags(typed: string): string[] {
  const tags: string[] = [];
  for (const part of typed.split(",")) {
    const tag = normalizeTag(part);
    if (tag.length > 0 && !tags.includes(tag)) tags.push(tag);
  }
  return tags;
}

const tag = z
  .string()
  .refine((value) => value === normalizeTag(value), {
    error: "Write tags in lower case, without extra spaces.",
  })
  .refine((value) => value.length >= 1 && value.length <= journalTagMax, {
    error: `Keep each tag between 1 and ${journalTagMax} characters.`,
  })
  .refine((value) => tagShape.test(value), {
    error: "A tag holds letters, digits, spaces and hyphens, and starts and ends with a letter or digit.",
  });

/** What is sealed for one entry, and what opening one must find, or the entry is shown as unreadable. */
export const journalEntryContent = z.strictObject({
  text: z
    .string({ error: "Write something first." })
    .refine((value) => value.trim().length > 0, { error: "Write something first." })
    .refine((value) => value.length <= journalTextMax, {
      error: `Keep an entry under ${journalTextMax.toLocaleString("en")} characters.`,
    })
    .refine(isStorableText, { error: unstorableTextMessage }),
  mood: z.enum(journalMoods, { error: "Choose how the day felt." }),
  tags: z
    .array(tag)
    .max(journalTagsMax, { error: `Use at most ${journalTagsMax} tags.` })
    .refine((tags) => new Set(tags).size === tags.length, { error: "Use each tag once." }),
  /** The day the entry is about (the author's own calendar day), which may differ from when it was written. */
  day: calendarDateInput({ error: "Give the day as YYYY-MM-DD." }),
});
export type JournalEntryContent = z.infer<typeof journalEntryContent>;

/** An entry opened in the browser, with the times the server keeps beside its envelope. */
export interface OpenedJournalEntry extends JournalEntryContent {
  id: string;
  createdAt: string;
  updatedAt: string;
}

/** The lines of an entry worth copying on their own: its non-empty lines, trimmed. */
export const linesOf = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);

/** Latest day first; entries of one day, the most recently written first. */
export function newestFirst<T extends Pick<OpenedJournalEntry, "day" | "createdAt">>(
  entries: readonly T[],
): T[] {
  return [...entries].sort((a, b) =>
    a.day === b.day ? b.createdAt.localeCompare(a.createdAt) : b.day.localeCompare(a.day),
  );
}
