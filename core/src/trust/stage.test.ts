import { describe, expect, it } from "vitest";
import type { TrustEvidence } from "./evidence.ts";
import { betaEstimate, estimateTrust } from "./model.ts";
import { confidenceOf, trustStage } from "./stage.ts";

const now = new Date(Date.UTC(2026, 3, 1));

function many(kind: TrustEvidence["kind"], count: number): TrustEvidence[] {
  return Array.from({ length: count }, () => ({ kind, at: now }));
}

describe("confidenceOf", () => {
  it("says it is too early with under two units of evidence and well supported from four", () => {
    expect(confidenceOf(betaEstimate(0, 0))).toBe("too_early");
    expect(confidenceOf(betaEstimate(1, 0.5))).toBe("too_early");
    expect(confidenceOf(betaEstimate(2, 0))).toBe("taking_shape");
    expect(confidenceOf(betaEstimate(4, 0))).toBe("well_supported");
  });
});

describe("trustStage", () => {
  it("starts by building a track record of reliability", () => {
    expect(trustStage(estimateTrust([], now))).toEqual({
      stage: "predictability",
      established: [],
      workingOn: ["reliability"],
      complete: false,
    });
  });

  it("moves to dependability once kept promises establish reliability", () => {
    const reading = trustStage(estimateTrust(many("promise_kept", 6), now));
    expect(reading.stage).toBe("dependability");
    expect(reading.workingOn).toEqual(["honesty", "respect"]);
  });

  it("does not skip ahead when later elements are strong but reliability is not", () => {
    const reading = trustStage(
      estimateTrust([...many("acknowledgment_accepted", 8), ...many("promise_missed", 2)], now),
    );
    expect(reading.established).toContain("empathy");
    expect(reading.stage).toBe("predictability");
  });

  it("is complete when every element is established", () => {
    const events = [
      ...many("promise_kept", 6),
      ...many("acknowledgment_accepted", 8),
      ...many("agreement_honoured", 6),
    ];
    expect(trustStage(estimateTrust(events, now))).toMatchObject({
      stage: "faith",
      workingOn: [],
      complete: true,
    });
  });
});
