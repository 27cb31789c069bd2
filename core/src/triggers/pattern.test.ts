import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { triggerCategories } from "./fields.ts";
import { type TriggerPoint, triggerPattern, weekStartOf } from "./pattern.ts";

// A Wednesday.
const now = new Date(Date.UTC(2026, 4, 6, 15));
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

describe("the pattern of triggers", () => {
  it("starts weeks on Monday in UTC", () => {
    expect(weekStartOf(now).toISOString()).toBe("2026-05-04T00:00:00.000Z");
    expect(weekStartOf(new Date(Date.UTC(2026, 4, 10, 23, 59))).toISOString()).toBe(
      "2026-05-04T00:00:00.000Z",
    );
  });

  it("counts triggers per week, oldest first, keeping quiet weeks, with the average strength", () => {
    const points: TriggerPoint[] = [
      { occurredAt: daysAgo(0), category: "place", intensity: 2 },
      { occurredAt: daysAgo(1), category: "place", intensity: 3 },
      { occurredAt: daysAgo(15), category: "date", intensity: 5 },
      { occurredAt: daysAgo(40), category: "thing", intensity: 4 },
    ];
    const pattern = triggerPattern(points, now, 4);
    expect(
      pattern.weeks.map((w) => [w.weekStart.toISOString().slice(0, 10), w.count, w.averageIntensity]),
    ).toEqual([
      ["2026-04-13", 0, null],
      ["2026-04-20", 1, 5],
      ["2026-04-27", 0, null],
      ["2026-05-04", 2, 2.5],
    ]);
    expect(pattern.byCategory).toMatchObject({ place: 2, date: 1, thing: 0 });
    expect(pattern.total).toBe(3);
    expect(pattern.averageIntensity).toBe(3.3);
  });

  it("ignores triggers dated in the future", () => {
    expect(
      triggerPattern([{ occurredAt: daysAgo(-1), category: "moment", intensity: 3 }], now, 1).total,
    ).toBe(0);
  });

  it("refuses a window outside 1 to 104 weeks", () => {
    expect(() => triggerPattern([], now, 0)).toThrow(RangeError);
    expect(() => triggerPattern([], now, 105)).toThrow(RangeError);
  });

  it("puts every trigger in the window into exactly one week", () => {
    const pointArb = fc.record({
      occurredAt: fc
        .integer({ min: 0, max: 200 * 24 })
        .map((hours) => new Date(now.getTime() - hours * 3_600_000)),
      category: fc.constantFrom(...triggerCategories),
      intensity: fc.integer({ min: 1, max: 5 }),
    });
    fc.assert(
      fc.property(fc.array(pointArb, { maxLength: 50 }), fc.integer({ min: 1, max: 30 }), (points, weeks) => {
        const pattern = triggerPattern(points, now, weeks);
        const sum = pattern.weeks.reduce((total, week) => total + week.count, 0);
        const inWindow = points.filter((p) => p.occurredAt >= (pattern.weeks[0]?.weekStart ?? now)).length;
        expect(sum).toBe(inWindow);
        expect(Object.values(pattern.byCategory).reduce((a, b) => a + b, 0)).toBe(sum);
        expect(pattern.weeks).toHaveLength(weeks);
      }),
    );
  });
});
