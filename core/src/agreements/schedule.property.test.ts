import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatLocalDate, instantOf, type WallTime, wallTimeAt } from "./local-time.ts";
import { occurrencesBetween, type PromiseSchedule, weekdays } from "./schedule.ts";

const zones = [
  "Europe/London",
  "America/New_York",
  "Australia/Sydney",
  "Asia/Kolkata",
  "UTC",
  "America/Santiago",
];
const dayMs = 86_400_000;
const base = Date.UTC(2025, 0, 1);

const zoneArb = fc.constantFrom(...zones);
const dateArb = fc.integer({ min: 0, max: 3 * 365 }).map((days) => {
  const d = new Date(base + days * dayMs);
  return formatLocalDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
});
const timeArb = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`);

const scheduleArb: fc.Arbitrary<PromiseSchedule> = fc.oneof(
  fc.record({
    kind: fc.constant("once" as const),
    at: fc.tuple(dateArb, timeArb).map(([d, t]) => `${d}T${t}`),
  }),
  fc.record({ kind: fc.constant("daily" as const), time: timeArb, startsOn: dateArb }),
  fc.record({
    kind: fc.constant("weekly" as const),
    time: timeArb,
    days: fc.uniqueArray(fc.constantFrom(...weekdays), { minLength: 1, maxLength: 7 }),
    startsOn: dateArb,
  }),
  fc.record({
    kind: fc.constant("every_n_days" as const),
    time: timeArb,
    interval: fc.integer({ min: 2, max: 30 }),
    startsOn: dateArb,
  }),
);
const rangeArb = fc
  .tuple(fc.integer({ min: -30, max: 3 * 365 }), fc.integer({ min: 1, max: 120 }))
  .map(([startDay, lengthDays]) => {
    const from = new Date(base + startDay * dayMs + 3_600_000 * 7);
    return { from, to: new Date(from.getTime() + lengthDays * dayMs) };
  });

describe("occurrence generation properties", () => {
  it("returns occurrences sorted, unique and within the half-open range", () => {
    fc.assert(
      fc.property(scheduleArb, zoneArb, rangeArb, (schedule, zone, { from, to }) => {
        const list = occurrencesBetween(schedule, zone, from, to);
        for (const [i, o] of list.entries()) {
          expect(o.dueAt.getTime()).toBeGreaterThanOrEqual(from.getTime());
          expect(o.dueAt.getTime()).toBeLessThan(to.getTime());
          if (i > 0) expect(o.dueAt.getTime()).toBeGreaterThan(list[i - 1]?.dueAt.getTime() ?? 0);
        }
        expect(new Set(list.map((o) => o.key)).size).toBe(list.length);
      }),
    );
  });

  it("is deterministic, and splitting a range in two gives the same occurrences", () => {
    fc.assert(
      fc.property(
        scheduleArb,
        zoneArb,
        rangeArb,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (schedule, zone, r, cut) => {
          const whole = occurrencesBetween(schedule, zone, r.from, r.to);
          expect(occurrencesBetween(schedule, zone, r.from, r.to)).toEqual(whole);
          const middle = new Date(Math.round(r.from.getTime() + cut * (r.to.getTime() - r.from.getTime())));
          const split = [
            ...occurrencesBetween(schedule, zone, r.from, middle),
            ...occurrencesBetween(schedule, zone, middle, r.to),
          ];
          expect(split).toEqual(whole);
        },
      ),
    );
  });

  it("falls on the chosen local time, except where the clocks skip it (then just after)", () => {
    fc.assert(
      fc.property(scheduleArb, zoneArb, rangeArb, (schedule, zone, { from, to }) => {
        for (const o of occurrencesBetween(schedule, zone, from, to)) {
          const local = wallTimeAt(o.dueAt, zone);
          const shown = `${formatLocalDate(local)}T${String(local.hour).padStart(2, "0")}:${String(local.minute).padStart(2, "0")}`;
          if (shown !== o.key) {
            // A skipped wall time lands later the same local day, by less than the size of a jump.
            expect(shown.slice(0, 10)).toBe(o.key.slice(0, 10));
            expect(shown > o.key).toBe(true);
          }
        }
      }),
    );
  });

  it("maps every wall time that exists back to itself", () => {
    const wallArb = fc
      .tuple(dateArb, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([date, hour, minute]): WallTime => {
        const [year, month, day] = date.split("-").map(Number) as [number, number, number];
        return { year, month, day, hour, minute };
      });
    fc.assert(
      fc.property(wallArb, zoneArb, (wall, zone) => {
        const back = wallTimeAt(instantOf(wall, zone), zone);
        const skipped = back.hour !== wall.hour || back.minute !== wall.minute;
        if (!skipped) expect(back).toEqual(wall);
        else expect(instantOf(back, zone).getTime()).toBe(instantOf(wall, zone).getTime());
      }),
    );
  });
});
