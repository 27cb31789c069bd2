import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { trustElements } from "./elements.ts";
import { effectsOf, evidenceKinds, type TrustEvidence } from "./evidence.ts";
import { estimateTrust, type TrustEstimate } from "./model.ts";

const dayMs = 86_400_000;
const now = new Date(Date.UTC(2026, 5, 1));

const eventArb = (maxAgeDays = 365): fc.Arbitrary<TrustEvidence> =>
  fc.record(
    {
      kind: fc.constantFrom(...evidenceKinds),
      at: fc
        .integer({ min: 0, max: maxAgeDays * 24 })
        .map((hours) => new Date(now.getTime() - hours * 3_600_000)),
      weight: fc.double({ min: 0.1, max: 5, noNaN: true }),
    },
    { requiredKeys: ["kind", "at"] },
  ) as fc.Arbitrary<TrustEvidence>;

const historyArb = fc.array(eventArb(), { maxLength: 40 });
const optionsArb = fc.record({
  halfLifeDays: fc.double({ min: 1, max: 365, noNaN: true }),
  negativeWeight: fc.double({ min: 1, max: 10, noNaN: true }),
  afterDeceptionFactor: fc.double({ min: 0.05, max: 1, noNaN: true }),
});

function allEstimates(estimate: TrustEstimate) {
  return [...trustElements.map((element) => estimate.elements[element]), estimate.overall];
}

describe("trust model properties", () => {
  it("keeps every output in [0, 1] with belief + disbelief + uncertainty = 1", () => {
    fc.assert(
      fc.property(historyArb, optionsArb, (history, options) => {
        for (const e of allEstimates(estimateTrust(history, now, options))) {
          for (const value of [e.expected, e.uncertainty, e.belief, e.disbelief]) {
            expect(value).toBeGreaterThanOrEqual(0);
            expect(value).toBeLessThanOrEqual(1);
          }
          expect(e.belief + e.disbelief + e.uncertainty).toBeCloseTo(1, 12);
        }
      }),
    );
  });

  it("never lowers trust when evidence with only positive units is added", () => {
    const positiveOnly = eventArb().filter((e) => effectsOf(e.kind).every(([, units]) => units > 0));
    fc.assert(
      fc.property(historyArb, positiveOnly, (history, extra) => {
        const before = estimateTrust(history, now);
        const after = estimateTrust([...history, extra], now);
        for (const element of trustElements) {
          expect(after.elements[element].expected).toBeGreaterThanOrEqual(
            before.elements[element].expected - 1e-12,
          );
        }
        expect(after.overall.expected).toBeGreaterThanOrEqual(before.overall.expected - 1e-12);
      }),
    );
  });

  it("always lowers every element an event counts against, and leaves untouched elements alone", () => {
    fc.assert(
      fc.property(historyArb, eventArb(), (history, extra) => {
        const before = estimateTrust(history, now);
        const after = estimateTrust([...history, extra], now);
        const effects = new Map(effectsOf(extra.kind));
        for (const element of trustElements) {
          const units = effects.get(element);
          const [b, a] = [before.elements[element].expected, after.elements[element].expected];
          if (units === undefined) expect(a).toBe(b);
          else if (units < 0) expect(a).toBeLessThan(b);
        }
        if ([...effects.values()].every((units) => units < 0)) {
          expect(after.overall.expected).toBeLessThan(before.overall.expected);
        }
      }),
    );
  });

  it("drifts toward one half, with growing uncertainty, as time passes without new evidence", () => {
    fc.assert(
      fc.property(
        historyArb,
        fc.double({ min: 0, max: 400, noNaN: true }),
        optionsArb,
        (history, days, options) => {
          const later = new Date(now.getTime() + days * dayMs);
          const [first, second] = [
            estimateTrust(history, now, options),
            estimateTrust(history, later, options),
          ];
          const pairs = allEstimates(first).map((e, i) => [e, allEstimates(second)[i]] as const);
          for (const [a, b] of pairs) {
            if (b === undefined) throw new Error("estimates differ in shape");
            expect(Math.abs(b.expected - 0.5)).toBeLessThanOrEqual(Math.abs(a.expected - 0.5) + 1e-12);
            expect(b.uncertainty).toBeGreaterThanOrEqual(a.uncertainty - 1e-12);
          }
        },
      ),
    );
  });

  it("is deterministic, and the order events arrive in does not matter", () => {
    fc.assert(
      fc.property(historyArb, (history) => {
        const once = estimateTrust(history, now);
        expect(estimateTrust(history, now)).toEqual(once);
        const reversed = estimateTrust([...history].reverse(), now);
        for (const [a, b] of allEstimates(once).map((e, i) => [e, allEstimates(reversed)[i]] as const)) {
          expect(b?.expected).toBeCloseTo(a.expected, 10);
        }
      }),
    );
  });
});
