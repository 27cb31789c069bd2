import type { AgreementFacts, MemberFacts } from "../method/facts.ts";
import type { TrustEvidence } from "../trust/evidence.ts";
import { type MemberId, replay } from "./lifecycle.ts";
import {
  type AgreementRecord,
  countsFrom,
  dueOutcomes,
  honouredReviews,
  isSelfReported,
  outcomeMissedAt,
  type PromiseRecord,
  type TransparencyRecord,
} from "./records.ts";

/**
 * What promises and agreements say about each person, for the trust model and the method.
 *
 * Weights follow the trust model's convention that a claim nobody has confirmed counts half:
 * - an occurrence counts only once it has come due, and an early mark from its due time;
 * - a kept occurrence counts fully once the other person confirms it, half while unanswered, and
 *   becomes `promise_disputed` when they say it didn't feel kept;
 * - an act of proactive transparency counts fully when confirmed, half while unanswered, and not at
 *   all when disputed (it stays recorded);
 * - a breach told by the person who broke it is `agreement_self_reported`; one reported by the other
 *   is `agreement_breached`, fully when the person agrees it happened, half while they haven't
 *   answered or when they see it differently.
 */
export interface ConsistencyRecords {
  promises: readonly PromiseRecord[];
  transparency: readonly TransparencyRecord[];
  agreements: readonly AgreementRecord[];
}

/** The promise fields of `MemberFacts`, filled in. */
export interface PromiseFacts extends Pick<MemberFacts, "promisesMade" | "promisesKept" | "promisesMissed"> {
  promisesMade: Date[];
  promisesKept: Date[];
  promisesMissed: Date[];
}

function promiseEvidence(promise: PromiseRecord, now: Date): TrustEvidence[] {
  const events: TrustEvidence[] = [];
  for (const outcome of dueOutcomes(promise, now)) {
    const sourceId = `${promise.id}/${outcome.window.key}`;
    const { state, mark } = outcome;
    if (state.status === "missed") {
      events.push({ kind: "promise_missed", at: outcomeMissedAt(outcome), sourceId });
    } else if (state.status === "kept" && mark) {
      if (mark.response?.response === "disputed") {
        events.push({ kind: "promise_disputed", at: countsFrom(outcome, mark.response.at), sourceId });
      } else {
        const at = countsFrom(outcome, mark.at);
        events.push({ kind: "promise_kept", at, weight: mark.response ? 1 : 0.5, sourceId });
      }
    }
  }
  return events;
}

function transparencyEvidence(act: TransparencyRecord): TrustEvidence {
  const weight = act.response === undefined ? 0.5 : act.response.response === "confirmed" ? 1 : 0;
  return { kind: "proactive_transparency", at: act.at, weight, sourceId: act.id };
}

function agreementEvidence(agreement: AgreementRecord, now: Date): Array<[MemberId, TrustEvidence]> {
  const events: Array<[MemberId, TrustEvidence]> = [];
  for (const breach of agreement.breaches) {
    const sourceId = breach.id;
    if (isSelfReported(breach)) {
      events.push([breach.breachedBy, { kind: "agreement_self_reported", at: breach.at, sourceId }]);
    } else {
      const weight = breach.response?.response === "agreed" ? 1 : 0.5;
      events.push([breach.breachedBy, { kind: "agreement_breached", at: breach.at, weight, sourceId }]);
    }
  }
  for (const review of honouredReviews(agreement, now)) {
    events.push([review.memberId, { kind: "agreement_honoured", at: review.at, sourceId: agreement.id }]);
  }
  return events;
}

/** Trust evidence per member, oldest first; events after `now` are left out. */
export function consistencyEvidence(records: ConsistencyRecords, now: Date): Map<MemberId, TrustEvidence[]> {
  const byMember = new Map<MemberId, TrustEvidence[]>();
  const add = (member: MemberId, event: TrustEvidence) => {
    if (event.at.getTime() > now.getTime()) return;
    byMember.set(member, [...(byMember.get(member) ?? []), event]);
  };
  for (const promise of records.promises) {
    for (const event of promiseEvidence(promise, now)) add(promise.makerId, event);
  }
  for (const act of records.transparency) add(act.memberId, transparencyEvidence(act));
  for (const agreement of records.agreements) {
    for (const [member, event] of agreementEvidence(agreement, now)) add(member, event);
  }
  for (const events of byMember.values()) events.sort((a, b) => a.at.getTime() - b.at.getTime());
  return byMember;
}

const sorted = (dates: Date[]) => dates.sort((a, b) => a.getTime() - b.getTime());

/**
 * The promise fields of `MemberFacts`. A kept occurrence counts once the other person has confirmed
 * it (as the facts contract asks); a missed one counts when its window closed or the maker said so.
 */
export function promiseFacts(promises: readonly PromiseRecord[], now: Date): Map<MemberId, PromiseFacts> {
  const byMember = new Map<MemberId, PromiseFacts>();
  for (const promise of promises) {
    const facts = byMember.get(promise.makerId) ?? { promisesMade: [], promisesKept: [], promisesMissed: [] };
    if (promise.timing.createdAt.getTime() <= now.getTime())
      facts.promisesMade.push(promise.timing.createdAt);
    for (const outcome of dueOutcomes(promise, now)) {
      if (outcome.state.status === "missed") facts.promisesMissed.push(outcomeMissedAt(outcome));
      if (outcome.state.confirmation === "confirmed" && outcome.mark)
        facts.promisesKept.push(countsFrom(outcome, outcome.mark.at));
    }
    byMember.set(promise.makerId, facts);
  }
  for (const facts of byMember.values()) {
    sorted(facts.promisesMade);
    sorted(facts.promisesKept);
    sorted(facts.promisesMissed);
  }
  return byMember;
}

/** One agreement as the method's `AgreementFacts`. */
export function agreementFacts(agreement: AgreementRecord): AgreementFacts {
  const { status } = replay(agreement.actions);
  return {
    proposedAt: status.proposedAt,
    ...(status.activeSince ? { activeSince: status.activeSince } : {}),
    ...(status.endedAt ? { endedAt: status.endedAt } : {}),
    revisedAt: status.renewals,
    breaches: agreement.breaches.map((b) => ({ at: b.at, by: b.breachedBy })),
    ...(status.pending ? { pendingProposal: { by: status.pending.by, since: status.pending.at } } : {}),
  };
}
