import type { SpaceTimes } from "./normalize.ts";
import {
  breachSetbacks,
  counted,
  disclosureSetbacks,
  notHeardAnswers,
  notHeardReason,
  type PhaseRule,
  type ReasonDraft,
  saysNotHeard,
} from "./rule-kit.ts";
import { countIn, countUpTo, earliest, firstAfter, type Ms, within } from "./timeline.ts";

/** Talks needed before communication counts as established. */
export const MIN_TALKS = 3;

export const acknowledgeRule: PhaseRule = {
  phase: "acknowledge",
  directional: true,
  setbacks: disclosureSetbacks,
  startedAt: ({ brokeTrust, hurt }) =>
    earliest(brokeTrust.acknowledgments[0], hurt.impactStatements[0], hurt.responses[0]?.at),
  candidates: ({ hurt }, after, upTo) => within(hurt.heard, after, upTo),
  completeAt: ({ hurt }, after, t) => countIn(hurt.heard, after, t) >= 1 && !saysNotHeard(hurt, t),
  withdrawals: ({ hurt }) => notHeardAnswers(hurt),
  progressReasons({ brokeTrust, hurt, space }, after) {
    const reasons: ReasonDraft[] = [
      ...counted(
        "acknowledgment_shared",
        within(brokeTrust.acknowledgments, after, space.now),
        "An acknowledgment has been shared.",
        (n) => `${n} versions of the acknowledgment have been shared.`,
      ),
      ...counted(
        "impact_statement_shared",
        within(hurt.impactStatements, after, space.now),
        "The person who was hurt has shared how it affected them.",
        (n) => `The person who was hurt has shared how it affected them (${n} times).`,
      ),
    ];
    reasons.push(...notHeardReason(hurt, after));
    return reasons;
  },
  completionReasons: ({ hurt }, after) => [
    {
      code: "felt_heard",
      text: "The person who was hurt said the acknowledgment made them feel heard.",
      at: firstAfter(hurt.heard, after),
    },
  ],
};

function activeAt(space: SpaceTimes, t: Ms) {
  return space.agreements.filter(
    (a) => a.activeSince !== undefined && a.activeSince <= t && (a.endedAt === undefined || a.endedAt > t),
  );
}

export const responsibilityRule: PhaseRule = {
  phase: "responsibility",
  directional: true,
  setbacks: (ctx) => [...disclosureSetbacks(ctx), ...breachSetbacks(ctx)],
  startedAt: ({ brokeTrust }) =>
    earliest(brokeTrust.apologies[0], brokeTrust.promisesMade[0], brokeTrust.amendsMade[0]),
  candidates: ({ brokeTrust, hurt, space }, after, upTo) => [
    ...within(brokeTrust.apologies, after, upTo),
    ...within(brokeTrust.promisesMade, after, upTo),
    ...space.agreements.flatMap((a) => (a.activeSince === undefined ? [] : [a.activeSince])),
    ...within(hurt.heard, after, upTo),
  ],
  // The apology is part of the acknowledgment, so the hurt person's answer to it speaks for this too.
  completeAt: ({ brokeTrust, hurt, space }, after, t) =>
    countIn(brokeTrust.apologies, after, t) >= 1 &&
    (countUpTo(brokeTrust.promisesMade, t) >= 1 || activeAt(space, t).length > 0) &&
    !saysNotHeard(hurt, t),
  withdrawals: ({ hurt }) => notHeardAnswers(hurt),
  progressReasons: ({ brokeTrust, hurt, space }, after) => [
    ...counted(
      "apology_shared",
      within(brokeTrust.apologies, after, space.now),
      "An apology has been shared.",
      (n) => `${n} apologies have been shared.`,
    ),
    ...counted(
      "promise_made",
      within(brokeTrust.promisesMade, after, space.now),
      "A promise to change has been made.",
      (n) => `${n} promises to change have been made.`,
    ),
    ...counted(
      "amend_made",
      within(brokeTrust.amendsMade, after, space.now),
      "An amend has been made and confirmed.",
      (n) => `${n} amends have been made and confirmed.`,
    ),
    ...notHeardReason(hurt, after),
  ],
  completionReasons({ brokeTrust }, after, t) {
    const reasons: ReasonDraft[] = [
      {
        code: "apology_shared",
        text: "An apology has been shared.",
        at: firstAfter(brokeTrust.apologies, after),
      },
    ];
    const promises = countUpTo(brokeTrust.promisesMade, t);
    if (promises > 0) {
      reasons.push({ code: "promise_made", text: "A promise to change has been made.", count: promises });
    } else {
      reasons.push({ code: "agreement_active", text: "An agreement is active." });
    }
    return reasons;
  },
};

