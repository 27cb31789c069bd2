import type { CheckinKind } from "./fields.ts";

/**
 * Calendar days are the person's own: the caller passes their offset from UTC in minutes (for
 * example 120 for UTC+2) for the moment in question, since core never reads a clock or a time zone.
 */
const dayMs = 86_400_000;

export function dayNumber(at: Date, utcOffsetMinutes = 0): number {
  return Math.floor((at.getTime() + utcOffsetMinutes * 60_000) / dayMs);
}

function distinctDays(dates: readonly Date[], utcOffsetMinutes: number): number[] {
  return [...new Set(dates.map((date) => dayNumber(date, utcOffsetMinutes)))].sort((a, b) => a - b);
}

/**
 * Consecutive days with at least one check-in, ending today, or yesterday when today's is still to
 * come (a streak should not look broken in the morning).
 */
export function currentStreak(dates: readonly Date[], now: Date, utcOffsetMinutes = 0): number {
  const days = new Set(distinctDays(dates, utcOffsetMinutes));
  const today = dayNumber(now, utcOffsetMinutes);
  let day = days.has(today) ? today : today - 1;
  let streak = 0;
  while (days.has(day)) {
    streak += 1;
    day -= 1;
  }
  return streak;
}

/** The first moment a run of `length` consecutive check-in days was completed, if it ever was. */
export function firstStreakReached(
  dates: readonly Date[],
  length: number,
  utcOffsetMinutes = 0,
): Date | undefined {
  const sorted = [...dates].sort((a, b) => a.getTime() - b.getTime());
  let run = 0;
  let lastDay: number | undefined;
  for (const date of sorted) {
    const day = dayNumber(date, utcOffsetMinutes);
    if (day === lastDay) continue;
    run = lastDay !== undefined && day === lastDay + 1 ? run + 1 : 1;
    lastDay = day;
    if (run >= length) return date;
  }
  return undefined;
}

export interface CheckinStamp {
  kind: CheckinKind;
  submittedAt: Date;
}

export interface DueCheckins {
  daily: boolean;
  weekly: boolean;
}

/** The rhythm a person chose for their own check-ins (see `checkinCadenceInput`). */
export type ChosenRhythm = "auto" | "daily" | "weekly" | "off";

/**
 * What the person's own rhythm leaves open of what is due: a weekly rhythm asks only for the weekly
 * check-in, and someone who chose no rhythm is asked for nothing (they check in when it helps).
 */
export function dueUnderRhythm(due: DueCheckins, rhythm: ChosenRhythm): DueCheckins {
  if (rhythm === "off") return { daily: false, weekly: false };
  if (rhythm === "weekly") return { daily: false, weekly: due.weekly };
  return due;
}

/**
 * A weekly check-in also asks the daily question, so it counts as that day's check-in; the weekly
 * one comes due seven calendar days after the last.
 */
export function dueCheckins(history: readonly CheckinStamp[], now: Date, utcOffsetMinutes = 0): DueCheckins {
  const today = dayNumber(now, utcOffsetMinutes);
  const past = history.filter((stamp) => stamp.submittedAt.getTime() <= now.getTime());
  const days = past.map((stamp) => dayNumber(stamp.submittedAt, utcOffsetMinutes));
  const weeklyDays = past
    .filter((stamp) => stamp.kind === "weekly")
    .map((stamp) => dayNumber(stamp.submittedAt, utcOffsetMinutes));
  const lastWeekly = weeklyDays.length === 0 ? undefined : Math.max(...weeklyDays);
  return {
    daily: !days.includes(today),
    weekly: lastWeekly === undefined || today - lastWeekly >= 7,
  };
}
