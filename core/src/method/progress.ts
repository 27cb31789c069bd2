import { type Direction, directionsOf } from "./directions.ts";
import type { SpaceFacts } from "./facts.ts";
import { normalize, type SpaceTimes } from "./normalize.ts";
import type { DirectionProgress, PhaseProgress, PhaseStatus, Reason } from "./progress-types.ts";
import { contextFor, type PhaseRule, type ReasonDraft, type RuleContext, type Setback } from "./rule-kit.ts";
import { acknowledgeRule, agreementsRule, communicationRule, responsibilityRule } from "./rules-early.ts";
import { closenessRule, consistencyRule, forgivenessRule, maintainRule } from "./rules-late.ts";
import { type Ms, toMs } from "./timeline.ts";

/** In method order, one rule per phase. */
export const phaseRules: readonly PhaseRule[] = [
  acknowledgeRule,
  responsibilityRule,
  communicationRule,
  agreementsRule,
  consistencyRule,
  forgivenessRule,
  closenessRule,
  maintainRule,
];

/** A span during which a phase counted as complete; `to` is the setback that reopened it. */
interface Interval {
  from: Ms;
  to?: Ms;
  /** Start of the stretch between setbacks in which it was completed. */
  after: Ms;
}

interface Evaluation {
  intervals: Interval[];
  startedAt?: Ms;
  setbacks: Setback[];
}

const NEVER = Number.NEGATIVE_INFINITY;

function evaluate(rule: PhaseRule, ctx: RuleContext): Evaluation {
  const now = ctx.space.now;
  const setbacks = rule
    .setbacks(ctx)
    .filter((s) => s.at <= now)
    .sort((a, b) => a.at - b.at);
  const bounds = [...new Set(setbacks.map((s) => s.at))];
  const withdrawals = (rule.withdrawals?.(ctx) ?? []).filter((t) => t <= now).sort((a, b) => a - b);
  const intervals: Interval[] = [];
  let after = NEVER;
  for (let i = 0; i <= bounds.length; i++) {
    const to = bounds[i];
    const upTo = to ?? now;
    const candidates = rule
      .candidates(ctx, after, upTo)
      .filter((t) => t > after && t <= upTo)
      .sort((a, b) => a - b);
    // Within a stretch a completion lasts until the person's own answer withdraws it; it can then
    // come back once the rule holds again.
    let from = candidates.find((t) => rule.completeAt(ctx, after, t));
    while (from !== undefined) {
      const start = from;
      // A setback at the same moment ends the completion anyway.
      const withdrawn = withdrawals.find((w) => w > start && (to === undefined ? w <= upTo : w < upTo));
      if (withdrawn === undefined) {
        intervals.push(to === undefined ? { from: start, after } : { from: start, to, after });
        break;
      }
      intervals.push({ from: start, to: withdrawn, after });
      from = candidates.find((t) => t > withdrawn && rule.completeAt(ctx, after, t));
    }
    if (to !== undefined) after = to;
  }
  const startedAt = rule.startedAt(ctx);
  return { intervals, setbacks, ...(startedAt !== undefined && startedAt <= now ? { startedAt } : {}) };
}

const date = (t: Ms | undefined) => (t === undefined || !Number.isFinite(t) ? undefined : new Date(t));

function toReason(draft: ReasonDraft, direction?: Direction): Reason {
  const at = date(draft.at);
  return {
    code: draft.code,
    text: draft.text,
    ...(at ? { at } : {}),
    ...(draft.count === undefined ? {} : { count: draft.count }),
    ...(direction ? { direction } : {}),
  };
}

function setbackReason(setback: Setback, wasComplete: boolean): ReasonDraft {
  const when = wasComplete ? "after this was complete" : "since this began";
  switch (setback.kind) {
    case "disclosure":
      return {
        code: "reopened_by_disclosure",
        text: `Something new came to light ${when}. Coming back to earlier steps is a normal part of repair.`,
        at: setback.at,
      };
    case "breach":
      return {
        code: "reopened_by_breach",
        text: `An agreement was broken ${when}. Setbacks like this are common, and the work done so far still counts.`,
        at: setback.at,
      };
    case "lapse":
      return {
        code: "reopened_by_lapse",
        text: "More than two months passed without a check-in. Picking them up again is all it takes.",
        at: setback.at,
      };
  }
}

function statusOf(intervals: readonly Interval[], startedAt: Ms | undefined): PhaseStatus {
  const lastInterval = intervals[intervals.length - 1];
  if (lastInterval) return lastInterval.to === undefined ? "complete" : "revisited";
  return startedAt === undefined ? "not_started" : "under_way";
}

