import { describe, expect, it } from "vitest";
import {
  type AgreementAction,
  type AgreementActionType,
  type AgreementState,
  type AgreementStatus,
  checkBreachReport,
  decide,
  permissions,
  replay,
  versionActions,
} from "./lifecycle.ts";

// Ana proposes; the agreement asks something of Ben only.
const ana = "ana";
const ben = "ben";
let clock = Date.UTC(2026, 4, 4);
let counter = 0;

function act(type: AgreementActionType, by: string): AgreementAction {
  clock += 60_000;
  counter += 1;
  const base = { eventId: `e${counter}`, by, at: new Date(clock) };
  return (versionActions as readonly string[]).includes(type)
    ? {
        ...base,
        type: type as (typeof versionActions)[number],
        version: { id: `v${counter}`, appliesTo: [ben] },
      }
    : { ...base, type: type as Exclude<AgreementActionType, (typeof versionActions)[number]> };
}

const story = (...steps: [AgreementActionType, string][]) =>
  replay(steps.map(([t, by]) => act(t, by))).status;

/** One way to reach each state; the pending proposal (if any) is by the person noted. */
const states: Record<AgreementState, () => AgreementStatus> = {
  proposed: () => story(["propose", ana]),
  countered: () => story(["propose", ana], ["counter", ben]),
  active: () => story(["propose", ana], ["accept", ben]),
  under_review: () => story(["propose", ana], ["accept", ben], ["renew", ana]),
  declined: () => story(["propose", ana], ["decline", ben]),
  cancelled: () => story(["propose", ana], ["cancel", ana]),
  retired: () => story(["propose", ana], ["accept", ben], ["retire", ben], ["accept", ana]),
  withdrawn: () => story(["propose", ana], ["accept", ben], ["withdraw", ben]),
};

type Expected = AgreementState | `refused:${string}`;
type Row = Partial<Record<Exclude<AgreementActionType, "propose">, { ana: Expected; ben: Expected }>>;

const ended = Object.fromEntries(
  (["counter", "accept", "decline", "cancel", "renew", "revise", "retire", "withdraw"] as const).map((a) => [
    a,
    { ana: "refused:ended", ben: "refused:ended" },
  ]),
) as Row;

const notInForce = { ana: "refused:not_in_force", ben: "refused:not_in_force" } as const;
const nothing = { ana: "refused:nothing_to_answer", ben: "refused:nothing_to_answer" } as const;
const reviewPending = { ana: "refused:review_pending", ben: "refused:review_pending" } as const;

/** Every action by each person, from every state: what happens. */
const table: Record<AgreementState, Row> = {
  proposed: {
    counter: { ana: "refused:own_proposal", ben: "countered" },
    accept: { ana: "refused:own_proposal", ben: "active" },
    decline: { ana: "refused:own_proposal", ben: "declined" },
    cancel: { ana: "cancelled", ben: "refused:not_your_proposal" },
    renew: notInForce,
    revise: notInForce,
    retire: notInForce,
    withdraw: notInForce,
  },
  countered: {
    counter: { ana: "countered", ben: "refused:own_proposal" },
    accept: { ana: "active", ben: "refused:own_proposal" },
    decline: { ana: "declined", ben: "refused:own_proposal" },
    cancel: { ana: "refused:not_your_proposal", ben: "cancelled" },
    renew: notInForce,
    revise: notInForce,
    retire: notInForce,
    withdraw: notInForce,
  },
  active: {
    counter: nothing,
    accept: nothing,
    decline: nothing,
    cancel: nothing,
    renew: { ana: "under_review", ben: "under_review" },
    revise: { ana: "under_review", ben: "under_review" },
    retire: { ana: "under_review", ben: "under_review" },
    withdraw: { ana: "refused:not_bound", ben: "withdrawn" },
  },
  under_review: {
    counter: { ana: "refused:own_proposal", ben: "under_review" },
    accept: { ana: "refused:own_proposal", ben: "active" },
    decline: { ana: "refused:own_proposal", ben: "active" },
    cancel: { ana: "active", ben: "refused:not_your_proposal" },
    renew: reviewPending,
    revise: reviewPending,
    retire: reviewPending,
    withdraw: { ana: "refused:not_bound", ben: "withdrawn" },
  },
  declined: ended,
  cancelled: ended,
  retired: ended,
  withdrawn: ended,
};

