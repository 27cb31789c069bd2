import { describe, expect, it } from "vitest";
import type { SpaceFacts } from "./facts.ts";
import { forOwnReadinessPath, nextSteps } from "./next-step.ts";
import { day, days, member, oneWay } from "./test-fixtures.ts";

const NOW = day(200);

describe("nextSteps before the journey", () => {
  it("returns nothing for someone who isn't a member", () => {
    expect(nextSteps(oneWay(), "stranger", NOW)).toEqual({ yourNextStep: null, waitingOn: [] });
  });

  it("starts with the private readiness check", () => {
    const facts: SpaceFacts = { members: [member("alex", "broke_trust", { readinessChecksCompleted: [] })] };
    expect(nextSteps(facts, "alex", NOW).yourNextStep?.id).toBe("readiness_check");
  });

  it("puts safety first on the safety path, with no repair step and nothing about the other person", () => {
    const facts = oneWay({ acknowledgmentsShared: [day(3)] });
    const result = forOwnReadinessPath(nextSteps(facts, "sam", NOW), "safety");
    expect(result).toEqual({ yourNextStep: expect.objectContaining({ id: "safety" }), waitingOn: [] });
    expect(result.yourNextStep?.text).not.toMatch(/repair|acknowledg|apolog|forgiv|together/i);
  });

  it("offers support for deciding, without pushing repair tasks", () => {
    const result = forOwnReadinessPath(nextSteps(oneWay(), "sam", NOW), "deciding");
    expect(result.yourNextStep?.id).toBe("deciding");
    expect(result.waitingOn).toEqual([]);
  });

  it("leaves the steps as they are on the repair path, or before the check", () => {
    const steps = nextSteps(oneWay(), "sam", NOW);
    expect(forOwnReadinessPath(steps, "repair")).toBe(steps);
    expect(forOwnReadinessPath(steps, null)).toBe(steps);
  });
});

describe("nextSteps for one member alone", () => {
  it("lets the person who broke trust start drafting, and notes the other hasn't joined", () => {
    const facts: SpaceFacts = { members: [member("alex", "broke_trust")] };
    const result = nextSteps(facts, "alex", NOW);
    expect(result.yourNextStep).toMatchObject({ id: "draft_acknowledgment", tool: "acknowledgment" });
    expect(result.waitingOn.map((w) => w.id)).toEqual(["other_to_join"]);
  });

  it("invites the hurt person to write for themselves first", () => {
    const facts: SpaceFacts = { members: [member("sam", "hurt")] };
    expect(nextSteps(facts, "sam", NOW).yourNextStep).toMatchObject({
      id: "draft_impact",
      tool: "impact_statement",
    });
  });
});

describe("nextSteps while acknowledging", () => {
  it("asks the person who broke trust for an acknowledgment, and shows the hurt person it's theirs to wait for", () => {
    const facts = oneWay();
    expect(nextSteps(facts, "alex", NOW).yourNextStep?.id).toBe("share_acknowledgment");
    const sam = nextSteps(facts, "sam", NOW);
    expect(sam.yourNextStep?.id).toBe("share_impact");
    expect(sam.waitingOn.map((w) => w.id)).toContain("acknowledgment");
  });

  it("hands the next move to the hurt person once an acknowledgment is shared", () => {
    const facts = oneWay({ acknowledgmentsShared: [day(3)] }, { impactStatementsShared: [day(2)] });
    expect(nextSteps(facts, "sam", NOW).yourNextStep?.id).toBe("respond_to_acknowledgment");
    expect(nextSteps(facts, "alex", NOW).waitingOn.map((w) => w.id)).toContain("acknowledgment_response");
  });

  it("invites a revision when it reached them only partly", () => {
    const facts = oneWay(
      { acknowledgmentsShared: [day(3)] },
      { acknowledgmentResponses: [{ response: "partly", at: day(4) }] },
    );
    expect(nextSteps(facts, "alex", NOW).yourNextStep?.id).toBe("revise_acknowledgment");
  });

  it("asks for a fresh acknowledgment after something new comes to light", () => {
    const facts = oneWay(
      { acknowledgmentsShared: [day(3)] },
      { acknowledgmentResponses: [{ response: "heard", at: day(4) }] },
      { disclosures: [{ at: day(50), about: "alex" }] },
    );
    expect(nextSteps(facts, "alex", NOW).yourNextStep?.id).toBe("share_acknowledgment");
  });
});

