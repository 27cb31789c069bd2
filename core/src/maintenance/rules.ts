import { addMonths } from "date-fns";
import type { MemberId, SpaceFacts } from "../method/facts.ts";
import { derivePhases } from "../method/progress.ts";
import type { PhaseProgress } from "../method/progress-types.ts";
import type { PhaseId } from "../method/types.ts";

export const MAINTENANCE = {
  checkinEveryDays: 7,
  reviewEveryMonths: 1,
  /** How far back the early warnings look. */
  windowDays: 14,
  /** A drop of at least this many points on the 0–10 trust scale within the window. */
  trustDrop: 2,
  /** This many missed promises in a row by the same person. */
  missedInARow: 2,
} as const;

/**
 * The phases that must each have been completed for a space to move to maintenance. Forgiveness is
 * left out on purpose: it is a private choice, and making the next stage wait for it would turn it
 * into something owed. (The method's own "maintain" phase is what maintenance then works on.)
 */
export const phasesBeforeMaintenance = [
  "acknowledge",
  "responsibility",
  "communication",
  "agreements",
  "consistency",
  "closeness",
] as const satisfies readonly PhaseId[];

/** A trust rating (0–10) that both members can see: a shared check-in answer, for example. */
export interface TrustRating {
  at: Date;
  /** Who gave the rating. */
  by: MemberId;
  rating: number;
}

/** A promise that came due, as the other person confirmed it. */
export interface PromiseOutcome {
  at: Date;
  /** Who made the promise. */
  owner: MemberId;
  outcome: "kept" | "missed";
}

export interface AgreementBreach {
  at: Date;
  by?: MemberId;
}

/**
 * Everything the maintenance rule reads. Each list holds only things both members can see, since
 * the result (warnings included) is shown to both. Lists are optional: a feature that isn't wired
 * in yet simply contributes nothing.
 */
export interface MaintenanceInputs {
  /** From `derivePhases` (see `inputsFromFacts`). */
  phases: readonly PhaseProgress[];
  /** Check-ins both can see: held together, or shared. */
  checkins?: readonly Date[];
  /** Monthly review conversations the members marked as held. */
  reviews?: readonly Date[];
  trustRatings?: readonly TrustRating[];
  promiseOutcomes?: readonly PromiseOutcome[];
  breaches?: readonly AgreementBreach[];
}

export const warningKinds = [
  "trust_falling",
  "promises_missed",
  "agreement_breached",
  "phase_reopened",
] as const;
export type WarningKind = (typeof warningKinds)[number];

export interface MaintenanceWarning {
  kind: WarningKind;
  /** The latest evidence behind the warning. */
  at: Date;
  /** Whose ratings fell, whose promises were missed, or who broke the agreement (when recorded). */
  members: MemberId[];
  /** For `phase_reopened`: which phases a setback opened again. */
  phases: PhaseId[];
}

export interface Cadence {
  last?: Date;
  nextDue: Date;
  due: boolean;
}

export type MaintenanceStatus =
  | { stage: "repairing"; remaining: PhaseId[] }
  | {
      stage: "maintaining";
      /** When the last of the required phases was completed. */
      since: Date;
      checkin: Cadence;
      review: Cadence;
      warnings: MaintenanceWarning[];
    };

const DAY = 86_400_000;
const valid = (d: Date) => d instanceof Date && Number.isFinite(d.getTime());

function upTo<T extends { at: Date }>(items: readonly T[] | undefined, now: number): T[] {
  return (items ?? [])
    .filter((x) => valid(x.at) && x.at.getTime() <= now)
    .sort((a, b) => a.at.getTime() - b.at.getTime());
}

const datesUpTo = (dates: readonly Date[] | undefined, now: number) =>
  upTo(
    (dates ?? []).map((at) => ({ at })),
    now,
  ).map((x) => x.at);

function cadence(last: Date | undefined, since: Date, now: Date, next: (from: Date) => Date): Cadence {
  const nextDue = next(last && last > since ? last : since);
  return { ...(last ? { last } : {}), nextDue, due: now.getTime() >= nextDue.getTime() };
}

function byMember<T extends { at: Date }>(items: readonly T[], key: (x: T) => MemberId): Map<MemberId, T[]> {
  const out = new Map<MemberId, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}

function latest(dates: readonly Date[]): Date {
  return new Date(Math.max(...dates.map((d) => d.getTime())));
}

/** A rater whose latest rating is at least `trustDrop` below where they were at the start of the window. */
function trustFalling(ratings: readonly TrustRating[], now: number): MaintenanceWarning | undefined {
  const windowStart = now - MAINTENANCE.windowDays * DAY;
  const members: MemberId[] = [];
  const when: Date[] = [];
  for (const [member, list] of byMember(ratings, (r) => r.by)) {
    const inWindow = list.filter((r) => r.at.getTime() > windowStart);
    const last = inWindow.at(-1);
    if (!last) continue;
    const before = list.filter((r) => r.at.getTime() <= windowStart).at(-1);
    const start = before ?? inWindow[0];
    if (!start || start === last) continue;
    if (last.rating <= start.rating - MAINTENANCE.trustDrop) {
      members.push(member);
      when.push(last.at);
    }
  }
  return members.length > 0 ? { kind: "trust_falling", at: latest(when), members, phases: [] } : undefined;
}

