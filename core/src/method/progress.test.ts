import { describe, expect, it } from "vitest";
import type { SpaceFacts } from "./facts.ts";
import { derivePhases } from "./progress.ts";
import { codes, day, days, member, oneWay, phase } from "./test-fixtures.ts";
import { phaseIds } from "./types.ts";

const NOW = day(400);

describe("derivePhases on a fresh space", () => {
  it("reports every phase as not started when nobody has joined", () => {
    const result = derivePhases({ members: [] }, NOW);
    expect(result.map((p) => p.phase)).toEqual([...phaseIds]);
    for (const p of result) {
      expect(p.status).toBe("not_started");
      expect(codes(p)).toEqual(["nothing_yet"]);
      expect(p.timesCompleted).toBe(0);
    }
  });

  it("reports every phase as not started for two members who have shared nothing", () => {
    for (const p of derivePhases(oneWay(), NOW)) expect(p.status).toBe("not_started");
  });
});

describe("a member working alone", () => {
  it("lets the person who broke trust start acknowledging, but never completes without the other", () => {
    const facts: SpaceFacts = {
      members: [
        member("alex", "broke_trust", { acknowledgmentsShared: [day(3)], apologiesShared: [day(4)] }),
      ],
    };
    const result = derivePhases(facts, NOW);
    const ack = phase(result, "acknowledge");
    expect(ack.status).toBe("under_way");
    expect(ack.directions).toEqual([expect.objectContaining({ brokeTrust: "alex", hurt: null })]);
    expect(phase(result, "responsibility").status).toBe("under_way");
    expect(phase(result, "closeness").status).toBe("not_started");
  });

  it("shows the hurt person's impact statement as the start of acknowledging", () => {
    const facts: SpaceFacts = { members: [member("sam", "hurt", { impactStatementsShared: [day(2)] })] };
    const ack = phase(derivePhases(facts, NOW), "acknowledge");
    expect(ack.status).toBe("under_way");
    expect(ack.startedAt).toEqual(day(2));
    expect(codes(ack)).toContain("impact_statement_shared");
  });

  it("gives a solo member who sees the breach as mutual both directions", () => {
    const facts: SpaceFacts = { members: [member("kim", "both")] };
    expect(phase(derivePhases(facts, NOW), "acknowledge").directions).toHaveLength(2);
  });
});

describe("acknowledge", () => {
  it("stays under way while the hurt person says it reached them only partly", () => {
    const facts = oneWay(
      { acknowledgmentsShared: [day(3)] },
      { acknowledgmentResponses: [{ response: "partly", at: day(4) }] },
    );
    const ack = phase(derivePhases(facts, NOW), "acknowledge");
    expect(ack.status).toBe("under_way");
    expect(codes(ack)).toEqual(["acknowledgment_shared", "acknowledgment_partly"]);
  });

  it("is complete once the hurt person says they felt heard", () => {
    const facts = oneWay(
      { acknowledgmentsShared: [day(3), day(10)] },
      {
        acknowledgmentResponses: [
          { response: "not_yet", at: day(4) },
          { response: "heard", at: day(11) },
        ],
      },
    );
    const ack = phase(derivePhases(facts, NOW), "acknowledge");
    expect(ack.status).toBe("complete");
    expect(ack.completedAt).toEqual(day(11));
    expect(ack.startedAt).toEqual(day(3));
    expect(ack.reasons[0]).toMatchObject({ code: "felt_heard", at: day(11) });
  });

  it("doesn't count the person who broke trust saying 'heard' about their own acknowledgment", () => {
    const facts = oneWay({
      acknowledgmentsShared: [day(3)],
      acknowledgmentResponses: [{ response: "heard", at: day(4) }],
    });
    expect(phase(derivePhases(facts, NOW), "acknowledge").status).toBe("under_way");
  });
});

describe("responsibility", () => {
  it("needs a commitment to change alongside the apology", () => {
    const apologyOnly = oneWay({ apologiesShared: [day(5)] });
    expect(phase(derivePhases(apologyOnly, NOW), "responsibility").status).toBe("under_way");
    const withPromise = oneWay({ apologiesShared: [day(5)], promisesMade: [day(8)] });
    const done = phase(derivePhases(withPromise, NOW), "responsibility");
    expect(done.status).toBe("complete");
    expect(done.completedAt).toEqual(day(8));
  });

  it("accepts an active agreement as the commitment", () => {
    const facts = oneWay(
      { apologiesShared: [day(5)] },
      {},
      { agreements: [{ proposedAt: day(6), activeSince: day(7) }] },
    );
    expect(phase(derivePhases(facts, NOW), "responsibility").completedAt).toEqual(day(7));
  });
});

