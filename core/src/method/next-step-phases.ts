// For each phase, the step a member could take next and what is up to the other person, worked out
// from shared facts and derived progress only.
import { concerns, type Direction } from "./directions.ts";
import type { Step, Waiting } from "./next-step-types.ts";
import { type MemberTimes, memberById, type SpaceTimes } from "./normalize.ts";
import type { PhaseProgress } from "./progress-types.ts";
import { MIN_TALKS } from "./rules-early.ts";
import { CLOSENESS } from "./rules-late.ts";
import { countUpTo, type Ms } from "./timeline.ts";
import type { PhaseId } from "./types.ts";

/** What the step finders look at: the space, the member asking, and the derived progress. */
export interface Scene {
  space: SpaceTimes;
  me: MemberTimes;
  otherJoined: boolean;
  progress: ReadonlyMap<PhaseId, PhaseProgress>;
}

export interface Found {
  step?: Step;
  waiting?: Waiting;
}

/** The latest setback that concerns this direction: new information, and optionally broken agreements. */
function lastSetback(space: SpaceTimes, d: Direction, withBreaches: boolean): Ms {
  let at = Number.NEGATIVE_INFINITY;
  for (const x of space.disclosures) if (concerns(x.about, d.brokeTrust, d.hurt)) at = Math.max(at, x.at);
  if (withBreaches)
    for (const x of space.breaches) if (concerns(x.by, d.brokeTrust, d.hurt)) at = Math.max(at, x.at);
  return at;
}

function myDirections(scene: Scene, phase: PhaseId): { d: Direction; mine: "broke_trust" | "hurt" }[] {
  const p = scene.progress.get(phase);
  const out: { d: Direction; mine: "broke_trust" | "hurt" }[] = [];
  for (const d of p?.directions ?? []) {
    if (d.status === "complete") continue;
    if (d.brokeTrust === scene.me.id) out.push({ d, mine: "broke_trust" });
    if (d.hurt === scene.me.id) out.push({ d, mine: "hurt" });
  }
  return out;
}

export function acknowledge(scene: Scene): Found[] {
  const found: Found[] = [];
  for (const { d, mine } of myDirections(scene, "acknowledge")) {
    const o = memberById(scene.space, d.brokeTrust);
    const h = memberById(scene.space, d.hurt);
    const since = lastSetback(scene.space, d, false);
    const latestAck = o.acknowledgments.filter((t) => t > since).at(-1);
    const latestResponse = h.responses.at(-1);
    const answered =
      latestAck !== undefined && latestResponse !== undefined && latestResponse.at >= latestAck;
    if (mine === "broke_trust") {
      if (latestAck === undefined) {
        found.push({
          step: {
            id: "share_acknowledgment",
            phase: "acknowledge",
            taskId: "acknowledge.name_it",
            tool: "acknowledgment",
            text: "Write down what you did and what it did to them, then share it when it feels honest and complete.",
          },
        });
      } else if (answered && latestResponse.response !== "heard") {
        found.push({
          step: {
            id: "revise_acknowledgment",
            phase: "acknowledge",
            taskId: "acknowledge.revise",
            tool: "acknowledgment",
            text: "Your acknowledgment hasn't fully reached them yet. Ask what was missing, and share a new version when you're ready.",
          },
        });
      } else if (!answered) {
        found.push({
          waiting: {
            id: "acknowledgment_response",
            phase: "acknowledge",
            text: "They haven't said yet how your acknowledgment landed. Take whatever time they need.",
          },
        });
      }
    } else if (latestAck !== undefined && !answered) {
      found.push({
        step: {
          id: "respond_to_acknowledgment",
          phase: "acknowledge",
          taskId: "acknowledge.respond",
          tool: "acknowledgment",
          text: "Their acknowledgment is ready for you. When you've read it, say whether it reached you: heard, partly, or not yet.",
        },
      });
    } else {
      if (h.impactStatements.length === 0) {
        found.push({
          step: {
            id: "share_impact",
            phase: "acknowledge",
            taskId: "acknowledge.impact",
            tool: "impact_statement",
            text: "When you feel ready, put into words how this has affected you. You choose what to share.",
          },
        });
      }
      if (latestAck === undefined) {
        found.push({
          waiting: {
            id: "acknowledgment",
            phase: "acknowledge",
            text: "They haven't shared an acknowledgment of what happened yet.",
          },
        });
      }
    }
  }
  return found;
}

