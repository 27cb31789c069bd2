import { TZDate } from "@date-fns/tz";
import type { QuietHours } from "./contract.ts";

const minutesOf = (time: string) => {
  const [hours, minutes] = time.split(":").map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
};

/**
 * When the quiet hours that `now` falls in end, read in the person's time zone; undefined when `now`
 * is outside them (or there are none). Hours that wrap past midnight (22:00–08:00) are one stretch.
 * The end is built as a local time of that zone, so a change of clocks in between is counted right.
 */
export function quietHoursEnd(now: Date, quiet: QuietHours | null, timeZone: string): Date | undefined {
  if (!quiet) return undefined;
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  if (start === end) return undefined;
  const local = new TZDate(now.getTime(), timeZone);
  const minute = local.getHours() * 60 + local.getMinutes();
  const inside = start < end ? minute >= start && minute < end : minute >= start || minute < end;
  if (!inside) return undefined;
  // Quiet hours that wrapped end tomorrow when they started this evening.
  const endsTomorrow = start > end && minute >= start;
  const ends = new TZDate(
    local.getFullYear(),
    local.getMonth(),
    local.getDate() + (endsTomorrow ? 1 : 0),
    Math.floor(end / 60),
    end % 60,
    timeZone,
  );
  return new Date(ends.getTime());
}