describe("the hurt person's own answer", () => {
  const partlyAfterApology = () =>
    oneWay(
      { acknowledgmentsShared: [day(5)], apologiesShared: [day(5)] },
      { acknowledgmentResponses: [{ response: "partly", at: day(9) }] },
      { agreements: [{ proposedAt: day(6), activeSince: day(7) }] },
    );

  it("keeps the apology open while they say it reached them only partly", () => {
    const result = phase(derivePhases(partlyAfterApology(), NOW), "responsibility");
    expect(result.status).toBe("revisited");
    expect(result.reopenedAt).toEqual(day(9));
    expect(result.reasons.at(-1)).toMatchObject({ code: "acknowledgment_partly", at: day(9) });
    expect(codes(result)).not.toContain("agreement_active");
  });

  it("never shows the apology done when their answer came before the commitment", () => {
    const facts = oneWay(
      { acknowledgmentsShared: [day(5)], apologiesShared: [day(5)] },
      { acknowledgmentResponses: [{ response: "not_yet", at: day(6) }] },
      { agreements: [{ proposedAt: day(6), activeSince: day(7) }] },
    );
    const result = phase(derivePhases(facts, NOW), "responsibility");
    expect(result.status).toBe("under_way");
    expect(result.timesCompleted).toBe(0);
    expect(result.reasons.at(-1)).toMatchObject({ code: "acknowledgment_not_yet" });
  });

  it("lets the apology count again once they say a new version made them feel heard", () => {
    const facts = partlyAfterApology();
    const alex = {
      ...facts.members[0],
      acknowledgmentsShared: [day(5), day(12)],
      apologiesShared: [day(5), day(12)],
    };
    const sam = {
      ...facts.members[1],
      acknowledgmentResponses: [
        { response: "partly" as const, at: day(9) },
        { response: "heard" as const, at: day(13) },
      ],
    };
    const result = phase(
      derivePhases({ ...facts, members: [alex, sam] as typeof facts.members }, NOW),
      "responsibility",
    );
    expect(result.status).toBe("complete");
    expect(result.completedAt).toEqual(day(13));
    expect(result.timesCompleted).toBe(2);
  });

  it("reopens the acknowledgment when a later answer takes back 'heard'", () => {
    const facts = oneWay(
      { acknowledgmentsShared: [day(3), day(10)] },
      {
        acknowledgmentResponses: [
          { response: "heard", at: day(4) },
          { response: "partly", at: day(11) },
        ],
      },
    );
    const ack = phase(derivePhases(facts, NOW), "acknowledge");
    expect(ack.status).toBe("revisited");
    expect(ack.completedAt).toEqual(day(4));
    expect(ack.reopenedAt).toEqual(day(11));
    expect(codes(ack)).toEqual(["was_complete", "acknowledgment_shared", "acknowledgment_partly"]);
  });
});

