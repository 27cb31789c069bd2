import { evidenceKinds, type TrustEvidence } from "@mend/core/trust/evidence";
import { estimateTrust } from "@mend/core/trust/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { localDate, mondayOf, mondaysBetween } from "./calendar.ts";
import { feelingsView } from "./feelings.ts";
import { bandOf } from "./record.ts";

const dayMs = 86_400_000;

describe("weeks in the viewer's calendar", () => {
  it("start on Monday, in the viewer's own time zone", () => {
    // Sunday 3 May 2026, 23:30 UTC is already Monday 4 May at UTC+2.
    const lateSunday = new Date("2026-05-03T23:30:00Z");
    expect(localDate(mondayOf(lateSunday, 0))).toBe("2026-04-27");
    expect(localDate(mondayOf(lateSunday, 120))).toBe("2026-05-04");
    expect(
      mondaysBetween(new Date("2026-04-29T12:00:00Z"), new Date("2026-05-12T12:00:00Z"), 0).map(localDate),
    ).toEqual(["2026-04-27", "2026-05-04", "2026-05-11"]);
  });
});

describe("the uncertainty band", () => {
  it("always holds the expected value, and is exactly as wide as the uncertainty", () => {
    const event = fc.record({
      kind: fc.constantFrom(...evidenceKinds),
      at: fc.integer({ min: 0, max: 120 }).map((n) => new Date(Date.UTC(2026, 0, 1) + n * dayMs)),
      weight: fc.double({ min: 0, max: 3, noNaN: true }),
    }) as fc.Arbitrary<TrustEvidence>;
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (events) => {
        const estimate = estimateTrust(events, new Date(Date.UTC(2026, 4, 1)));
        const band = bandOf(estimate.overall);
        expect(band.low).toBeLessThanOrEqual(band.expected + 1e-3);
        expect(band.expected).toBeLessThanOrEqual(band.high + 1e-3);
        expect(band.high - band.low).toBeCloseTo(band.uncertainty, 2);
      }),
    );
  });
});

describe("ratings by week", () => {
  it("marks a week whose average falls a point or more below the week before as a dip", () => {
    const at = (day: number) => new Date(Date.UTC(2026, 4, 4 + day, 20));
    const view = feelingsView(
      [
        { submittedAt: at(0), trustNow: 5 },
        { submittedAt: at(1), trustNow: 6 },
        { submittedAt: at(7), trustNow: 4 },
        { submittedAt: at(14), trustNow: 5 },
      ],
      "you",
      0,
      "Sam",
    );
    expect(view.weeks).toEqual([
      { weekOf: "2026-05-04", average: 5.5, count: 2 },
      { weekOf: "2026-05-11", average: 4, count: 1, dip: true },
      { weekOf: "2026-05-18", average: 5, count: 1 },
    ]);
    expect(view.summary).toBe(
      "Your trust ratings averaged 5.5 out of 10 in the first week and 5 in the latest week, from 4 ratings in all. 1 week showed a dip, which is a normal part of repair.",
    );
  });

  it("says kindly when the other person has shared nothing", () => {
    expect(feelingsView([], "them", 0, "Sam").summary).toBe(
      "Sam has not shared any trust ratings. Whether to share them is their choice.",
    );
  });
});
