import type { ElementRatings } from "@mend/core/checkins/schema";
import type { FeelingsView } from "@mend/core/insights/contract";
import { plural } from "@mend/core/plural";
import { localDate, mean, mondayOf, oneDecimal } from "./calendar.ts";

/** What a ratings chart reads; an own check-in and another person's shared view both fit. */
export interface RatedCheckin {
  submittedAt: Date;
  trustNow?: number;
  elements?: ElementRatings;
}

/** A week average this far below the week before is marked as a dip, so the framing can speak to it. */
export const dipDrop = 1;

function subject(whose: "you" | "them", otherName: string): string {
  return whose === "you" ? "Your trust ratings" : `The trust ratings ${otherName} shared`;
}

function summaryOf(view: Omit<FeelingsView, "summary">, otherName: string): string {
  const { weeks, ratings, whose } = view;
  const first = weeks[0];
  const last = weeks.at(-1);
  if (first === undefined || last === undefined) {
    return whose === "you"
      ? "You have not given a trust rating yet. Your ratings will appear here after your first check-in."
      : `${otherName} has not shared any trust ratings. Whether to share them is their choice.`;
  }
  const dips = weeks.filter((week) => week.dip === true).length;
  const dipText =
    dips === 0 ? "" : ` ${plural(dips, "week")} showed a dip, which is a normal part of repair.`;
  if (first === last) {
    return `${subject(whose, otherName)} so far average ${first.average} out of 10, from ${plural(ratings.length, "rating")}.`;
  }
  return `${subject(whose, otherName)} averaged ${first.average} out of 10 in the first week and ${last.average} in the latest week, from ${plural(ratings.length, "rating")} in all.${dipText}`;
}

/** Ratings over time, oldest first, with weekly averages in the viewer's calendar. */
export function feelingsView(
  checkins: readonly RatedCheckin[],
  whose: "you" | "them",
  utcOffsetMinutes: number,
  otherName: string,
): FeelingsView {
  const sorted = [...checkins].sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
  const ratings = sorted.flatMap((c) =>
    c.trustNow === undefined ? [] : [{ at: c.submittedAt.toISOString(), trustNow: c.trustNow }],
  );
  const elements = sorted.flatMap((c) =>
    c.elements === undefined ? [] : [{ at: c.submittedAt.toISOString(), elements: { ...c.elements } }],
  );
  const byWeek = new Map<number, number[]>();
  for (const c of sorted) {
    if (c.trustNow === undefined) continue;
    const monday = mondayOf(c.submittedAt, utcOffsetMinutes);
    byWeek.set(monday, [...(byWeek.get(monday) ?? []), c.trustNow]);
  }
  const weeks: FeelingsView["weeks"] = [];
  let previous: number | undefined;
  for (const [monday, values] of [...byWeek].sort(([a], [b]) => a - b)) {
    const average = oneDecimal(mean(values) ?? 0);
    const week: FeelingsView["weeks"][number] = { weekOf: localDate(monday), average, count: values.length };
    if (previous !== undefined && previous - average >= dipDrop) week.dip = true;
    weeks.push(week);
    previous = average;
  }
  const view = { whose, ratings, elements, weeks };
  return { ...view, summary: summaryOf(view, otherName) };
}
