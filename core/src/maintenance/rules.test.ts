import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PhaseProgress, PhaseStatus } from "../method/index.ts";
import { day, days, oneWay } from "../method/test-fixtures.ts";
import { phaseIds } from "../method/types.ts";
import {
  inputsFromFacts,
  type MaintenanceInputs,
  type MaintenanceStatus,
  maintenanceStatus,
  phasesBeforeMaintenance,
} from "./rules.ts";

function progress(status: PhaseStatus, completedAt?: Date, reopenedAt?: Date): PhaseProgress[] {
  return phaseIds.map((phase) => ({
    phase,
    status,
    reasons: [],
    directions: [],
    timesCompleted: completedAt ? 1 : 0,
    ...(completedAt ? { completedAt } : {}),
    ...(reopenedAt ? { reopenedAt } : {}),
  }));
}

const allComplete = (at = day(100)) => progress("complete", at);

function maintaining(status: MaintenanceStatus) {
  if (status.stage !== "maintaining") throw new Error("expected maintenance");
  return status;
}

describe("moving to maintenance", () => {
  it("stays in repair, listing what's left, until every required phase has been completed once", () => {
    const phases = allComplete().map((p) =>
      p.phase === "consistency"
        ? { ...p, status: "under_way" as const, timesCompleted: 0, completedAt: undefined }
        : p,
    );
    expect(maintenanceStatus({ phases }, day(120))).toEqual({
      stage: "repairing",
      remaining: ["consistency"],
    });
    expect(maintenanceStatus({ phases: [] }, day(120))).toEqual({
      stage: "repairing",
      remaining: [...phasesBeforeMaintenance],
    });
  });

  it("doesn't wait for forgiveness: sharing it is a private choice, never a condition", () => {
    const phases = allComplete().map((p) =>
      p.phase === "forgiveness" ? { ...p, status: "not_started" as const, timesCompleted: 0 } : p,
    );
    expect(maintenanceStatus({ phases }, day(120)).stage).toBe("maintaining");
  });

  it("dates maintenance from when the last required phase was completed", () => {
    const phases = allComplete(day(100)).map((p) =>
      p.phase === "closeness" ? { ...p, completedAt: day(110) } : p,
    );
    expect(maintaining(maintenanceStatus({ phases }, day(120))).since).toEqual(day(110));
  });

  it("works from shared facts: a whole journey reaches maintenance even with forgiveness unshared", () => {
    const facts = oneWay(
      {
        acknowledgmentsShared: [day(3)],
        apologiesShared: [day(6)],
        promisesMade: [day(6)],
        questionsAnswered: [day(15)],
        promisesKept: days(20, 14, 6),
        appreciationsShared: days(100, 3, 5),
      },
      {
        acknowledgmentResponses: [{ response: "heard", at: day(5) }],
        questionsAsked: [day(14)],
        appreciationsShared: days(101, 3, 5),
      },
      {
        talksHeld: days(10, 6, 3),
        agreements: [{ proposedAt: day(18), activeSince: day(19) }],
        closenessActivities: days(110, 5, 9),
      },
    );
    const status = maintaining(maintenanceStatus(inputsFromFacts(facts, day(200)), day(200)));
    expect(status.warnings).toEqual([]);
  });
});

describe("the weekly check-in and the monthly review", () => {
  const phases = allComplete(day(100));

  it("are first due a week and a month after maintenance began", () => {
    const status = maintaining(maintenanceStatus({ phases }, day(103)));
    expect(status.checkin).toEqual({ nextDue: day(107), due: false });
    expect(status.review).toEqual({ nextDue: new Date("2026-05-11T00:00:00Z"), due: false });
    expect(day(100)).toEqual(new Date("2026-04-11T00:00:00Z"));
  });

  it("come due again a week after the last check-in and a month after the last review", () => {
    const status = maintaining(
      maintenanceStatus({ phases, checkins: [day(95), day(120)], reviews: [day(101)] }, day(128)),
    );
    expect(status.checkin).toEqual({ last: day(120), nextDue: day(127), due: true });
    expect(status.review).toEqual({ last: day(101), nextDue: new Date("2026-05-12T00:00:00Z"), due: false });
  });

  it("ignore check-ins and reviews dated in the future", () => {
    const status = maintaining(
      maintenanceStatus({ phases, checkins: [day(140)], reviews: [day(140)] }, day(110)),
    );
    expect(status.checkin.last).toBeUndefined();
    expect(status.review.last).toBeUndefined();
  });
});