function outcome(status: AgreementStatus, type: AgreementActionType, by: string): Expected {
  const decision = decide(status, act(type, by));
  return decision.ok ? decision.status.state : `refused:${decision.refusal.code}`;
}

describe("agreement state machine", () => {
  for (const [state, row] of Object.entries(table) as [AgreementState, Row][]) {
    for (const [action, expected] of Object.entries(row) as [keyof Row, { ana: Expected; ben: Expected }][]) {
      it(`from ${state}, ${action} by the proposer gives ${expected.ana} and by the other gives ${expected.ben}`, () => {
        const status = states[state]();
        expect(status.state).toBe(state);
        expect(outcome(status, action, ana)).toBe(expected.ana);
        expect(outcome(status, action, ben)).toBe(expected.ben);
      });
    }
  }

  it("refuses a second proposal on an existing agreement and any answer to one that doesn't exist", () => {
    expect(outcome(states.active(), "propose", ana)).toBe("refused:exists");
    const decision = decide(undefined, act("accept", ben));
    expect(decision.ok).toBe(false);
  });

  it("says what an accepted proposal did: activated, renewed, revised or retired", () => {
    const accepted = (...steps: [AgreementActionType, string][]) => {
      const { steps: history } = replay(steps.map(([t, by]) => act(t, by)));
      return history.at(-1)?.outcome;
    };
    expect(accepted(["propose", ana], ["accept", ben])).toBe("activated");
    expect(accepted(["propose", ana], ["accept", ben], ["renew", ben], ["accept", ana])).toBe("renewed");
    expect(accepted(["propose", ana], ["accept", ben], ["revise", ana], ["accept", ben])).toBe("revised");
    expect(accepted(["propose", ana], ["accept", ben], ["retire", ana], ["accept", ben])).toBe("retired");
    // A counter during a review is a revision, even when a renewal was proposed.
    expect(
      accepted(["propose", ana], ["accept", ben], ["renew", ana], ["counter", ben], ["accept", ana]),
    ).toBe("revised");
  });

  it("keeps the accepted terms in force while a review is under way, and after it is turned down", () => {
    const reviewing = story(["propose", ana], ["accept", ben], ["revise", ana]);
    expect(reviewing.inForce?.version.id).toBeDefined();
    const inForce = reviewing.inForce?.version.id;
    const declined = decide(reviewing, act("decline", ben));
    expect(declined.ok && declined.status.inForce?.version.id).toBe(inForce);
    expect(declined.ok && declined.status.pending).toBeUndefined();
  });

  it("records the renewal dates and the first activation for the method's facts", () => {
    const status = story(
      ["propose", ana],
      ["accept", ben],
      ["renew", ana],
      ["accept", ben],
      ["revise", ben],
      ["accept", ana],
    );
    expect(status.activeSince).toBeDefined();
    expect(status.renewals).toHaveLength(2);
    expect(status.endedAt).toBeUndefined();
  });

  it("refuses to replay a history that breaks the rules", () => {
    expect(() => replay([act("propose", ana), act("accept", ana)])).toThrow(/cannot be replayed/);
    expect(() => replay([])).toThrow();
  });

  it("derives what each person may do from the same rules", () => {
    expect(permissions(states.proposed(), ana, new Date())).toEqual({
      counter: false,
      accept: false,
      decline: false,
      cancel: true,
      renew: false,
      revise: false,
      retire: false,
      withdraw: false,
    });
    expect(permissions(states.active(), ben, new Date())).toMatchObject({
      renew: true,
      withdraw: true,
      accept: false,
    });
    expect(permissions(states.active(), ana, new Date())).toMatchObject({ renew: true, withdraw: false });
  });

  it("accepts a breach report only while in force and only against someone the agreement binds", () => {
    const refusal = (status: AgreementStatus, who: string) => {
      const check = checkBreachReport(status, who);
      return check.ok
        ? `kept against ${check.versionId === status.inForce?.version.id ? "terms in force" : "?"}`
        : check.refusal.code;
    };
    expect(refusal(states.active(), ben)).toBe("kept against terms in force");
    expect(refusal(states.under_review(), ben)).toBe("kept against terms in force");
    expect(refusal(states.active(), ana)).toBe("not_bound");
    expect(refusal(states.proposed(), ben)).toBe("not_in_force");
    expect(refusal(states.withdrawn(), ben)).toBe("not_in_force");
  });
});
