import { describe, expect, it } from "vitest";
import { trustElements } from "./elements.ts";
import { evidenceKinds, evidenceTable, type TrustEvidence } from "./evidence.ts";
import { betaEstimate, estimateTrust } from "./model.ts";
import { trustStage } from "./stage.ts";
import { trustTrajectory } from "./trajectory.ts";

const dayMs = 86_400_000;
const start = Date.UTC(2026, 0, 5);
const day = (n: number) => new Date(start + n * dayMs);
const ev = (kind: TrustEvidence["kind"], n: number, weight?: number): TrustEvidence =>
  weight === undefined ? { kind, at: day(n) } : { kind, at: day(n), weight };

/** Weekly routine after a breach: promises kept, an agreement honoured, a question answered. */
function steadyWeeks(fromWeek: number, toWeek: number): TrustEvidence[] {
  const events: TrustEvidence[] = [];
  for (let w = fromWeek; w <= toWeek; w += 1) {
    events.push(ev("promise_kept", 7 * w + 1), ev("promise_kept", 7 * w + 3), ev("promise_kept", 7 * w + 5));
    events.push(ev("agreement_honoured", 7 * w + 2), ev("question_answered", 7 * w + 4));
    events.push(ev("reassurance_helped", 7 * w + 6));
    if (w % 2 === 0) events.push(ev("proactive_transparency", 7 * w + 6));
  }
  return events;
}

describe("estimateTrust formulas", () => {
  it("starts at one half with full uncertainty when there is no evidence", () => {
    const estimate = estimateTrust([], day(0));
    for (const element of trustElements) {
      expect(estimate.elements[element]).toEqual(betaEstimate(0, 0));
    }
    expect(estimate.overall.expected).toBe(0.5);
    expect(estimate.overall.uncertainty).toBe(1);
  });

  it("counts one kept promise today as one positive unit of reliability: E = 2/3, u = 2/3", () => {
    const reliability = estimateTrust([ev("promise_kept", 0)], day(0)).elements.reliability;
    expect(reliability.expected).toBeCloseTo(2 / 3, 12);
    expect(reliability.uncertainty).toBeCloseTo(2 / 3, 12);
  });

  it("weighs one missed promise three times as heavily: E = 1/5", () => {
    const reliability = estimateTrust([ev("promise_missed", 0)], day(0)).elements.reliability;
    expect(reliability.negative).toBe(3);
    expect(reliability.expected).toBeCloseTo(1 / 5, 12);
  });

  it("halves an event's weight after one half-life", () => {
    const reliability = estimateTrust([ev("promise_kept", 0)], day(30)).elements.reliability;
    expect(reliability.positive).toBeCloseTo(0.5, 12);
    expect(reliability.expected).toBeCloseTo(1.5 / 2.5, 12);
    const quicker = estimateTrust([ev("promise_kept", 0)], day(10), { halfLifeDays: 10 }).elements
      .reliability;
    expect(quicker.positive).toBeCloseTo(0.5, 12);
  });

  it("ignores evidence dated after now, so past points of a chart can be recomputed", () => {
    expect(estimateTrust([ev("promise_missed", 5)], day(4))).toEqual(estimateTrust([], day(4)));
  });

  it("scales an event by its weight, and a weight of 0 records without moving anything", () => {
    const double = estimateTrust([ev("promise_kept", 0, 2)], day(0)).elements.reliability;
    expect(double.positive).toBe(2);
    expect(estimateTrust([ev("promise_missed", 0, 0)], day(0))).toEqual(estimateTrust([], day(0)));
  });

  it("refuses a negative or non-finite weight or nonsense options rather than guessing", () => {
    expect(() => estimateTrust([ev("promise_kept", 0, -1)], day(0))).toThrow(RangeError);
    expect(() => estimateTrust([ev("promise_kept", 0, Number.NaN)], day(0))).toThrow(RangeError);
    expect(() => estimateTrust([], day(0), { halfLifeDays: 0 })).toThrow(RangeError);
    expect(() => estimateTrust([], day(0), { negativeWeight: -3 })).toThrow(RangeError);
    expect(() => estimateTrust([], day(0), { afterDeceptionFactor: 0 })).toThrow(RangeError);
  });

  it("computes the overall estimate from the mean evidence per element", () => {
    const estimate = estimateTrust([ev("agreement_honoured", 0)], day(0));
    expect(estimate.overall.positive).toBeCloseTo(2 / 5, 12);
    expect(estimate.overall.expected).toBeCloseTo(1.4 / 2.4, 12);
  });
});

