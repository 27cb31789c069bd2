import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { forgivenessStepIds } from "../method/facts.ts";
import { forgivenessPath, type PathEntry } from "./path.ts";

const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n));
const now = day(100);

describe("forgivenessPath", () => {
  it("starts at naming the hurt, suggests it next, and has no ratings", () => {
    const path = forgivenessPath([], now);
    expect(path.current).toBe("name_the_hurt");
    expect(path.next).toBe("name_the_hurt");
    expect(path.walkedAll).toBe(false);
    expect(path.resentment).toEqual([]);
    expect(path.steps.map((s) => s.reflections)).toEqual([0, 0, 0, 0, 0]);
  });

  it("moves the suggestion on in order as steps are reflected on", () => {
    const path = forgivenessPath(
      [
        { step: "name_the_hurt", at: day(1) },
        { step: "feel_it", at: day(3) },
      ],
      now,
    );
    expect(path.current).toBe("feel_it");
    expect(path.next).toBe("release_resentment");
  });

  it("lets a person jump ahead or go back: the current step follows them, the suggestion fills the gap", () => {
    const path = forgivenessPath(
      [
        { step: "name_the_hurt", at: day(1) },
        { step: "choose_to_forgive", at: day(2) },
        { step: "name_the_hurt", at: day(4) },
      ],
      now,
    );
    expect(path.current).toBe("name_the_hurt");
    expect(path.next).toBe("feel_it");
    expect(path.steps.find((s) => s.id === "name_the_hurt")).toEqual({
      id: "name_the_hurt",
      reflections: 2,
      lastReflectedAt: day(4),
    });
  });

  it("says every step was walked once each has a reflection, and suggests nothing more", () => {
    const entries = forgivenessStepIds.map((step, i) => ({ step, at: day(i) }));
    const path = forgivenessPath(entries, now);
    expect(path.walkedAll).toBe(true);
    expect(path.next).toBeNull();
    expect(path.current).toBe("accept_imperfection");
  });

  it("tracks resentment ratings over time, oldest first, skipping reflections without one", () => {
    const path = forgivenessPath(
      [
        { step: "feel_it", at: day(5), resentment: 6 },
        { step: "name_the_hurt", at: day(1), resentment: 9 },
        { step: "feel_it", at: day(3) },
      ],
      now,
    );
    expect(path.resentment).toEqual([
      { at: day(1), rating: 9 },
      { at: day(5), rating: 6 },
    ]);
  });

  it("ignores entries dated after now and invalid dates", () => {
    const path = forgivenessPath(
      [
        { step: "feel_it", at: day(200), resentment: 3 },
        { step: "release_resentment", at: new Date(Number.NaN) },
      ],
      now,
    );
    expect(path).toEqual(forgivenessPath([], now));
  });
});

describe("forgivenessPath properties", () => {
  const entry: fc.Arbitrary<PathEntry> = fc.record(
    {
      step: fc.constantFrom(...forgivenessStepIds),
      at: fc.integer({ min: 0, max: 150 }).map(day),
      resentment: fc.integer({ min: 0, max: 10 }),
    },
    { requiredKeys: ["step", "at"] },
  );

  it("never depends on the order entries arrive in", () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 20 }), (entries) => {
        const reversed = [...entries].reverse();
        const a = forgivenessPath(entries, now);
        const b = forgivenessPath(reversed, now);
        expect(a.steps).toEqual(b.steps);
        expect(a.next).toEqual(b.next);
        expect(a.resentment.map((p) => p.at.getTime())).toEqual(b.resentment.map((p) => p.at.getTime()));
      }),
    );
  });

  it("suggests the first unvisited step in order, and only ever an unvisited one", () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 20 }), (entries) => {
        const path = forgivenessPath(entries, now);
        const visited = new Set(entries.filter((e) => e.at <= now).map((e) => e.step));
        const expected = forgivenessStepIds.find((id) => !visited.has(id)) ?? null;
        expect(path.next).toBe(expected);
        expect(path.walkedAll).toBe(expected === null);
      }),
    );
  });

  it("counts every past entry exactly once", () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 20 }), (entries) => {
        const path = forgivenessPath(entries, now);
        const total = path.steps.reduce((sum, s) => sum + s.reflections, 0);
        expect(total).toBe(entries.filter((e) => e.at <= now).length);
      }),
    );
  });
});