describe("early warnings", () => {
  const base: MaintenanceInputs = { phases: allComplete(day(100)) };
  const now = day(200);
  const at = (status: MaintenanceStatus) => maintaining(status).warnings;

  it("has none when all is steady", () => {
    expect(
      at(
        maintenanceStatus(
          {
            ...base,
            trustRatings: [
              { at: day(190), by: "sam", rating: 7 },
              { at: day(198), by: "sam", rating: 7 },
            ],
            promiseOutcomes: [
              { at: day(190), owner: "alex", outcome: "missed" },
              { at: day(195), owner: "alex", outcome: "kept" },
            ],
          },
          now,
        ),
      ),
    ).toEqual([]);
  });

  it("warns when someone's trust rating fell by two or more over the past two weeks", () => {
    const warnings = at(
      maintenanceStatus(
        {
          ...base,
          trustRatings: [
            { at: day(180), by: "sam", rating: 8 },
            { at: day(195), by: "sam", rating: 7 },
            { at: day(199), by: "sam", rating: 6 },
            { at: day(199), by: "alex", rating: 9 },
          ],
        },
        now,
      ),
    );
    expect(warnings).toEqual([{ kind: "trust_falling", at: day(199), members: ["sam"], phases: [] }]);
  });

  it("doesn't warn about a drop that happened before the last two weeks", () => {
    const ratings = [
      { at: day(150), by: "sam", rating: 9 },
      { at: day(160), by: "sam", rating: 5 },
      { at: day(195), by: "sam", rating: 5 },
    ];
    expect(at(maintenanceStatus({ ...base, trustRatings: ratings }, now))).toEqual([]);
  });

  it("warns about missed promises in a row, only while the latest is recent", () => {
    const outcomes = [
      { at: day(180), owner: "alex", outcome: "kept" as const },
      { at: day(190), owner: "alex", outcome: "missed" as const },
      { at: day(196), owner: "alex", outcome: "missed" as const },
    ];
    expect(at(maintenanceStatus({ ...base, promiseOutcomes: outcomes }, now))).toEqual([
      { kind: "promises_missed", at: day(196), members: ["alex"], phases: [] },
    ]);
    expect(at(maintenanceStatus({ ...base, promiseOutcomes: outcomes }, day(215)))).toEqual([]);
  });

  it("warns about an agreement broken in the past two weeks, naming who only when recorded", () => {
    expect(at(maintenanceStatus({ ...base, breaches: [{ at: day(190) }] }, now))).toEqual([
      { kind: "agreement_breached", at: day(190), members: [], phases: [] },
    ]);
    expect(
      at(maintenanceStatus({ ...base, breaches: [{ at: day(190), by: "alex" }] }, now))[0]?.members,
    ).toEqual(["alex"]);
    expect(at(maintenanceStatus({ ...base, breaches: [{ at: day(180) }] }, now))).toEqual([]);
  });

  it("keeps the space in maintenance after a setback and suggests a talk about the reopened phase", () => {
    const phases = allComplete(day(100)).map((p) =>
      p.phase === "acknowledge" ? { ...p, status: "revisited" as const, reopenedAt: day(150) } : p,
    );
    expect(at(maintenanceStatus({ phases }, now))).toEqual([
      { kind: "phase_reopened", at: day(150), members: [], phases: ["acknowledge"] },
    ]);
  });

  it("reads warnings from shared facts too: a breach and missed promises", () => {
    const facts = oneWay(
      { promisesMissed: [day(190), day(195)] },
      {},
      {
        agreements: [{ proposedAt: day(10), activeSince: day(11), breaches: [{ at: day(194), by: "alex" }] }],
      },
    );
    const inputs = { ...inputsFromFacts(facts, now), phases: base.phases };
    expect(at(maintenanceStatus(inputs, now)).map((w) => w.kind)).toEqual([
      "promises_missed",
      "agreement_breached",
    ]);
  });
});

describe("maintenanceStatus properties", () => {
  const rating = fc.record({
    at: fc.integer({ min: 100, max: 260 }).map(day),
    by: fc.constantFrom("alex", "sam"),
    rating: fc.integer({ min: 0, max: 10 }),
  });
  const outcome = fc.record({
    at: fc.integer({ min: 100, max: 260 }).map(day),
    owner: fc.constantFrom("alex", "sam"),
    outcome: fc.constantFrom("kept" as const, "missed" as const),
  });

  it("ignores everything dated after now", () => {
    fc.assert(
      fc.property(
        fc.array(rating),
        fc.array(outcome),
        fc.integer({ min: 100, max: 250 }),
        (ratings, outcomes, n) => {
          const now = day(n);
          const all = maintenanceStatus(
            { phases: allComplete(), trustRatings: ratings, promiseOutcomes: outcomes },
            now,
          );
          const past = maintenanceStatus(
            {
              phases: allComplete(),
              trustRatings: ratings.filter((r) => r.at <= now),
              promiseOutcomes: outcomes.filter((o) => o.at <= now),
            },
            now,
          );
          expect(all).toEqual(past);
        },
      ),
    );
  });

  it("raises no warning while trust ratings only go up", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 10 }), (values) => {
        const sorted = [...values].sort((a, b) => a - b);
        const trustRatings = sorted.map((r, i) => ({ at: day(190 + i), by: "sam", rating: r }));
        const status = maintaining(maintenanceStatus({ phases: allComplete(), trustRatings }, day(200)));
        expect(status.warnings).toEqual([]);
      }),
    );
  });
});
