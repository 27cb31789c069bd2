import { dayNumber } from "@mend/core/checkins/cadence";

export const dayMs = 86_400_000;

/** Charts look back at most a year: enough to see the shape of repair, small enough to send quickly. */
export const maxRangeDays = 364;

/** Weeks start on Monday in the viewer's own calendar; day 4 (5 January 1970) was a Monday. */
export function mondayOf(at: Date, utcOffsetMinutes: number): number {
  const day = dayNumber(at, utcOffsetMinutes);
  return day - ((((day - 4) % 7) + 7) % 7);
}

/** A day number as a plain calendar date, YYYY-MM-DD. */
export function localDate(day: number): string {
  return new Date(day * dayMs).toISOString().slice(0, 10);
}

/** The Mondays of every week from the one holding `from` to the one holding `to`, oldest first. */
export function mondaysBetween(from: Date, to: Date, utcOffsetMinutes: number): number[] {
  const first = mondayOf(from, utcOffsetMinutes);
  const last = mondayOf(to, utcOffsetMinutes);
  const mondays: number[] = [];
  for (let monday = first; monday <= last; monday += 7) mondays.push(monday);
  return mondays;
}

/** True when `at` falls in the `days` before `end` (end included, start excluded). */
export function inWindow(at: Date, end: Date, days: number): boolean {
  const t = at.getTime();
  return t <= end.getTime() && t > end.getTime() - days * dayMs;
}

export function mean(values: readonly number[]): number | undefined {
  return values.length === 0 ? undefined : values.reduce((total, value) => total + value, 0) / values.length;
}

/** Numbers in responses and sentences: one decimal is as precise as a feeling gets. */
export const oneDecimal = (value: number) => Math.round(value * 10) / 10;
