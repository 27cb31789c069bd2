import { tzOffset } from "@date-fns/tz";
import { earliestYear, latestYear } from "../date-input.ts";

/**
 * Wall-clock time in a person's own time zone. Promises and reviews are set in local time ("every
 * day at 18:00"), so the instant they fall on moves with daylight saving; core never reads the
 * machine's zone, the zone is always passed in.
 */
export interface LocalDate {
  year: number;
  /** 1 to 12. */
  month: number;
  day: number;
}

export interface WallTime extends LocalDate {
  hour: number;
  minute: number;
}

const minuteMs = 60_000;
export const dayMs = 86_400_000;

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const timePattern = /^([01]\d|2[0-3]):([0-5]\d)$/;
const dateTimePattern = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;

export function parseLocalDate(text: string): LocalDate | undefined {
  const match = datePattern.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < earliestYear || year > latestYear) return undefined;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
  return { year, month, day };
}

export function parseLocalTime(text: string): { hour: number; minute: number } | undefined {
  const match = timePattern.exec(text);
  if (!match) return undefined;
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

/** "2026-05-04T18:00" → a wall time, or undefined when it is not a real date and time. */
export function parseWallTime(text: string): WallTime | undefined {
  const match = dateTimePattern.exec(text);
  if (!match?.[1] || !match[2]) return undefined;
  const date = parseLocalDate(match[1]);
  const time = parseLocalTime(match[2]);
  return date && time ? { ...date, ...time } : undefined;
}

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

export const formatLocalDate = (date: LocalDate) =>
  `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;

export const formatWallTime = (wall: WallTime) =>
  `${formatLocalDate(wall)}T${pad(wall.hour)}:${pad(wall.minute)}`;

/**
 * The canonical name of an IANA time zone ("europe/london" → "Europe/London"), or undefined when
 * the runtime does not know it. Fixed offsets such as "+02:00" are refused: they do not follow
 * daylight saving, which is the whole point of storing a zone.
 */
export function canonicalTimeZone(name: string): string | undefined {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(name)) return undefined;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** Wall-clock fields as the UTC fields of one number ("floating" time), so calendar arithmetic needs no zone. */
export const floatingMs = (wall: WallTime) =>
  Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);

export function wallFromFloating(ms: number): WallTime {
  const date = new Date(ms);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
  };
}

const offsetMs = (timeZone: string, ms: number) => Math.round(tzOffset(timeZone, new Date(ms))) * minuteMs;

/** What a clock in `timeZone` shows at `instant`. */
export function wallTimeAt(instant: Date, timeZone: string): WallTime {
  return wallFromFloating(instant.getTime() + offsetMs(timeZone, instant.getTime()));
}

/**
 * The instant a wall time falls on in `timeZone`. Daylight saving makes two cases special, and we
 * settle both the same way in every zone (libraries differ between zones):
 * - a time skipped when clocks go forward (01:30 in London on the last Sunday of March) moves
 *   forward by the size of the jump (02:30 summer time), so a promise is never silently dropped;
 * - a time that happens twice when clocks go back takes the first one, so a promise is due as early
 *   as the clock first shows it.
 */
export function instantOf(wall: WallTime, timeZone: string): Date {
  const asUtc = floatingMs(wall);
  const before = offsetMs(timeZone, asUtc - dayMs);
  const after = offsetMs(timeZone, asUtc + dayMs);
  const matching = [asUtc - before, asUtc - after]
    .filter((t) => t + offsetMs(timeZone, t) === asUtc)
    .sort((a, b) => a - b);
  return new Date(matching[0] ?? asUtc - before);
}

export const startOfLocalDay = (date: LocalDate, timeZone: string) =>
  instantOf({ ...date, hour: 0, minute: 0 }, timeZone);

export function addLocalDays(date: LocalDate, days: number): LocalDate {
  const { year, month, day } = wallFromFloating(Date.UTC(date.year, date.month - 1, date.day) + days * dayMs);
  return { year, month, day };
}

/** Adds calendar months, keeping the day where it can: 31 January plus one month is 28 or 29 February. */
export function addLocalMonths(date: LocalDate, months: number): LocalDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, day: Math.min(date.day, lastDay) };
}

/** 0 for Monday through 6 for Sunday, as the ISO week counts. */
export function isoWeekday(date: LocalDate): number {
  return (new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() + 6) % 7;
}

export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  return Date.UTC(a.year, a.month - 1, a.day) - Date.UTC(b.year, b.month - 1, b.day);
}
