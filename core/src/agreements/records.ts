import { type AgreementAction, type MemberId, replay } from "./lifecycle.ts";
import {
  type Confirmation,
  type MarkFacts,
  missedAt,
  type OccurrenceState,
  type OccurrenceWindow,
  occurrenceState,
  type PromiseTiming,
  windowsUpTo,
} from "./occurrences.ts";

/**
 * Plain records of what happened, as the server loads them. Evidence for the trust model, facts for
 * the method and the consistency summary are all derived from these, so the rules live in one place.
 */
export interface PromiseRecord {
  id: string;
  makerId: MemberId;
  timing: PromiseTiming;
  /** The maker's mark per occurrence key. */
  marks: ReadonlyMap<string, MarkFacts>;
}

export interface TransparencyRecord {
  id: string;
  memberId: MemberId;
  at: Date;
  response?: { response: Confirmation; at: Date } | undefined;
}

export interface BreachRecord {
  id: string;
  reportedBy: MemberId;
  breachedBy: MemberId;
  /** When it was reported: the moment it became known. */
  at: Date;
  response?: { response: "agreed" | "disputed"; at: Date } | undefined;
}

export interface AgreementRecord {
  id: string;
  /** Its events, oldest first. */
  actions: readonly AgreementAction[];
  breaches: readonly BreachRecord[];
}

export const isSelfReported = (breach: BreachRecord) => breach.reportedBy === breach.breachedBy;

export interface OccurrenceOutcome {
  promise: PromiseRecord;
  window: OccurrenceWindow;
  mark: MarkFacts | undefined;
  state: OccurrenceState;
}

/**
 * The last answer for each promise record, by the time it was asked for. Walking a promise's whole
 * schedule is the costliest step of the progress pages, and the trust evidence and the method's facts
 * both ask for it about the same records at the same moment. Records are fresh objects per reading,
 * so nothing outlives the reading that made them.
 */
const lastOutcomes = new WeakMap<PromiseRecord, { at: number; outcomes: OccurrenceOutcome[] }>();

/** Every occurrence of a promise whose window has opened by `now`, with its state. */
export function occurrenceOutcomes(promise: PromiseRecord, now: Date): OccurrenceOutcome[] {
  const remembered = lastOutcomes.get(promise);
  if (remembered?.at === now.getTime()) return remembered.outcomes;
  const timing = { ...promise.timing, markedKeys: new Set(promise.marks.keys()) };
  const outcomes = windowsUpTo(timing, now).map((window) => {
    const mark = promise.marks.get(window.key);
    return { promise, window, mark, state: occurrenceState(window, mark, now) };
  });
  lastOutcomes.set(promise, { at: now.getTime(), outcomes });
  return outcomes;
}

/**
 * The occurrences that have come due by `now`, with their state. Marking early is allowed (the
 * promise page shows it), but an occurrence only counts as kept or missed once its due time has
 * passed: before that nothing has come due, so no record, summary or fact may say it did.
 */
export function dueOutcomes(promise: PromiseRecord, now: Date): OccurrenceOutcome[] {
  return occurrenceOutcomes(promise, now).filter((o) => o.window.dueAt.getTime() <= now.getTime());
}

/** An early mark counts from the due time, never before it. */
export const countsFrom = (outcome: OccurrenceOutcome, at: Date) =>
  new Date(Math.max(at.getTime(), outcome.window.dueAt.getTime()));

/** When a missed occurrence counts as missed. */
export const outcomeMissedAt = (outcome: OccurrenceOutcome) =>
  countsFrom(outcome, missedAt(outcome.window, outcome.mark));

export interface HonouredReview {
  agreementId: string;
  memberId: MemberId;
  at: Date;
}

/**
 * An agreement is honoured by a person when a review both accepted (renewing, revising or retiring
 * it) closes a period in which nobody reported them breaking it. Honouring is only ever recorded at
 * a review both took part in, never inferred from silence.
 */
export function honouredReviews(agreement: AgreementRecord, now: Date): HonouredReview[] {
  const { steps } = replay(agreement.actions);
  const honoured: HonouredReview[] = [];
  for (const [index, step] of steps.entries()) {
    const before = steps[index - 1]?.status.inForce;
    const closesReview =
      step.outcome === "renewed" || step.outcome === "revised" || step.outcome === "retired";
    if (!closesReview || !before || step.action.at.getTime() > now.getTime()) continue;
    const from = before.since.getTime();
    const to = step.action.at.getTime();
    for (const memberId of before.version.appliesTo) {
      const broke = agreement.breaches.some(
        (b) => b.breachedBy === memberId && b.at.getTime() >= from && b.at.getTime() <= to,
      );
      if (!broke) honoured.push({ agreementId: agreement.id, memberId, at: step.action.at });
    }
  }
  return honoured;
}
