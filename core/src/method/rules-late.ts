import {
  breachSetbacks,
  counted,
  disclosureSetbacks,
  type PhaseRule,
  type ReasonDraft,
  type Setback,
} from "./rule-kit.ts";
import { countIn, DAY, earliest, firstAfter, type Ms, within } from "./timeline.ts";

export const CONSISTENCY = { minKept: 10, minDays: 60, keptPerMissed: 4 } as const;
export const CLOSENESS = { minAppreciationsEach: 3, minActivities: 4, minDays: 30 } as const;
export const MAINTAIN = { minCheckins: 6, minDays: 90, maxGapDays: 60 } as const;

/**
 * Whether the events in (after, t] are spread over at least `days`. Measured between events rather
 * than up to `t`, so a burst of activity followed by silence doesn't count as steadiness.
 */
function spreadOver(sorted: readonly Ms[], after: Ms, t: Ms, days: number): boolean {
  const first = firstAfter(sorted, after);
  const lastOne = within(sorted, after, t).at(-1);
  return first !== undefined && lastOne !== undefined && lastOne - first >= days * DAY;
}

export const consistencyRule: PhaseRule = {
  phase: "consistency",
  directional: true,
  setbacks: (ctx) => [...disclosureSetbacks(ctx), ...breachSetbacks(ctx)],
  startedAt: ({ brokeTrust }) => earliest(brokeTrust.kept[0], brokeTrust.missed[0]),
  candidates: ({ brokeTrust }, after, upTo) => [...within(brokeTrust.kept, after, upTo)],
  completeAt({ brokeTrust }, after, t) {
    const kept = countIn(brokeTrust.kept, after, t);
    const missed = countIn(brokeTrust.missed, after, t);
    return (
      kept >= CONSISTENCY.minKept &&
      kept >= CONSISTENCY.keptPerMissed * missed &&
      spreadOver(brokeTrust.kept, after, t, CONSISTENCY.minDays)
    );
  },
  progressReasons: ({ brokeTrust, space }, after) => [
    ...counted(
      "promise_kept",
      within(brokeTrust.kept, after, space.now),
      "A promise has been kept.",
      (n) => `${n} promises have been kept.`,
    ),
    ...counted(
      "promise_missed",
      within(brokeTrust.missed, after, space.now),
      "A promise was missed.",
      (n) => `${n} promises were missed.`,
    ),
  ],
  completionReasons: ({ brokeTrust }, after, t) => [
    {
      code: "consistency_record",
      text: "Promises have been kept steadily for two months or more.",
      at: t,
      count: countIn(brokeTrust.kept, after, t),
    },
  ],
};

// A breach of an agreement does not reopen forgiveness: forgiveness already given was a choice about
// the past. Something new coming to light does, since what was forgiven may not have been the whole story.
export const forgivenessRule: PhaseRule = {
  phase: "forgiveness",
  directional: true,
  setbacks: disclosureSetbacks,
  startedAt: ({ hurt }) => hurt.forgivenessSteps[0],
  candidates: ({ hurt }, after, upTo) => within(hurt.choseToForgive, after, upTo),
  completeAt: ({ hurt }, after, t) => countIn(hurt.choseToForgive, after, t) >= 1,
  progressReasons: ({ hurt, space }, after) =>
    counted(
      "forgiveness_step",
      within(hurt.forgivenessSteps, after, space.now),
      "The person who was hurt has shared a step of their forgiveness.",
      (n) => `The person who was hurt has shared ${n} steps of their forgiveness.`,
    ),
  completionReasons: ({ hurt }, after) => [
    {
      code: "chose_to_forgive",
      text: "The person who was hurt has shared that they choose to forgive.",
      at: firstAfter(hurt.choseToForgive, after),
    },
  ],
};

// Setbacks don't undo closeness already regained; the earlier phases are where a setback is worked
// through, and showing closeness as lost would only add to the hurt.
export const closenessRule: PhaseRule = {
  phase: "closeness",
  directional: false,
  setbacks: () => [],
  startedAt: ({ space }) => earliest(space.closeness[0], ...space.members.map((m) => m.appreciations[0])),
  candidates: ({ space }, after, upTo) => [
    ...within(space.closeness, after, upTo),
    ...space.members.flatMap((m) => within(m.appreciations, after, upTo)),
  ],
  completeAt: ({ space }, after, t) =>
    space.members.length === 2 &&
    space.members.every((m) => countIn(m.appreciations, after, t) >= CLOSENESS.minAppreciationsEach) &&
    countIn(space.closeness, after, t) >= CLOSENESS.minActivities &&
    spreadOver(space.closeness, after, t, CLOSENESS.minDays),
  progressReasons: ({ space }, after) => [
    ...counted(
      "appreciation_shared",
      space.members.flatMap((m) => within(m.appreciations, after, space.now)).sort((a, b) => a - b),
      "An appreciation has been shared.",
      (n) => `${n} appreciations have been shared.`,
    ),
    ...counted(
      "time_together",
      within(space.closeness, after, space.now),
      "Time together has been recorded once.",
      (n) => `Time together has been recorded ${n} times.`,
    ),
  ],
  completionReasons: ({ space }, after, t) => [
    {
      code: "closeness_record",
      text: "Both of you have shared appreciations, and you have spent time together over a month or more.",
      at: t,
      count: countIn(space.closeness, after, t),
    },
  ],
};

/** Each stretch of more than two months without a check-in, dated when it passed two months. */
function lapses(checkins: readonly Ms[], now: Ms): Setback[] {
  const gap = MAINTAIN.maxGapDays * DAY;
  const out: Setback[] = [];
  for (let i = 0; i < checkins.length; i++) {
    const at = checkins[i] as Ms;
    const next = checkins[i + 1] ?? now;
    if (next - at > gap) out.push({ at: at + gap, kind: "lapse" });
  }
  return out;
}

export const maintainRule: PhaseRule = {
  phase: "maintain",
  directional: false,
  setbacks: (ctx) => [
    ...disclosureSetbacks(ctx),
    ...breachSetbacks(ctx),
    ...lapses(ctx.space.checkins, ctx.space.now),
  ],
  startedAt: ({ space }) => space.checkins[0],
  candidates: ({ space }, after, upTo) => within(space.checkins, after, upTo),
  completeAt: ({ space }, after, t) =>
    countIn(space.checkins, after, t) >= MAINTAIN.minCheckins &&
    spreadOver(space.checkins, after, t, MAINTAIN.minDays),
  progressReasons: ({ space }, after): ReasonDraft[] =>
    counted(
      "checkin_held",
      within(space.checkins, after, space.now),
      "A check-in has been held.",
      (n) => `${n} check-ins have been held.`,
    ),
  completionReasons: ({ space }, after, t) => [
    {
      code: "checkin_rhythm",
      text: "Check-ins have been held regularly for three months or more.",
      at: t,
      count: countIn(space.checkins, after, t),
    },
  ],
};
