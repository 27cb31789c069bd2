import { plural } from "../plural.ts";
import {
  addLocalDays,
  formatLocalDate,
  isoWeekday,
  type LocalDate,
  startOfLocalDay,
  wallTimeAt,
} from "./local-time.ts";
import type { OccurrenceState } from "./occurrences.ts";

/** The counts one week (or a whole range) of consistency shows. */
export interface ActivityCounts {
  /** Kept and not disputed (confirmed or still awaiting an answer). */
  kept: number;
  /** Of those kept, how many the other person confirmed. */
  confirmed: number;
  /** Marked kept, but the other person saw it differently. */
  disputed: number;
  missed: number;
  /** Plans or information shared before being asked. */
  proactive: number;
  /** Agreement reviews this person came through without a reported breach. */
  honoured: number;
  breaches: number;
  /** Of those breaches, how many the person told about themselves. */
  selfReported: number;
}

export const emptyCounts = (): ActivityCounts => ({
  kept: 0,
  confirmed: 0,
  disputed: 0,
  missed: 0,
  proactive: 0,
  honoured: 0,
  breaches: 0,
  selfReported: 0,
});

/** What one person did, as dated facts. */
export interface PersonActivity {
  /** Occurrences that have come due (`dueOutcomes`): one marked early is not due yet. */
  occurrences: readonly { dueAt: Date; state: OccurrenceState }[];
  proactive: readonly Date[];
  honoured: readonly Date[];
  breaches: readonly { at: Date; selfReported: boolean }[];
}

export interface WeekRange {
  /** The Monday the week starts on, in the reader's zone. */
  weekStart: string;
  from: Date;
  to: Date;
}

/** The last `count` weeks (Monday to Monday in `timeZone`), oldest first; the last one holds `now`. */
export function weekRanges(now: Date, timeZone: string, count: number): WeekRange[] {
  const today = wallTimeAt(now, timeZone);
  const monday: LocalDate = addLocalDays(today, -isoWeekday(today));
  const ranges: WeekRange[] = [];
  for (let back = count - 1; back >= 0; back -= 1) {
    const start = addLocalDays(monday, -7 * back);
    ranges.push({
      weekStart: formatLocalDate(start),
      from: startOfLocalDay(start, timeZone),
      to: startOfLocalDay(addLocalDays(start, 7), timeZone),
    });
  }
  return ranges;
}

const within = (date: Date, from: Date, to: Date) =>
  date.getTime() >= from.getTime() && date.getTime() < to.getTime();

/** Occurrences count in the week they were due; everything else in the week it happened. */
export function countActivity(activity: PersonActivity, from: Date, to: Date): ActivityCounts {
  const counts = emptyCounts();
  for (const { dueAt, state } of activity.occurrences) {
    if (!within(dueAt, from, to)) continue;
    if (state.status === "missed") counts.missed += 1;
    if (state.status !== "kept") continue;
    if (state.confirmation === "disputed") {
      counts.disputed += 1;
    } else {
      counts.kept += 1;
      if (state.confirmation === "confirmed") counts.confirmed += 1;
    }
  }
  counts.proactive = activity.proactive.filter((d) => within(d, from, to)).length;
  counts.honoured = activity.honoured.filter((d) => within(d, from, to)).length;
  const breaches = activity.breaches.filter((b) => within(b.at, from, to));
  counts.breaches = breaches.length;
  counts.selfReported = breaches.filter((b) => b.selfReported).length;
  return counts;
}

export function addCounts(a: ActivityCounts, b: ActivityCounts): ActivityCounts {
  const sum = emptyCounts();
  for (const key of Object.keys(sum) as (keyof ActivityCounts)[]) sum[key] = a[key] + b[key];
  return sum;
}

export interface SummaryPerson {
  /** "you", or the person's name. */
  subject: string;
  totals: ActivityCounts;
}

function promiseClause({ subject, totals }: SummaryPerson): string | undefined {
  const due = totals.kept + totals.disputed + totals.missed;
  if (due === 0) return undefined;
  const differently = totals.disputed > 0 ? ` (${totals.disputed} seen differently)` : "";
  return `${subject} kept ${totals.kept} of ${plural(due, "promise", "promises")} that came due${differently}`;
}

function agreementClause(people: readonly SummaryPerson[], agreementsInForce: number): string | undefined {
  const breaches = people.reduce((n, p) => n + p.totals.breaches, 0);
  const told = people.reduce((n, p) => n + p.totals.selfReported, 0);
  if (breaches === 0) return agreementsInForce > 0 ? "no agreement was reported broken" : undefined;
  const telling =
    told === breaches
      ? breaches === 1
        ? ", told by the person who broke it"
        : ", each told by the person who broke it"
      : told > 0
        ? `, ${told} of them told by the person who broke it`
        : "";
  return `${plural(breaches, "breach of an agreement was", "breaches of agreements were")} reported${telling}`;
}

/** One plain sentence for both people; it states what happened and never scores anyone. */
export function summarySentence(
  weeks: number,
  people: readonly SummaryPerson[],
  agreementsInForce: number,
): string {
  const clauses = [...people.map(promiseClause), agreementClause(people, agreementsInForce)].filter(
    (c): c is string => c !== undefined,
  );
  if (clauses.length === 0) {
    return "Nothing to show yet: promises appear here as they come due, and agreements once you have some in place.";
  }
  const span = weeks === 1 ? "This week" : `Over the last ${weeks} weeks`;
  const body = clauses.length === 1 ? clauses[0] : `${clauses.slice(0, -1).join(", ")} and ${clauses.at(-1)}`;
  return `${span}, ${body}.`;
}
