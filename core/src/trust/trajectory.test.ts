import { describe, expect, it } from "vitest";
import type { TrustEvidence } from "./evidence.ts";
import { estimateTrust } from "./model.ts";
import { maxTrajectoryPoints, trustTrajectory } from "./trajectory.ts";

const dayMs = 86_400_000;
const day = (n: number) => new Date(Date.UTC(2026, 2, 2) + n * dayMs);

describe("trustTrajectory", () => {
  const events: TrustEvidence[] = [
    { kind: "promise_kept", at: day(2) },
    { kind: "promise_missed", at: day(9), sourceId: "promise-7" },
    { kind: "promise_kept", at: day(16) },
  ];

  it("gives one point a week and ends exactly at `to` even mid-week", () => {
    const points = trustTrajectory(events, { from: day(0), to: day(24) });
    expect(points.map((p) => p.at)).toEqual([day(0), day(7), day(14), day(21), day(24)]);
  });

  it("matches the estimate at each date", () => {
    for (const point of trustTrajectory(events, { from: day(0), to: day(21) })) {
      expect(point.estimate).toEqual(estimateTrust(events, point.at));
    }
  });

  it("marks a setback only at the point where negative evidence landed, with its source", () => {
    const points = trustTrajectory(events, { from: day(0), to: day(21) });
    expect(points.map((p) => p.setback !== undefined)).toEqual([false, false, true, false]);
    expect(points[2]?.setback).toEqual({
      kinds: ["promise_missed"],
      elements: ["reliability"],
      sourceIds: ["promise-7"],
    });
  });

  it("marks a self-reported breach as a setback too, since something did go wrong", () => {
    const points = trustTrajectory([{ kind: "agreement_self_reported", at: day(3) }], {
      from: day(0),
      to: day(7),
    });
    expect(points[1]?.setback?.kinds).toEqual(["agreement_self_reported"]);
    expect(points[1]?.setback?.elements).not.toContain("honesty");
  });

  it("supports other steps and rejects ranges that make no sense", () => {
    expect(trustTrajectory([], { from: day(0), to: day(3), stepDays: 1 })).toHaveLength(4);
    expect(() => trustTrajectory([], { from: day(5), to: day(0) })).toThrow(RangeError);
    expect(() => trustTrajectory([], { from: day(0), to: day(5), stepDays: 0 })).toThrow(RangeError);
    expect(() => trustTrajectory([], { from: day(0), to: day(7 * maxTrajectoryPoints + 7) })).toThrow(
      RangeError,
    );
  });
});