export function responsibility(scene: Scene): Found[] {
  const found: Found[] = [];
  for (const { d, mine } of myDirections(scene, "responsibility")) {
    const o = memberById(scene.space, d.brokeTrust);
    const since = lastSetback(scene.space, d, true);
    const reopened = since > Number.NEGATIVE_INFINITY && o.apologies.length > 0;
    const apologized = o.apologies.some((t) => t > since);
    if (mine === "broke_trust") {
      if (!apologized) {
        found.push({
          step: {
            id: "share_apology",
            phase: "responsibility",
            taskId: "responsibility.apology",
            tool: "apology",
            text: reopened
              ? "After what has happened since, a fresh apology can help. Own it plainly, without excuses."
              : "Write an apology that owns what you did, without excuses, and share it when you're ready.",
          },
        });
      } else if (o.promisesMade.length === 0) {
        found.push({
          step: {
            id: "make_promise",
            phase: "responsibility",
            taskId: "responsibility.commit",
            tool: "promises",
            text: "Commit to one specific change you can keep, so they can see it over time.",
          },
        });
      }
    } else if (o.apologies.length === 0) {
      found.push({
        waiting: { id: "apology", phase: "responsibility", text: "They haven't shared an apology yet." },
      });
    }
  }
  return found;
}

/** Shown to whoever owes an answer, from the phase rules and from the pending turns alike. */
const answerQuestionsStep = {
  id: "answer_questions",
  phase: "communication",
  taskId: "communication.answer",
  tool: "questions",
  text: "A question is waiting for your answer. Answer it honestly, or tell them when you will.",
} as const;

export function communication(scene: Scene): Found[] {
  const found: Found[] = [];
  const mine = myDirections(scene, "communication");
  for (const { d, mine: side } of mine) {
    const o = memberById(scene.space, d.brokeTrust);
    const h = memberById(scene.space, d.hurt);
    if (side === "broke_trust" && o.overdue.length > 0) {
      found.push({ step: answerQuestionsStep });
    }
    if (side === "hurt" && h.asked.length === 0) {
      found.push({
        step: {
          id: "ask_questions",
          phase: "communication",
          taskId: "communication.ask",
          tool: "questions",
          text: "If there are things you need to know, write your questions down and ask them at your own pace.",
        },
      });
    }
    if (side === "hurt" && o.overdue.length > 0) {
      found.push({
        waiting: {
          id: "answers",
          phase: "communication",
          text: "A question you asked is still waiting for an answer past the agreed time.",
        },
      });
    }
  }
  if (mine.length > 0 && countUpTo(scene.space.talksHeld, scene.space.now) < MIN_TALKS) {
    found.push({
      step: {
        id: "hold_talk",
        phase: "communication",
        taskId: "communication.ground_rules",
        tool: "talks",
        text: "Plan a short talk: a calm time, a time limit, and a break whenever either of you needs one.",
      },
    });
  }
  return found;
}

export function agreements(scene: Scene): Found[] {
  const p = scene.progress.get("agreements");
  if (!p || p.status === "complete") return [];
  if (p.status === "revisited" || scene.space.breaches.length > 0) {
    return [
      {
        step: {
          id: "renew_agreement",
          phase: "agreements",
          taskId: "agreements.review",
          tool: "agreements",
          text: "An agreement was broken. When you're both ready, talk it through and renew or revise it together.",
        },
      },
    ];
  }
  if (scene.space.agreements.length === 0) {
    return [
      {
        step: {
          id: "propose_agreement",
          phase: "agreements",
          taskId: "agreements.draft",
          tool: "agreements",
          text: "Think about what would help you feel safer, and propose a first agreement.",
        },
      },
    ];
  }
  // A proposal is answered by the other member; the proposer's wait shows among the pending items.
  if (!scene.space.agreements.some((a) => a.pendingProposal && a.pendingProposal.by !== scene.me.id))
    return [];
  return [
    {
      step: {
        id: "review_agreement",
        phase: "agreements",
        taskId: "agreements.draft",
        tool: "agreements",
        text: "An agreement is waiting to be accepted. Read it, and accept it, suggest changes, or say no.",
      },
    },
  ];
}

/**
 * What waits on one member's turn in the shared tools, whatever the phases say: questions and
 * follow-ups to answer, answers to review, proposals to answer. A phase being done doesn't make a
 * question stop waiting, so these never depend on progress.
 */
