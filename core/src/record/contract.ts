import { z } from "zod";
import { calendarDateInput } from "../date-input.ts";

/**
 * One faithful record: what the two people shared, agreed, promised, kept, missed, asked and
 * answered, in order, read-only. Both people see the same entries, told in the same words (names,
 * not "you"), so neither record can be made to say something the other's does not.
 */
export const recordKinds = ["shared", "asked", "answered", "agreed", "promised", "kept", "missed"] as const;
export type RecordKind = (typeof recordKinds)[number];

export const recordKindLabels: Record<RecordKind, string> = {
  shared: "Shared",
  asked: "Asked",
  answered: "Answered",
  agreed: "Agreed",
  promised: "Promised",
  kept: "Kept",
  missed: "Missed",
};

/** The tool each entry comes from, so a reader can tell a promise's "kept" from an amend's. */
export const recordSources = [
  "statements",
  "questions",
  "reassurance",
  "agreements",
  "promises",
  "amends",
  "boundaries",
  "appreciations",
  "talks",
] as const;
export type RecordSource = (typeof recordSources)[number];

export const recordSourceLabels: Record<RecordSource, string> = {
  statements: "Acknowledgment and impact",
  questions: "Questions",
  reassurance: "Reassurance",
  agreements: "Agreements",
  promises: "Promises",
  amends: "Amends",
  boundaries: "Boundaries",
  appreciations: "Appreciations",
  talks: "Talks",
};

const kindList = z
  .string({ error: "Choose which kinds of entry to show." })
  .transform((text) => text.split(",").filter((part) => part.length > 0))
  .pipe(z.array(z.enum(recordKinds, { error: `Kinds are ${recordKinds.join(", ")}.` })));

/** Filters: kinds (comma-separated), and a date range (inclusive days, UTC). All optional. */
export const recordQuery = z.strictObject({
  kinds: kindList.optional(),
  from: calendarDateInput({ error: "Give the first day as YYYY-MM-DD." }).optional(),
  to: calendarDateInput({ error: "Give the last day as YYYY-MM-DD." }).optional(),
});
export type RecordQuery = z.input<typeof recordQuery>;

export const recordEntry = z.object({
  /** Stable across reads and the same for both people. */
  id: z.string(),
  kind: z.enum(recordKinds),
  source: z.enum(recordSources),
  at: z.iso.datetime(),
  /** Who did it, by name. */
  by: z.string(),
  /** What happened, in one line, naming who. */
  title: z.string(),
  /** The words that were shared, when there were any. */
  text: z.string().nullable(),
});
export type RecordEntry = z.infer<typeof recordEntry>;

export const recordView = z.object({
  /** Newest first. */
  entries: z.array(recordEntry),
  /** How many entries the record holds before filtering, so an empty filter can say so. */
  totalEntries: z.number().int(),
  /** False while only one person is in the space: nothing has passed between two people yet. */
  otherPresent: z.boolean(),
});
export type RecordView = z.infer<typeof recordView>;

/** Whether an entry falls in the filters: its kind is chosen, and its day (UTC) is within the range. */
export function inRecordFilter(
  entry: Pick<RecordEntry, "kind" | "at">,
  filter: { kinds?: readonly RecordKind[]; from?: string; to?: string },
): boolean {
  if (filter.kinds && filter.kinds.length > 0 && !filter.kinds.includes(entry.kind)) return false;
  const day = entry.at.slice(0, 10);
  if (filter.from && day < filter.from) return false;
  if (filter.to && day > filter.to) return false;
  return true;
}
