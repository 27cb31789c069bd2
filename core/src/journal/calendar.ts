import type { OpenedJournalEntry } from "./entry.ts";

/** A calendar day, YYYY-MM-DD. */
export type Day = string;

/** Today as the person's own calendar has it, in their time zone (an IANA name such as "Europe/London"). */
export function todayIn(timeZone: string, now: Date): Day {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}

/** The entries of each day, in the order given. */
export function entriesByDay<T extends Pick<OpenedJournalEntry, "day">>(
  entries: readonly T[],
): Map<Day, T[]> {
  const byDay = new Map<Day, T[]>();
  for (const entry of entries) {
    const list = byDay.get(entry.day);
    if (list) list.push(entry);
    else byDay.set(entry.day, [entry]);
  }
  return byDay;
}

/** A month as YYYY-MM. */
export type Month = string;

export const monthOf = (day: Day): Month => day.slice(0, 7);

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/** Day arithmetic on the calendar alone (noon UTC), so no time zone or clock change moves a day. */
const asDate = (day: Day) => new Date(`${day}T12:00:00Z`);
const fromDate = (date: Date): Day =>
  `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

export function addDays(day: Day, count: number): Day {
  const date = asDate(day);
  date.setUTCDate(date.getUTCDate() + count);
  return fromDate(date);
}

export function addMonths(month: Month, count: number): Month {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  const index = year * 12 + (monthNumber - 1) + count;
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}`;
}

/** 0 for Monday … 6 for Sunday. */
const weekdayFromMonday = (day: Day) => (asDate(day).getUTCDay() + 6) % 7;

/**
 * The weeks of a month as a wall calendar shows them, Monday first: each week seven days, the days of
 * the months before and after filling the first and last weeks.
 */
export function monthWeeks(month: Month): Day[][] {
  const first = `${month}-01`;
  const last = addDays(`${addMonths(month, 1)}-01`, -1);
  const start = addDays(first, -weekdayFromMonday(first));
  const end = addDays(last, 6 - weekdayFromMonday(last));
  const weeks: Day[][] = [];
  for (let day = start; day <= end; day = addDays(day, 1)) {
    if (weekdayFromMonday(day) === 0) weeks.push([]);
    weeks.at(-1)?.push(day);
  }
  return weeks;
}