describe("nextSteps later on", () => {
  const heard = { acknowledgmentResponses: [{ response: "heard" as const, at: day(4) }] };

  it("moves the person who broke trust on to the apology once they were heard", () => {
    const facts = oneWay({ acknowledgmentsShared: [day(3)] }, heard);
    expect(nextSteps(facts, "alex", NOW).yourNextStep?.id).toBe("share_apology");
    expect(nextSteps(facts, "sam", NOW).waitingOn.map((w) => w.id)).toContain("apology");
  });

  it("asks for an answer to a question that is overdue", () => {
    const facts = oneWay(
      {
        acknowledgmentsShared: [day(3)],
        apologiesShared: [day(5)],
        promisesMade: [day(5)],
        questionsOverdue: [day(20)],
      },
      { ...heard, questionsAsked: [day(10)] },
    );
    expect(nextSteps(facts, "alex", NOW).yourNextStep?.id).toBe("answer_questions");
    expect(nextSteps(facts, "sam", NOW).waitingOn.map((w) => w.id)).toContain("answers");
  });

  it("shows a follow-up waiting on the other person even once talking counts as done", () => {
    const talkedWell = oneWay(
      {
        acknowledgmentsShared: [day(3)],
        apologiesShared: [day(5)],
        promisesMade: [day(5)],
        questionsAnswered: [day(11)],
        questionsAwaitingAnswer: [{ since: day(30), followUp: true }],
      },
      { ...heard, questionsAsked: [day(10)] },
      { talksHeld: days(10, 3) },
    );
    const sam = nextSteps(talkedWell, "sam", NOW);
    expect(sam.waitingOn.map((w) => w.id)).toContain("follow_up");
    expect(nextSteps(talkedWell, "alex", NOW).waitingOn.map((w) => w.id)).not.toContain("follow_up");
  });

  it("shows a question waiting for a first answer, and an answer waiting for the asker to review it", () => {
    const facts = oneWay(
      {
        acknowledgmentsShared: [day(3)],
        apologiesShared: [day(5)],
        promisesMade: [day(5)],
        questionsAwaitingAnswer: [{ since: day(12), followUp: false }],
      },
      { ...heard, questionsAsked: [day(10), day(12)], answersAwaitingReview: [day(11)] },
    );
    expect(nextSteps(facts, "sam", NOW).waitingOn.map((w) => w.id)).toContain("question_answer");
    expect(nextSteps(facts, "alex", NOW).waitingOn.map((w) => w.id)).toContain("answer_review");
  });

  it("asks only the other member to answer a proposed agreement, and shows the proposer the wait", () => {
    const facts = oneWay(
      { acknowledgmentsShared: [day(3)], apologiesShared: [day(5)], promisesMade: [day(5)] },
      heard,
      { agreements: [{ proposedAt: day(20), pendingProposal: { by: "sam", since: day(20) } }] },
    );
    const sam = nextSteps(facts, "sam", NOW);
    expect(sam.yourNextStep?.id).not.toBe("review_agreement");
    expect(sam.waitingOn.map((w) => w.id)).toContain("agreement_answer");
    expect(nextSteps(facts, "alex", NOW).waitingOn.map((w) => w.id)).not.toContain("agreement_answer");
  });

  it("suggests renewing an agreement after it was broken", () => {
    const facts = oneWay(
      {
        acknowledgmentsShared: [day(3)],
        apologiesShared: [day(5)],
        promisesMade: [day(5)],
        questionsAnswered: [day(11)],
      },
      { ...heard, questionsAsked: [day(10)] },
      {
        talksHeld: days(10, 3),
        agreements: [{ proposedAt: day(20), activeSince: day(21), breaches: [{ at: day(40) }] }],
      },
    );
    expect(nextSteps(facts, "sam", NOW).yourNextStep?.id).toBe("renew_agreement");
  });

  it("offers forgiveness to the hurt person only as a choice, once they have felt heard", () => {
    const facts = oneWay(
      {
        acknowledgmentsShared: [day(3)],
        apologiesShared: [day(5)],
        promisesMade: [day(5)],
        questionsAnswered: [day(11)],
      },
      { ...heard, questionsAsked: [day(10)] },
      { talksHeld: days(10, 3), agreements: [{ proposedAt: day(20), activeSince: day(21) }] },
    );
    const step = nextSteps(facts, "sam", NOW).yourNextStep;
    expect(step?.id).toBe("forgiveness");
    expect(step?.text).toMatch(/if and when you want/i);
    expect(nextSteps(facts, "alex", NOW).yourNextStep?.id).toBe("keep_promises");
  });

  it("gives each member of a mutual breach the steps of both roles", () => {
    const facts: SpaceFacts = {
      members: [
        member("ana", "both", { acknowledgmentsShared: [day(3)] }),
        member("ben", "both", { acknowledgmentResponses: [{ response: "heard", at: day(4) }] }),
      ],
    };
    // Ana was heard; she still has Ben's acknowledgment to wait for, and her own apology to write.
    const ana = nextSteps(facts, "ana", NOW);
    expect(ana.yourNextStep?.id).toBe("share_impact");
    expect(ana.waitingOn.map((w) => w.id)).toContain("acknowledgment");
    expect(nextSteps(facts, "ben", NOW).yourNextStep?.id).toBe("share_acknowledgment");
  });
});