/** Someone's most recent promises were missed several times in a row, the last one recently. */
function promisesMissed(outcomes: readonly PromiseOutcome[], now: number): MaintenanceWarning | undefined {
  const windowStart = now - MAINTENANCE.windowDays * DAY;
  const members: MemberId[] = [];
  const when: Date[] = [];
  for (const [member, list] of byMember(outcomes, (o) => o.owner)) {
    let run = 0;
    for (let i = list.length - 1; i >= 0 && list[i]?.outcome === "missed"; i--) run++;
    const last = list.at(-1);
    if (last && run >= MAINTENANCE.missedInARow && last.at.getTime() > windowStart) {
      members.push(member);
      when.push(last.at);
    }
  }
  return members.length > 0 ? { kind: "promises_missed", at: latest(when), members, phases: [] } : undefined;
}

function agreementBreached(
  breaches: readonly AgreementBreach[],
  now: number,
): MaintenanceWarning | undefined {
  const recent = breaches.filter((b) => b.at.getTime() > now - MAINTENANCE.windowDays * DAY);
  if (recent.length === 0) return undefined;
  const members = [...new Set(recent.flatMap((b) => (b.by === undefined ? [] : [b.by])))];
  return { kind: "agreement_breached", at: latest(recent.map((b) => b.at)), members, phases: [] };
}

function phaseReopened(required: readonly PhaseProgress[]): MaintenanceWarning | undefined {
  const reopened = required.filter((p) => p.status === "revisited");
  const dates = reopened.flatMap((p) => (p.reopenedAt ? [p.reopenedAt] : []));
  if (reopened.length === 0 || dates.length === 0) return undefined;
  return { kind: "phase_reopened", at: latest(dates), members: [], phases: reopened.map((p) => p.phase) };
}

/**
 * Whether a space has moved on to keeping things up, and what needs attention there.
 *
 * The rule: a space is in maintenance once every phase in `phasesBeforeMaintenance` has been
 * completed at least once; `since` is when the last of them was (most recently) completed. Once
 * there, a setback doesn't send the two back to the start: it shows as an early warning that
 * suggests a talk, next to the weekly check-in and the monthly review. Warnings look back two
 * weeks: a trust rating that fell by two points or more, two or more missed promises in a row by
 * the same person, a broken agreement, or a required phase that a setback has opened again.
 * Pure: inputs dated after `now` are ignored.
 */
export function maintenanceStatus(inputs: MaintenanceInputs, now: Date): MaintenanceStatus {
  const t = now.getTime();
  const required = phasesBeforeMaintenance.map((id) => inputs.phases.find((p) => p.phase === id));
  const remaining = phasesBeforeMaintenance.filter((_, i) => {
    const p = required[i];
    return !p || p.timesCompleted === 0 || !p.completedAt || p.completedAt.getTime() > t;
  });
  if (remaining.length > 0) return { stage: "repairing", remaining };
  const present = required.filter((p): p is PhaseProgress => p !== undefined);
  const since = latest(present.flatMap((p) => (p.completedAt ? [p.completedAt] : [])));
  const warnings = [
    trustFalling(upTo(inputs.trustRatings, t), t),
    promisesMissed(upTo(inputs.promiseOutcomes, t), t),
    agreementBreached(upTo(inputs.breaches, t), t),
    phaseReopened(present),
  ].filter((w): w is MaintenanceWarning => w !== undefined);
  return {
    stage: "maintaining",
    since,
    checkin: cadence(
      datesUpTo(inputs.checkins, t).at(-1),
      since,
      now,
      (from) => new Date(from.getTime() + MAINTENANCE.checkinEveryDays * DAY),
    ),
    review: cadence(datesUpTo(inputs.reviews, t).at(-1), since, now, (from) =>
      addMonths(from, MAINTENANCE.reviewEveryMonths),
    ),
    warnings,
  };
}

/**
 * The inputs that shared facts already carry: phases, check-ins, promise outcomes and breaches.
 * Reviews and trust ratings come from their own sources.
 */
export function inputsFromFacts(facts: SpaceFacts, now: Date): MaintenanceInputs {
  const promiseOutcomes: PromiseOutcome[] = facts.members.flatMap((m) => [
    ...(m.promisesKept ?? []).map((at) => ({ at, owner: m.id, outcome: "kept" as const })),
    ...(m.promisesMissed ?? []).map((at) => ({ at, owner: m.id, outcome: "missed" as const })),
  ]);
  return {
    phases: derivePhases(facts, now),
    checkins: facts.checkins ?? [],
    promiseOutcomes,
    breaches: (facts.agreements ?? []).flatMap((a) => a.breaches ?? []),
  };
}