export const communicationRule: PhaseRule = {
  phase: "communication",
  directional: true,
  setbacks: disclosureSetbacks,
  startedAt: ({ space, hurt }) => earliest(space.talksHeld[0], space.talksPaused[0], hurt.asked[0]),
  candidates: ({ space, brokeTrust }, after, upTo) => [
    ...within(space.talksHeld, after, upTo),
    ...within(brokeTrust.answered, after, upTo),
  ],
  completeAt: ({ space, brokeTrust, hurt }, after, t) =>
    countIn(space.talksHeld, after, t) >= MIN_TALKS &&
    countUpTo(brokeTrust.overdue, t) === 0 &&
    (countUpTo(hurt.asked, t) === 0 || countUpTo(brokeTrust.answered, t) >= 1),
  progressReasons: ({ space, brokeTrust, hurt }, after) => [
    ...counted(
      "talk_held",
      within(space.talksHeld, after, space.now),
      "A talk has been held.",
      (n) => `${n} talks have been held.`,
    ),
    ...counted(
      "talk_paused",
      within(space.talksPaused, after, space.now),
      "A talk was paused for a break, which is part of talking well.",
      (n) => `Talks were paused for a break ${n} times, which is part of talking well.`,
    ),
    ...counted(
      "question_asked",
      within(hurt.asked, after, space.now),
      "A question has been asked.",
      (n) => `${n} questions have been asked.`,
    ),
    ...counted(
      "question_answered",
      within(brokeTrust.answered, after, space.now),
      "A question has been answered.",
      (n) => `${n} questions have been answered.`,
    ),
    ...counted(
      "question_overdue",
      brokeTrust.overdue,
      "A question is waiting past the time agreed for an answer.",
      (n) => `${n} questions are waiting past the time agreed for an answer.`,
    ),
  ],
  completionReasons: ({ space }, after, t) => [
    {
      code: "talks_and_answers",
      text: "Several talks have been held, and no question was left waiting past its agreed time.",
      at: t,
      count: countIn(space.talksHeld, after, t),
    },
  ],
};

/** The latest time both members (re)committed to an agreement, up to `t`. */
function renewedAt(a: SpaceTimes["agreements"][number], t: Ms): Ms | undefined {
  let best = a.activeSince !== undefined && a.activeSince <= t ? a.activeSince : undefined;
  for (const r of a.revisions) if (r <= t && (best === undefined || r > best)) best = r;
  return best;
}

export const agreementsRule: PhaseRule = {
  phase: "agreements",
  directional: false,
  setbacks: breachSetbacks,
  startedAt: ({ space }) => earliest(...space.agreements.map((a) => a.proposedAt)),
  candidates: ({ space }, after, upTo) =>
    space.agreements
      .flatMap((a) => [...(a.activeSince === undefined ? [] : [a.activeSince]), ...a.revisions])
      .filter((t) => t > after && t <= upTo),
  // After a breach, an agreement counts again only once it has been renewed or revised.
  completeAt: ({ space }, after, t) =>
    activeAt(space, t).some((a) => {
      const renewed = renewedAt(a, t);
      return renewed !== undefined && renewed > after;
    }),
  progressReasons({ space }, after) {
    const proposed = space.agreements.map((a) => a.proposedAt).filter((t) => t > after);
    const reasons = counted(
      "agreement_proposed",
      proposed.sort((a, b) => a - b),
      "An agreement has been proposed.",
      (n) => `${n} agreements have been proposed.`,
    );
    const active = activeAt(space, space.now).length;
    if (active > 0) {
      reasons.push({
        code: "agreement_active",
        text:
          active === 1
            ? "An agreement is active, and needs renewing after the last breach."
            : `${active} agreements are active, and need renewing after the last breach.`,
        count: active,
      });
    }
    return reasons;
  },
  completionReasons({ space }, after, t) {
    const renewals = activeAt(space, t)
      .map((a) => renewedAt(a, t))
      .filter((r): r is Ms => r !== undefined && r > after);
    const at = earliest(...renewals);
    return after === Number.NEGATIVE_INFINITY
      ? [{ code: "agreement_active", text: "An agreement is active.", at }]
      : [{ code: "agreement_renewed", text: "An agreement was renewed or revised after the breach.", at }];
  },
};
