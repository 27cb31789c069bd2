import * as rruleExports from "rrule";
import {
  dayMs,
  floatingMs,
  formatWallTime,
  instantOf,
  type LocalDate,
  parseLocalDate,
  parseLocalTime,
  parseWallTime,
  type WallTime,
  wallFromFloating,
} from "./local-time.ts";

// rrule ships CommonJS to Node, where its classes sit on the default export, and ES modules to bundlers.
const rrule: typeof rruleExports =
  (rruleExports as unknown as { default?: typeof rruleExports }).default ?? rruleExports;

export const weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof weekdays)[number];

interface Repeating {
  /** Local time of day, "HH:MM", in the promise's time zone. */
  time: string;
  /** First local date the promise may fall on, "YYYY-MM-DD". */
  startsOn: string;
  /** Last local date it may fall on; open-ended when absent. */
  endsOn?: string | undefined;
}

/** When a promise falls due, in the maker's own local time. */
export type PromiseSchedule =
  | { kind: "once"; at: string }
  | ({ kind: "daily" } & Repeating)
  | ({ kind: "weekly"; days: Weekday[] } & Repeating)
  | ({ kind: "every_n_days"; interval: number } & Repeating);

/** One time a promise falls due. `key` is its local wall time, stable across daylight saving. */
export interface Occurrence {
  key: string;
  dueAt: Date;
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new RangeError(`The schedule has an invalid ${what}.`);
  return value;
}

const rruleDays = {
  mon: rrule.RRule.MO,
  tue: rrule.RRule.TU,
  wed: rrule.RRule.WE,
  thu: rrule.RRule.TH,
  fri: rrule.RRule.FR,
  sat: rrule.RRule.SA,
  sun: rrule.RRule.SU,
} as const;

/**
 * The rule runs in floating time (wall-clock fields stored as UTC), so it counts local days, and
 * each wall time is placed in the zone afterwards: "every day at 18:00" stays at 18:00 on the
 * clock across daylight saving changes, even though the gap between instants is then 23 or 25 hours.
 */
function floatingRule(schedule: Exclude<PromiseSchedule, { kind: "once" }>) {
  const time = required(parseLocalTime(schedule.time), "time");
  const start = required(parseLocalDate(schedule.startsOn), "start date");
  const end =
    schedule.endsOn === undefined ? undefined : required(parseLocalDate(schedule.endsOn), "end date");
  const options = {
    dtstart: new Date(floatingMs({ ...start, ...time })),
    until: end ? new Date(floatingMs({ ...end, hour: 23, minute: 59 })) : null,
  };
  switch (schedule.kind) {
    case "daily":
      return new rrule.RRule({ ...options, freq: rrule.RRule.DAILY, interval: 1 });
    case "every_n_days":
      return new rrule.RRule({ ...options, freq: rrule.RRule.DAILY, interval: schedule.interval });
    case "weekly":
      return new rrule.RRule({
        ...options,
        freq: rrule.RRule.WEEKLY,
        interval: 1,
        byweekday: schedule.days.map((day) => rruleDays[day]),
      });
  }
}

const occurrence = (wall: WallTime, timeZone: string): Occurrence => ({
  key: formatWallTime(wall),
  dueAt: instantOf(wall, timeZone),
});

/**
 * Every occurrence with `from <= dueAt < to`, oldest first. Pure and deterministic: the same
 * schedule, zone and range always give the same list.
 */
export function occurrencesBetween(
  schedule: PromiseSchedule,
  timeZone: string,
  from: Date,
  to: Date,
): Occurrence[] {
  if (!(from.getTime() < to.getTime())) return [];
  const inRange = (o: Occurrence) => o.dueAt.getTime() >= from.getTime() && o.dueAt.getTime() < to.getTime();
  if (schedule.kind === "once") {
    const only = occurrence(required(parseWallTime(schedule.at), "date and time"), timeZone);
    return inRange(only) ? [only] : [];
  }
  // No zone is more than a day from UTC, so two days of margin in floating time cover the range.
  const floatingFrom = new Date(from.getTime() - 2 * dayMs);
  const floatingTo = new Date(to.getTime() + 2 * dayMs);
  return floatingRule(schedule)
    .between(floatingFrom, floatingTo, true)
    .map((date) => occurrence(wallFromFloating(date.getTime()), timeZone))
    .filter(inRange);
}

/** The occurrence a key names, if the schedule really has one there. */
export function occurrenceAt(
  schedule: PromiseSchedule,
  timeZone: string,
  key: string,
): Occurrence | undefined {
  const wall = parseWallTime(key);
  if (!wall) return undefined;
  const around = instantOf(wall, timeZone).getTime();
  return occurrencesBetween(schedule, timeZone, new Date(around - dayMs), new Date(around + dayMs)).find(
    (o) => o.key === key,
  );
}

/** The local date of the first day the schedule could fall on. */
export function scheduleStart(schedule: PromiseSchedule): LocalDate {
  const text = schedule.kind === "once" ? schedule.at.slice(0, 10) : schedule.startsOn;
  return required(parseLocalDate(text), "start date");
}

const monthNames = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const dayNames: Record<Weekday, string> = {
  mon: "Monday",
  tue: "Tuesday",
  wed: "Wednesday",
  thu: "Thursday",
  fri: "Friday",
  sat: "Saturday",
  sun: "Sunday",
};

export const describeDate = (date: LocalDate) => `${date.day} ${monthNames[date.month - 1]} ${date.year}`;

function listOf(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** The schedule in a short plain sentence, e.g. "Every Monday and Thursday at 07:30". */
export function describeSchedule(schedule: PromiseSchedule): string {
  if (schedule.kind === "once") {
    const wall = required(parseWallTime(schedule.at), "date and time");
    return `Once, on ${describeDate(wall)} at ${schedule.at.slice(11)}`;
  }
  const repeat = (() => {
    switch (schedule.kind) {
      case "daily":
        return "Every day";
      case "every_n_days":
        return `Every ${schedule.interval} days`;
      case "weekly":
        return `Every ${listOf(weekdays.filter((d) => schedule.days.includes(d)).map((d) => dayNames[d]))}`;
    }
  })();
  const until = schedule.endsOn
    ? `, until ${describeDate(required(parseLocalDate(schedule.endsOn), "end date"))}`
    : "";
  return `${repeat} at ${schedule.time}${until}`;
}
