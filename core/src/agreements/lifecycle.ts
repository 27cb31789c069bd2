/**
 * The life of a relational agreement, as a state machine over its events.
 *
 *   propose → proposed ─accept→ active ─renew/revise/retire→ under review ─accept→ active (renewed/revised)
 *               │  ↑                │                           │                or retired
 *            counter│                withdraw → withdrawn          decline/cancel → active (unchanged)
 *               ↓  │
 *            countered (↔ counter)   decline → declined, cancel → cancelled
 *
 * Every proposal (first terms, counter, revision, renewal, retirement) waits for an answer from the
 * person who did not make it: nobody can accept their own proposal. While a review is under way the
 * agreement stays in force on the terms both accepted last. Withdrawal is the one step that needs
 * nobody's answer: a person the agreement asks something of can always step out of it.
 */

/** A member's id in the space; opaque to core. */
export type MemberId = string;

export const agreementStates = [
  "proposed",
  "countered",
  "active",
  "under_review",
  "declined",
  "cancelled",
  "retired",
  "withdrawn",
] as const;
export type AgreementState = (typeof agreementStates)[number];

export const endedStates: readonly AgreementState[] = ["declined", "cancelled", "retired", "withdrawn"];

export const agreementActions = [
  "propose",
  "counter",
  "accept",
  "decline",
  "cancel",
  "renew",
  "revise",
  "retire",
  "withdraw",
] as const;
export type AgreementActionType = (typeof agreementActions)[number];

/** Actions that put new terms on the table, each as a new immutable version. */
export const versionActions = ["propose", "counter", "revise", "renew"] as const;
export type VersionActionType = (typeof versionActions)[number];

export type PendingKind = "proposal" | "revision" | "renewal" | "retirement";

export interface VersionRef {
  id: string;
  /** The members the terms ask something of. */
  appliesTo: readonly MemberId[];
}

export type AgreementAction =
  | { type: VersionActionType; eventId: string; by: MemberId; at: Date; version: VersionRef }
  | { type: Exclude<AgreementActionType, VersionActionType>; eventId: string; by: MemberId; at: Date };

export interface Pending {
  /** The event that made the proposal; answers name it, so nobody answers a proposal they have not seen. */
  eventId: string;
  kind: PendingKind;
  by: MemberId;
  at: Date;
  /** The proposed terms (absent for a retirement, which proposes no terms). */
  version?: VersionRef;
}

/** How a pending proposal ended, when accepted. */
export type AcceptOutcome = "activated" | "renewed" | "revised" | "retired";

export interface AgreementStatus {
  state: AgreementState;
  pending?: Pending;
  /** The terms both accepted last, with when they took effect; present once the agreement was active. */
  inForce?: { version: VersionRef; since: Date };
  proposedAt: Date;
  activeSince?: Date;
  endedAt?: Date;
  /** When renewals and revisions were accepted, oldest first. */
  renewals: Date[];
}

export type Refusal =
  | { kind: "not_allowed"; code: "own_proposal" | "not_your_proposal" | "not_bound"; message: string }
  | {
      kind: "wrong_state";
      code: "ended" | "nothing_to_answer" | "not_in_force" | "review_pending" | "exists";
      message: string;
    };

export type Decision =
  | { ok: true; status: AgreementStatus; outcome?: AcceptOutcome }
  | { ok: false; refusal: Refusal };

