import { describe, expect, it } from "vitest";
import { currentStreak, dayNumber, dueCheckins, firstStreakReached } from "./cadence.ts";

const at = (dayOfMonth: number, hours = 12) => new Date(Date.UTC(2026, 6, dayOfMonth, hours));

describe("calendar days", () => {
  it("uses the person's own offset from UTC to decide which day a moment belongs to", () => {
    const lateEvening = new Date(Date.UTC(2026, 6, 1, 23, 30));
    expect(dayNumber(lateEvening, 120)).toBe(dayNumber(new Date(Date.UTC(2026, 6, 2, 12)), 0));
    expect(dayNumber(lateEvening, -300)).toBe(dayNumber(new Date(Date.UTC(2026, 6, 1, 12)), 0));
  });
});

describe("currentStreak", () => {
  it("counts consecutive days ending today, or yesterday while today's is still to come", () => {
    const dates = [at(1), at(2), at(3), at(3, 20), at(5), at(6)];
    expect(currentStreak(dates, at(6, 22))).toBe(2);
    expect(currentStreak(dates, at(7, 8))).toBe(2);
    expect(currentStreak(dates, at(8, 8))).toBe(0);
    expect(currentStreak(dates, at(3, 23))).toBe(3);
  });
});

describe("firstStreakReached", () => {
  it("returns the check-in that completed the first run of the given length", () => {
    const dates = [at(1), at(2), at(4), at(5), at(6), at(6, 18), at(7)];
    expect(firstStreakReached(dates, 3)).toEqual(at(6));
    expect(firstStreakReached(dates, 5)).toBeUndefined();
    expect(firstStreakReached([...dates].reverse(), 4)).toEqual(at(7));
  });
});

describe("dueCheckins", () => {
  it("asks for both on the first day", () => {
    expect(dueCheckins([], at(1))).toEqual({ daily: true, weekly: true });
  });

  it("counts a weekly check-in as that day's check-in and asks for the next one seven days later", () => {
    const history = [{ kind: "weekly" as const, submittedAt: at(1, 9) }];
    expect(dueCheckins(history, at(1, 21))).toEqual({ daily: false, weekly: false });
    expect(dueCheckins(history, at(7, 9))).toEqual({ daily: true, weekly: false });
    expect(dueCheckins(history, at(8, 9))).toEqual({ daily: true, weekly: true });
  });

  it("ignores records dated after now", () => {
    expect(dueCheckins([{ kind: "daily", submittedAt: at(2) }], at(1))).toEqual({
      daily: true,
      weekly: true,
    });
  });
});