export function pendingTurns(scene: Scene): Found[] {
  const found: Found[] = [];
  const other = scene.space.members.find((m) => m.id !== scene.me.id);
  const mine = scene.me.awaitingAnswer;
  if (mine.some((q) => q.followUp)) {
    found.push({
      step: {
        id: "answer_follow_up",
        phase: "communication",
        taskId: "communication.answer",
        tool: "questions",
        text: "They asked for more on a question you answered. Add what was missing, or tell them when you will.",
      },
    });
  } else if (mine.length > 0) {
    found.push({ step: answerQuestionsStep });
  }
  if (other) {
    if (other.awaitingAnswer.some((q) => q.followUp)) {
      found.push({
        waiting: {
          id: "follow_up",
          phase: "communication",
          text: "You asked them for more on a question. Their answer to your follow-up is still to come.",
        },
      });
    }
    if (other.awaitingAnswer.some((q) => !q.followUp) && other.overdue.length === 0) {
      found.push({
        waiting: {
          id: "question_answer",
          phase: "communication",
          text: "A question you asked is waiting for their answer.",
        },
      });
    }
    if (other.awaitingReview.length > 0) {
      found.push({
        waiting: {
          id: "answer_review",
          phase: "communication",
          text: "They haven't said yet whether your answer was enough. That can take time.",
        },
      });
    }
  }
  if (scene.space.agreements.some((a) => a.pendingProposal?.by === scene.me.id)) {
    found.push({
      waiting: {
        id: "agreement_answer",
        phase: "agreements",
        text: "Something you proposed about an agreement is waiting for their answer.",
      },
    });
  }
  return found;
}

export function consistency(scene: Scene): Found[] {
  const found: Found[] = [];
  for (const { d, mine } of myDirections(scene, "consistency")) {
    if (mine !== "broke_trust") continue;
    const o = memberById(scene.space, d.brokeTrust);
    found.push({
      step:
        o.promisesMade.length === 0
          ? {
              id: "make_promise",
              phase: "consistency",
              taskId: "consistency.small_promises",
              tool: "promises",
              text: "Make one small, specific promise you're sure you can keep.",
            }
          : {
              id: "keep_promises",
              phase: "consistency",
              taskId: "consistency.small_promises",
              tool: "promises",
              text: "Keep the promises you've made. If you miss one, say so yourself.",
            },
    });
  }
  return found;
}

// Never a "waiting" item for forgiveness: showing someone that the other hasn't forgiven them yet
// would turn a personal choice into an obligation.
export function forgivenessStep(scene: Scene): Found[] {
  if (!hasBeenComplete(scene, "acknowledge")) return [];
  const mine = myDirections(scene, "forgiveness").some((x) => x.mine === "hurt");
  if (!mine) return [];
  return [
    {
      step: {
        id: "forgiveness",
        phase: "forgiveness",
        taskId: "forgiveness.steps",
        tool: "forgiveness",
        text: "If and when you want to, the forgiveness steps can help you let go at your own pace. Forgiving doesn't oblige you to stay.",
      },
    },
  ];
}

export function closeness(scene: Scene): Found[] {
  const p = scene.progress.get("closeness");
  if (!p || p.status === "complete" || !hasBeenComplete(scene, "acknowledge") || !scene.otherJoined)
    return [];
  if (scene.me.appreciations.length < CLOSENESS.minAppreciationsEach) {
    return [
      {
        step: {
          id: "share_appreciation",
          phase: "closeness",
          taskId: "closeness.appreciate",
          tool: "appreciations",
          text: "Tell them about one small thing you noticed and valued recently.",
        },
      },
    ];
  }
  return [
    {
      step: {
        id: "time_together",
        phase: "closeness",
        taskId: "closeness.time",
        tool: "time_together",
        text: "Plan some time just for the two of you, at a pace that feels right.",
      },
    },
  ];
}

export function maintain(scene: Scene): Found[] {
  if (!hasBeenComplete(scene, "consistency") && !hasBeenComplete(scene, "closeness")) return [];
  const p = scene.progress.get("maintain");
  const text =
    p?.status === "complete"
      ? "Keep up your check-ins, and bring up worries while they're still small."
      : "Set a regular time to check in with each other about how things are.";
  return [
    { step: { id: "checkin", phase: "maintain", taskId: "maintain.checkins", tool: "checkins", text } },
  ];
}

export function hasBeenComplete(scene: Scene, phase: PhaseId): boolean {
  return (scene.progress.get(phase)?.timesCompleted ?? 0) > 0;
}
