import type { MaintenanceStatus } from "@mend/core/maintenance/rules";
import { describe, expect, it } from "vitest";
import { presentMaintenance } from "./presenters.ts";

const at = (iso: string) => new Date(iso);

const status: MaintenanceStatus = {
  stage: "maintaining",
  since: at("2026-04-01T00:00:00Z"),
  checkin: { last: at("2026-04-20T00:00:00Z"), nextDue: at("2026-04-27T00:00:00Z"), due: true },
  review: { nextDue: at("2026-05-01T00:00:00Z"), due: false },
  warnings: [
    { kind: "trust_falling", at: at("2026-04-25T00:00:00Z"), members: ["kit"], phases: [] },
    { kind: "promises_missed", at: at("2026-04-24T00:00:00Z"), members: ["robin", "kit"], phases: [] },
    { kind: "agreement_breached", at: at("2026-04-23T00:00:00Z"), members: [], phases: [] },
    { kind: "phase_reopened", at: at("2026-04-22T00:00:00Z"), members: [], phases: ["acknowledge"] },
  ],
};

describe("presentMaintenance", () => {
  it("says whose warning it is from the reader's side, and leaves it out when nobody was recorded", () => {
    const forRobin = presentMaintenance(status, "robin");
    if (forRobin.stage !== "maintaining") throw new Error("expected maintenance");
    expect(forRobin.warnings.map((w) => w.who)).toEqual(["them", "both", undefined, undefined]);
    expect(forRobin.warnings[2]).not.toHaveProperty("who");
    const forKit = presentMaintenance(status, "kit");
    if (forKit.stage !== "maintaining") throw new Error("expected maintenance");
    expect(forKit.warnings.map((w) => w.who)).toEqual(["you", "both", undefined, undefined]);
  });

  it("gives every warning our own wording and a suggestion to talk", () => {
    const view = presentMaintenance(status, "robin");
    if (view.stage !== "maintaining") throw new Error("expected maintenance");
    for (const warning of view.warnings) {
      expect(warning.title).toBeTruthy();
      expect(warning.suggestion).toMatch(/talk/i);
    }
    expect(view.checkin).toEqual({
      lastAt: "2026-04-20T00:00:00.000Z",
      nextDueAt: "2026-04-27T00:00:00.000Z",
      due: true,
      everyDays: 7,
    });
    expect(view.review.lastAt).toBeNull();
  });
});
