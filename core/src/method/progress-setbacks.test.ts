import { describe, expect, it } from "vitest";
import type { SpaceFacts } from "./facts.ts";
import { derivePhases } from "./progress.ts";
import { codes, day, days, member, oneWay, phase } from "./test-fixtures.ts";

const NOW = day(400);

describe("agreements and setbacks", () => {
  const base = { proposedAt: day(20), activeSince: day(22) };

  it("is under way with a proposal and complete once an agreement is active", () => {
    expect(
      phase(derivePhases(oneWay({}, {}, { agreements: [{ proposedAt: day(20) }] }), NOW), "agreements")
        .status,
    ).toBe("under_way");
    const p = phase(derivePhases(oneWay({}, {}, { agreements: [base] }), NOW), "agreements");
    expect(p.status).toBe("complete");
    expect(p.completedAt).toEqual(day(22));
  });

  it("stays complete when the two end an agreement together, since that is no setback", () => {
    const facts = oneWay({}, {}, { agreements: [{ ...base, endedAt: day(30) }] });
    expect(phase(derivePhases(facts, NOW), "agreements").status).toBe("complete");
  });

  it("doesn't count an agreement that ended before it could be accepted", () => {
    const facts = oneWay(
      {},
      {},
      { agreements: [{ proposedAt: day(20), activeSince: day(25), endedAt: day(25) }] },
    );
    expect(phase(derivePhases(facts, NOW), "agreements").status).toBe("under_way");
  });

  it("is revisited after a breach, keeping the earlier completion date", () => {
    const facts = oneWay({}, {}, { agreements: [{ ...base, breaches: [{ at: day(60), by: "alex" }] }] });
    const p = phase(derivePhases(facts, NOW), "agreements");
    expect(p.status).toBe("revisited");
    expect(p.completedAt).toEqual(day(22));
    expect(p.reopenedAt).toEqual(day(60));
    expect(p.timesCompleted).toBe(1);
    expect(codes(p)).toEqual(["was_complete", "reopened_by_breach", "agreement_active"]);
  });

  it("is complete again once the broken agreement is revised", () => {
    const facts = oneWay(
      {},
      {},
      {
        agreements: [{ ...base, revisedAt: [day(70)], breaches: [{ at: day(60), by: "alex" }] }],
      },
    );
    const p = phase(derivePhases(facts, NOW), "agreements");
    expect(p.status).toBe("complete");
    expect(p.completedAt).toEqual(day(70));
    expect(p.timesCompleted).toBe(2);
    expect(codes(p)).toEqual(["agreement_renewed"]);
  });

  it("reopens responsibility and consistency for the person who broke the agreement", () => {
    const facts = oneWay(
      { apologiesShared: [day(5)], promisesMade: [day(5)], promisesKept: days(10, 12, 6) },
      {},
      { agreements: [{ ...base, breaches: [{ at: day(100), by: "alex" }] }] },
    );
    const result = derivePhases(facts, NOW);
    expect(phase(result, "responsibility")).toMatchObject({ status: "revisited", completedAt: day(5) });
    expect(phase(result, "consistency")).toMatchObject({ status: "revisited", reopenedAt: day(100) });
    expect(phase(result, "forgiveness").status).toBe("not_started");
  });
});
describe("a new disclosure", () => {
  const before = {
    acknowledgmentsShared: [day(3)],
    apologiesShared: [day(5)],
    promisesMade: [day(5)],
    questionsAnswered: [day(12)],
  };
  const hurt = {
    acknowledgmentResponses: [{ response: "heard" as const, at: day(4) }],
    questionsAsked: [day(11)],
    forgivenessSteps: [{ step: "choose_to_forgive" as const, at: day(80) }],
  };
  const shared = {
    talksHeld: days(10, 3),
    agreements: [{ proposedAt: day(20), activeSince: day(22) }],
    disclosures: [{ at: day(120), about: "alex" }],
  };

  it("reopens the early phases and forgiveness, and keeps when they were completed", () => {
    const result = derivePhases(oneWay(before, hurt, shared), NOW);
    expect(phase(result, "acknowledge")).toMatchObject({
      status: "revisited",
      completedAt: day(4),
      reopenedAt: day(120),
    });
    expect(codes(phase(result, "acknowledge"))).toEqual(["was_complete", "reopened_by_disclosure"]);
    expect(phase(result, "responsibility").status).toBe("revisited");
    expect(phase(result, "communication").status).toBe("revisited");
    expect(phase(result, "forgiveness")).toMatchObject({ status: "revisited", completedAt: day(80) });
    expect(phase(result, "agreements").status).toBe("complete");
  });

  it("asks for fresh evidence: a new 'heard' completes acknowledging again", () => {
    const facts = oneWay(
      { ...before, acknowledgmentsShared: [day(3), day(125)] },
      {
        ...hurt,
        acknowledgmentResponses: [...hurt.acknowledgmentResponses, { response: "heard", at: day(130) }],
      },
      shared,
    );
    const ack = phase(derivePhases(facts, NOW), "acknowledge");
    expect(ack).toMatchObject({ status: "complete", completedAt: day(130), timesCompleted: 2 });
  });

  it("marks a phase that was only started as under way, with the disclosure as a reason", () => {
    const facts = oneWay({ acknowledgmentsShared: [day(3)] }, {}, { disclosures: [{ at: day(9) }] });
    const ack = phase(derivePhases(facts, NOW), "acknowledge");
    expect(ack.status).toBe("under_way");
    expect(codes(ack)).toEqual(["reopened_by_disclosure"]);
  });

  it("ignores disclosures dated after now", () => {
    const facts = oneWay(before, hurt, { ...shared, disclosures: [{ at: day(500) }] });
    expect(phase(derivePhases(facts, NOW), "acknowledge").status).toBe("complete");
  });
});
describe("a mutual breach", () => {
  const mutual = (a: object, b: object): SpaceFacts => ({
    members: [member("ana", "both", a), member("ben", "both", b)],
  });

  it("needs acknowledgment to land in both directions", () => {
    const oneDone = mutual(
      { acknowledgmentsShared: [day(3)] },
      { acknowledgmentsShared: [day(4)], acknowledgmentResponses: [{ response: "heard", at: day(5) }] },
    );
    const ack = phase(derivePhases(oneDone, NOW), "acknowledge");
    expect(ack.status).toBe("under_way");
    expect(ack.directions.map((d) => [d.brokeTrust, d.status])).toEqual([
      ["ana", "complete"],
      ["ben", "under_way"],
    ]);

    const bothDone = mutual(
      { acknowledgmentsShared: [day(3)], acknowledgmentResponses: [{ response: "heard", at: day(9) }] },
      { acknowledgmentsShared: [day(4)], acknowledgmentResponses: [{ response: "heard", at: day(5) }] },
    );
    expect(phase(derivePhases(bothDone, NOW), "acknowledge")).toMatchObject({
      status: "complete",
      completedAt: day(9),
    });
  });

  it("reopens only the direction a disclosure is about", () => {
    const facts: SpaceFacts = {
      ...mutual(
        { acknowledgmentsShared: [day(3)], acknowledgmentResponses: [{ response: "heard", at: day(9) }] },
        { acknowledgmentsShared: [day(4)], acknowledgmentResponses: [{ response: "heard", at: day(5) }] },
      ),
      disclosures: [{ at: day(50), about: "ben" }],
    };
    const ack = phase(derivePhases(facts, NOW), "acknowledge");
    expect(ack).toMatchObject({ status: "revisited", completedAt: day(9), reopenedAt: day(50) });
    expect(ack.directions.map((d) => [d.brokeTrust, d.status])).toEqual([
      ["ana", "complete"],
      ["ben", "revisited"],
    ]);
    expect(ack.reasons.every((r) => r.direction !== undefined)).toBe(true);
  });

  it("treats roles that don't fit together as a mutual breach", () => {
    const facts: SpaceFacts = { members: [member("ana", "hurt"), member("ben", "hurt")] };
    expect(phase(derivePhases(facts, NOW), "acknowledge").directions).toHaveLength(2);
  });
});