function describe(rule: PhaseRule, ctx: RuleContext, ev: Evaluation): ReasonDraft[] {
  const status = statusOf(ev.intervals, ev.startedAt);
  const lastInterval = ev.intervals[ev.intervals.length - 1];
  const lastSetback = ev.setbacks[ev.setbacks.length - 1];
  const since = lastSetback?.at ?? NEVER;
  switch (status) {
    case "not_started":
      return [{ code: "nothing_yet", text: "Nothing has been shared for this step yet." }];
    case "complete":
      return lastInterval ? rule.completionReasons(ctx, lastInterval.after, lastInterval.from) : [];
    case "revisited": {
      if (!lastInterval) return [];
      const reopener = ev.setbacks.find((s) => s.at === lastInterval.to);
      return [
        { code: "was_complete", text: "This step was complete before.", at: lastInterval.from },
        ...(reopener ? [setbackReason(reopener, true)] : []),
        ...rule.progressReasons(ctx, since),
      ];
    }
    case "under_way": {
      // A setback at the very moment the phase started still explains why nothing counts yet.
      const reopened = lastSetback && ev.startedAt !== undefined && lastSetback.at >= ev.startedAt;
      return [...(reopened ? [setbackReason(lastSetback, false)] : []), ...rule.progressReasons(ctx, since)];
    }
  }
}

function core(intervals: readonly Interval[], startedAt: Ms | undefined, reasons: Reason[]) {
  const status = statusOf(intervals, startedAt);
  const lastInterval = intervals[intervals.length - 1];
  const started = date(startedAt);
  const completed = date(lastInterval?.from);
  const reopened = date(lastInterval?.to);
  return {
    status,
    reasons,
    ...(started ? { startedAt: started } : {}),
    ...(completed ? { completedAt: completed } : {}),
    ...(reopened ? { reopenedAt: reopened } : {}),
    timesCompleted: intervals.length,
  };
}

/** The spans during which every direction was complete at once. */
function intersect(lists: readonly (readonly Interval[])[]): Interval[] {
  const [first, ...rest] = lists;
  if (!first) return [];
  let acc: Interval[] = [...first];
  for (const list of rest) {
    const next: Interval[] = [];
    for (const a of acc) {
      for (const b of list) {
        const from = Math.max(a.from, b.from);
        const aTo = a.to ?? Number.POSITIVE_INFINITY;
        const bTo = b.to ?? Number.POSITIVE_INFINITY;
        const to = Math.min(aTo, bTo);
        if (from > to) continue;
        const after = Math.max(a.after, b.after);
        next.push(to === Number.POSITIVE_INFINITY ? { from, after } : { from, to, after });
      }
    }
    acc = next.sort((x, y) => x.from - y.from);
  }
  return acc;
}

function directionalProgress(rule: PhaseRule, space: SpaceTimes): PhaseProgress {
  const directions = directionsOf(space.members);
  const evaluated = directions.map((direction) => {
    const ctx = contextFor(space, direction);
    const ev = evaluate(rule, ctx);
    const reasons = describe(rule, ctx, ev).map((r) => toReason(r, direction));
    const progress: DirectionProgress = { ...direction, ...core(ev.intervals, ev.startedAt, reasons) };
    return { ev, progress };
  });
  const intervals = intersect(evaluated.map((e) => e.ev.intervals));
  const started = evaluated
    .map((e) => e.ev.startedAt)
    .filter((t): t is Ms => t !== undefined)
    .sort((a, b) => a - b)[0];
  const reasons = evaluated.flatMap((e) => e.progress.reasons);
  return {
    phase: rule.phase,
    ...core(intervals, started, reasons.length > 0 ? reasons : [toReason(nothingYet)]),
    directions: evaluated.map((e) => e.progress),
  };
}

const nothingYet: ReasonDraft = { code: "nothing_yet", text: "Nothing has been shared for this step yet." };

function sharedProgress(rule: PhaseRule, space: SpaceTimes): PhaseProgress {
  const ctx = contextFor(space);
  const ev = evaluate(rule, ctx);
  const reasons = describe(rule, ctx, ev).map((r) => toReason(r));
  return { phase: rule.phase, ...core(ev.intervals, ev.startedAt, reasons), directions: [] };
}

/**
 * Where a space stands in each phase, derived only from the evidence in `facts` as of `now`: there is
 * no "next" button to press. Phases overlap, and a setback reopens phases that were complete
 * ("revisited") while keeping the date they were completed. Pure and deterministic: the same facts
 * and `now` give the same result.
 */
export function derivePhases(facts: SpaceFacts, now: Date): PhaseProgress[] {
  const t = toMs(now) ?? Number.NaN;
  const space = normalize(facts, t);
  return phaseRules.map((rule) =>
    rule.directional ? directionalProgress(rule, space) : sharedProgress(rule, space),
  );
}