const refusals = {
  own_proposal: {
    kind: "not_allowed",
    code: "own_proposal",
    message: "This is your own proposal, so it's the other person's turn to answer it.",
  },
  not_your_proposal: {
    kind: "not_allowed",
    code: "not_your_proposal",
    message:
      "Only the person who made this proposal can take it back. You can accept, counter or decline it.",
  },
  not_bound: {
    kind: "not_allowed",
    code: "not_bound",
    message:
      "This agreement doesn't ask anything of you, so there is nothing to withdraw from. You can propose to retire it instead.",
  },
  ended: {
    kind: "wrong_state",
    code: "ended",
    message: "This agreement has ended, so it can't change any more. You can propose a new one.",
  },
  nothing_to_answer: {
    kind: "wrong_state",
    code: "nothing_to_answer",
    message: "There is no proposal waiting for an answer on this agreement.",
  },
  not_in_force: {
    kind: "wrong_state",
    code: "not_in_force",
    message: "This agreement isn't in force yet. Answer or change the proposal first.",
  },
  review_pending: {
    kind: "wrong_state",
    code: "review_pending",
    message: "A change to this agreement is already waiting for an answer. Answer it or take it back first.",
  },
  exists: { kind: "wrong_state", code: "exists", message: "This agreement has already been proposed." },
} as const satisfies Record<string, Refusal>;

const refuse = (code: keyof typeof refusals): Decision => ({ ok: false, refusal: refusals[code] });

const isEnded = (state: AgreementState) => endedStates.includes(state);

const reviewKinds: Record<"revise" | "renew" | "retire", PendingKind> = {
  revise: "revision",
  renew: "renewal",
  retire: "retirement",
};

function propose(action: AgreementAction & { type: VersionActionType }): Decision {
  return {
    ok: true,
    status: {
      state: "proposed",
      pending: {
        eventId: action.eventId,
        kind: "proposal",
        by: action.by,
        at: action.at,
        version: action.version,
      },
      proposedAt: action.at,
      renewals: [],
    },
  };
}

function answer(status: AgreementStatus, action: AgreementAction): Decision {
  const { pending } = status;
  if (!pending) return refuse("nothing_to_answer");
  if (action.type === "cancel") {
    if (pending.by !== action.by) return refuse("not_your_proposal");
  } else if (pending.by === action.by) {
    return refuse("own_proposal");
  }
  const { pending: _answered, ...rest } = status;
  const reviewing = status.state === "under_review";
  if ("version" in action) {
    // A counter during a review is a revision, whatever was proposed: it puts new terms on the table.
    const kind: PendingKind = reviewing ? "revision" : "proposal";
    return {
      ok: true,
      status: {
        ...rest,
        state: reviewing ? "under_review" : "countered",
        pending: { eventId: action.eventId, kind, by: action.by, at: action.at, version: action.version },
      },
    };
  }
  if (action.type === "accept") return accept(rest, pending, action.at);
  // Turning down a change to an agreement in force leaves it in force, unchanged.
  if (reviewing) return { ok: true, status: { ...rest, state: "active" } };
  return {
    ok: true,
    status: { ...rest, state: action.type === "decline" ? "declined" : "cancelled", endedAt: action.at },
  };
}

function accept(status: Omit<AgreementStatus, "pending">, pending: Pending, at: Date): Decision {
  if (pending.kind === "retirement") {
    return { ok: true, status: { ...status, state: "retired", endedAt: at }, outcome: "retired" };
  }
  const version = pending.version;
  if (!version) return refuse("nothing_to_answer");
  const first = status.activeSince === undefined;
  const outcome: AcceptOutcome = first ? "activated" : pending.kind === "renewal" ? "renewed" : "revised";
  return {
    ok: true,
    outcome,
    status: {
      ...status,
      state: "active",
      inForce: { version, since: at },
      activeSince: status.activeSince ?? at,
      renewals: first ? status.renewals : [...status.renewals, at],
    },
  };
}

function changeInForce(status: AgreementStatus, action: AgreementAction, kind: PendingKind): Decision {
  if (status.state === "under_review") return refuse("review_pending");
  if (status.state !== "active") return refuse("not_in_force");
  const pending: Pending = { eventId: action.eventId, kind, by: action.by, at: action.at };
  if ("version" in action) pending.version = action.version;
  return { ok: true, status: { ...status, state: "under_review", pending } };
}