describe("communication", () => {
  it("is complete after three talks with questions getting answers", () => {
    const facts = oneWay(
      { questionsAnswered: [day(12)] },
      { questionsAsked: [day(10), day(11)] },
      { talksHeld: days(10, 3, 2), talksPaused: [day(11)] },
    );
    const p = phase(derivePhases(facts, NOW), "communication");
    expect(p.status).toBe("complete");
    expect(p.completedAt).toEqual(day(14));
  });

  it("waits while the hurt person's questions have no answer at all", () => {
    const facts = oneWay({}, { questionsAsked: [day(10)] }, { talksHeld: days(10, 3) });
    const p = phase(derivePhases(facts, NOW), "communication");
    expect(p.status).toBe("under_way");
    expect(codes(p)).toEqual(["talk_held", "question_asked"]);
  });

  it("isn't complete while a question waits past its agreed time", () => {
    const facts = oneWay(
      { questionsAnswered: [day(11)], questionsOverdue: [day(9)] },
      { questionsAsked: [day(8), day(10)] },
      { talksHeld: days(10, 3) },
    );
    const p = phase(derivePhases(facts, NOW), "communication");
    expect(p.status).toBe("under_way");
    expect(codes(p)).toContain("question_overdue");
  });
});
describe("consistency", () => {
  it("needs ten kept promises spread over two months", () => {
    const quick = oneWay({ promisesKept: days(1, 12) });
    expect(phase(derivePhases(quick, NOW), "consistency").status).toBe("under_way");
    const steady = oneWay({ promisesKept: days(1, 12, 7) });
    const p = phase(derivePhases(steady, NOW), "consistency");
    expect(p.status).toBe("complete");
    // The tenth promise (day 64) is the first moment ten were kept over two months or more.
    expect(p.completedAt).toEqual(day(64));
  });

  it("doesn't count a burst of kept promises followed by silence as steadiness", () => {
    const p = phase(derivePhases(oneWay({ promisesKept: days(1, 10) }), NOW), "consistency");
    expect(p.status).toBe("under_way");
  });

  it("asks for at least four kept promises for every missed one", () => {
    const shaky = oneWay({ promisesKept: days(1, 12, 7), promisesMissed: days(2, 4, 7) });
    expect(phase(derivePhases(shaky, NOW), "consistency").status).toBe("under_way");
  });

  it("shows missed promises alone as the phase being under way", () => {
    const p = phase(derivePhases(oneWay({ promisesMissed: [day(3)] }), NOW), "consistency");
    expect(p.status).toBe("under_way");
    expect(codes(p)).toEqual(["promise_missed"]);
  });
});
describe("forgiveness, closeness and maintain", () => {
  it("completes forgiveness only when the hurt person shares the choice to forgive", () => {
    const steps = oneWay({}, { forgivenessSteps: [{ step: "name_the_hurt", at: day(30) }] });
    expect(phase(derivePhases(steps, NOW), "forgiveness").status).toBe("under_way");
    const chose = oneWay(
      {},
      {
        forgivenessSteps: [
          { step: "name_the_hurt", at: day(30) },
          { step: "choose_to_forgive", at: day(90) },
        ],
      },
    );
    expect(phase(derivePhases(chose, NOW), "forgiveness")).toMatchObject({
      status: "complete",
      completedAt: day(90),
    });
  });

  it("doesn't reopen forgiveness or closeness when an agreement is broken", () => {
    const facts = oneWay(
      { appreciationsShared: days(40, 3) },
      { appreciationsShared: days(41, 3), forgivenessSteps: [{ step: "choose_to_forgive", at: day(90) }] },
      {
        closenessActivities: days(40, 4, 10),
        agreements: [{ proposedAt: day(20), activeSince: day(22), breaches: [{ at: day(150) }] }],
      },
    );
    const result = derivePhases(facts, NOW);
    expect(phase(result, "forgiveness").status).toBe("complete");
    expect(phase(result, "closeness")).toMatchObject({ status: "complete", completedAt: day(70) });
  });

  it("needs appreciations from both people for closeness", () => {
    const oneSided = oneWay(
      { appreciationsShared: days(40, 5) },
      { appreciationsShared: [day(41)] },
      { closenessActivities: days(40, 6, 10) },
    );
    expect(phase(derivePhases(oneSided, NOW), "closeness").status).toBe("under_way");
  });

  it("completes maintain after six check-ins over three months, and reopens it when they lapse", () => {
    const steady = oneWay({}, {}, { checkins: days(200, 7, 15) });
    expect(phase(derivePhases(steady, day(300)), "maintain")).toMatchObject({
      status: "complete",
      completedAt: day(290),
    });
    const later = phase(derivePhases(steady, day(400)), "maintain");
    expect(later).toMatchObject({ status: "revisited", completedAt: day(290), reopenedAt: day(350) });
    expect(codes(later)).toContain("reopened_by_lapse");
  });
});
describe("a whole journey", () => {
  it("reaches every phase complete with evidence from both people over many months", () => {
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
        forgivenessSteps: [
          { step: "name_the_hurt", at: day(90) },
          { step: "choose_to_forgive", at: day(140) },
        ],
        appreciationsShared: days(101, 3, 5),
      },
      {
        talksHeld: days(10, 6, 3),
        agreements: [{ proposedAt: day(18), activeSince: day(19) }],
        closenessActivities: days(110, 5, 9),
        checkins: days(160, 8, 14),
      },
    );
    const result = derivePhases(facts, day(270));
    expect(result.map((p) => p.status)).toEqual(Array(8).fill("complete"));
  });
});

describe("derivePhases inputs", () => {
  it("ignores invalid dates instead of throwing", () => {
    const facts = oneWay({ acknowledgmentsShared: [new Date(Number.NaN)] });
    expect(phase(derivePhases(facts, NOW), "acknowledge").status).toBe("not_started");
    expect(() => derivePhases(facts, new Date(Number.NaN))).not.toThrow();
  });
});