describe("evidence table", () => {
  it("maps every kind to at least one element with a non-zero weight", () => {
    for (const kind of evidenceKinds) {
      const units = Object.values(evidenceTable[kind].effects);
      expect(units.length, kind).toBeGreaterThan(0);
      expect(
        units.every((u) => u !== 0 && Number.isFinite(u)),
        kind,
      ).toBe(true);
    }
  });

  it("scores telling on yourself as honest and far less costly than being found out", () => {
    const told = estimateTrust([ev("agreement_self_reported", 0)], day(0));
    const found = estimateTrust([ev("agreement_breached", 0)], day(0));
    expect(told.elements.honesty.expected).toBeGreaterThan(0.5);
    expect(found.elements.honesty.expected).toBeLessThan(0.5);
    expect(told.overall.negative * 3).toBeCloseTo(found.overall.negative, 12);
    for (const element of trustElements) {
      expect(told.elements[element].expected).toBeGreaterThanOrEqual(found.elements[element].expected);
    }
  });

  it("makes honesty recover more slowly after being found out, and never touches other elements for it", () => {
    const history = [
      ev("deception_discovered", 0),
      ...Array.from({ length: 8 }, (_, i) => ev("question_answered", 1 + i)),
    ];
    const damped = estimateTrust(history, day(10));
    const undamped = estimateTrust(history, day(10), { afterDeceptionFactor: 1 });
    expect(damped.elements.honesty.expected).toBeLessThan(undamped.elements.honesty.expected);
    expect(damped.elements.empathy).toEqual(undamped.elements.empathy);
  });
});

describe("fixture histories", () => {
  it("improving: steady weeks after a breach raise trust week on week and build a track record", () => {
    const history = [ev("agreement_breached", 0), ...steadyWeeks(0, 11)];
    const points = trustTrajectory(history, { from: day(7), to: day(84) });
    const overall = points.map((p) => p.estimate.overall.expected);
    for (let i = 1; i < overall.length; i += 1) expect(overall[i]).toBeGreaterThan(overall[i - 1] ?? 1);
    const last = points.at(-1)?.estimate;
    expect(last?.overall.expected).toBeGreaterThan(0.8);
    expect(last?.overall.uncertainty).toBeLessThan(0.25);
    expect(last && trustStage(last).stage).not.toBe("predictability");
    expect(points.some((p) => p.setback !== undefined)).toBe(false);
  });

  it("stuck: a missed promise for every two kept holds reliability below one half and flat", () => {
    const history: TrustEvidence[] = [];
    for (let w = 0; w < 12; w += 1) {
      history.push(
        ev("promise_kept", 7 * w + 1),
        ev("promise_kept", 7 * w + 3),
        ev("promise_missed", 7 * w + 5),
      );
    }
    const at = (week: number) => estimateTrust(history, day(7 * week + 6)).elements.reliability.expected;
    expect(at(6)).toBeLessThan(0.5);
    expect(at(11)).toBeLessThan(0.5);
    expect(Math.abs(at(11) - at(6))).toBeLessThan(0.05);
    expect(trustStage(estimateTrust(history, day(83))).stage).toBe("predictability");
  });

  it("relapse: a lie found out after good weeks drops trust, marks the setback and slows the recovery", () => {
    const history = [...steadyWeeks(0, 7), ev("deception_discovered", 60), ...steadyWeeks(9, 14)];
    const points = trustTrajectory(history, { from: day(7), to: day(105) });
    const relapse = points.findIndex((p) => p.setback !== undefined);
    expect(points[relapse]?.at).toEqual(day(63));
    expect(points[relapse]?.setback?.kinds).toEqual(["deception_discovered"]);
    expect(points[relapse]?.setback?.elements).toEqual(["honesty", "loyalty"]);
    const before = points[relapse - 1]?.estimate.elements.honesty.expected ?? 0;
    const after = points[relapse]?.estimate.elements.honesty.expected ?? 1;
    expect(after).toBeLessThan(before - 0.1);
    expect(points.filter((p) => p.setback !== undefined)).toHaveLength(1);
    const honestyAtEnd = points.at(-1)?.estimate.elements.honesty.expected ?? 1;
    const withoutDamping = estimateTrust(history, day(105), { afterDeceptionFactor: 1 }).elements.honesty
      .expected;
    expect(honestyAtEnd).toBeLessThan(withoutDamping);
    expect(honestyAtEnd).toBeGreaterThan(after);
  });

  it("mutual: each person has their own estimate, and owning a slip counts for more than hiding one", () => {
    const shared = steadyWeeks(1, 4);
    const alex = [ev("agreement_self_reported", 3), ...shared];
    const sam = [ev("agreement_breached", 3), ...shared];
    const now = day(35);
    const alexTrust = estimateTrust(alex, now);
    const samTrust = estimateTrust(sam, now);
    expect(alexTrust.elements.honesty.expected).toBeGreaterThan(samTrust.elements.honesty.expected);
    expect(alexTrust.elements.loyalty.expected).toBeGreaterThan(samTrust.elements.loyalty.expected);
    expect(alexTrust.overall.expected).toBeGreaterThan(samTrust.overall.expected);
    expect(estimateTrust(alex, now)).toEqual(alexTrust);
  });
});