function withdraw(status: AgreementStatus, action: AgreementAction): Decision {
  if (!status.inForce || (status.state !== "active" && status.state !== "under_review"))
    return refuse("not_in_force");
  if (!status.inForce.version.appliesTo.includes(action.by)) return refuse("not_bound");
  const { pending: _dropped, ...rest } = status;
  return { ok: true, status: { ...rest, state: "withdrawn", endedAt: action.at } };
}

/**
 * Whether `action` may happen now, and the status after it. The one place the rules live: the
 * server checks every request here, replays history through it, and derives what each person may do.
 */
export function decide(status: AgreementStatus | undefined, action: AgreementAction): Decision {
  if (action.type === "propose") return status ? refuse("exists") : propose(action);
  if (!status) return refuse("nothing_to_answer");
  if (isEnded(status.state)) return refuse("ended");
  switch (action.type) {
    case "counter":
    case "accept":
    case "decline":
    case "cancel":
      return answer(status, action);
    case "renew":
    case "revise":
    case "retire":
      return changeInForce(status, action, reviewKinds[action.type]);
    case "withdraw":
      return withdraw(status, action);
  }
}

export interface HistoryStep {
  action: AgreementAction;
  /** The agreement after this step. */
  status: AgreementStatus;
  outcome?: AcceptOutcome;
}

/**
 * Replays stored events, oldest first. Events were checked by `decide` when written, so a refusal
 * here means the stored history is damaged; we fail loudly rather than show a made-up state.
 */
export function replay(actions: readonly AgreementAction[]): {
  status: AgreementStatus;
  steps: HistoryStep[];
} {
  let status: AgreementStatus | undefined;
  const steps: HistoryStep[] = [];
  for (const action of actions) {
    const decision = decide(status, action);
    if (!decision.ok) throw new Error(`Agreement history cannot be replayed at event ${action.eventId}.`);
    status = decision.status;
    steps.push({ action, status, ...(decision.outcome ? { outcome: decision.outcome } : {}) });
  }
  if (!status) throw new Error("An agreement needs at least its proposal.");
  return { status, steps };
}

export type AgreementPermissions = Record<Exclude<AgreementActionType, "propose">, boolean>;

/** What `member` may do now, derived from `decide` itself so the two can never disagree. */
export function permissions(status: AgreementStatus, member: MemberId, at: Date): AgreementPermissions {
  const probeVersion: VersionRef = { id: "", appliesTo: [] };
  const can = (type: Exclude<AgreementActionType, "propose">) => {
    const action: AgreementAction = (versionActions as readonly string[]).includes(type)
      ? { type: type as VersionActionType, eventId: "", by: member, at, version: probeVersion }
      : { type: type as Exclude<AgreementActionType, VersionActionType>, eventId: "", by: member, at };
    return decide(status, action).ok;
  };
  return {
    counter: can("counter"),
    accept: can("accept"),
    decline: can("decline"),
    cancel: can("cancel"),
    renew: can("renew"),
    revise: can("revise"),
    retire: can("retire"),
    withdraw: can("withdraw"),
  };
}

/**
 * A breach can be reported while the agreement is in force, against someone it asks something of.
 * When it can, the answer names the terms in force, which the report is kept against.
 */
export function checkBreachReport(
  status: AgreementStatus,
  breachedBy: MemberId,
): { ok: true; versionId: string } | { ok: false; refusal: Refusal } {
  const inForce = status.inForce;
  if (!inForce || (status.state !== "active" && status.state !== "under_review")) {
    return { ok: false, refusal: refusals.not_in_force };
  }
  if (!inForce.version.appliesTo.includes(breachedBy)) {
    return {
      ok: false,
      refusal: {
        kind: "not_allowed",
        code: "not_bound",
        message: "This agreement doesn't ask anything of that person, so it can't be broken by them.",
      },
    };
  }
  return { ok: true, versionId: inForce.version.id };
}
