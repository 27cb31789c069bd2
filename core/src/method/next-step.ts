import type { ReadinessPath } from "../readiness/types.ts";
import { concerns, type Direction } from "./directions.ts";
import type { MemberId, SpaceFacts } from "./facts.ts";
import { type MemberTimes, memberById, normalize, type SpaceTimes } from "./normalize.ts";
import { derivePhases } from "./progress.ts";
import type { PhaseProgress } from "./progress-types.ts";
import { MIN_TALKS } from "./rules-early.ts";
import { CLOSENESS } from "./rules-late.ts";
import { countUpTo, type Ms, toMs } from "./timeline.ts";
import type { ToolId } from "./tools.ts";
import type { PhaseId } from "./types.ts";

export interface Step {
  /** Stable, so the web can word or link it differently. */
  id: string;
  text: string;
  phase?: PhaseId;
  /** The method task this step comes from. */
  taskId?: string;
  tool?: ToolId;
}

export interface Waiting {
  id: string;
  text: string;
  phase?: PhaseId;
}

export interface NextSteps {
  /** The one thing worth doing next, or null when there is nothing for this member to do right now. */
  yourNextStep: Step | null;
  /** What the other person could do next, worded without pressure. Never more than three items. */
  waitingOn: Waiting[];
}

export interface NextStepOptions {
  /**
   * The path of this member's own readiness result, if they took the check. It is their own private
   * result, so using it here reveals nothing about the other person.
   */
  ownReadinessPath?: ReadinessPath;
}

const MAX_WAITING = 3;

interface Scene {
  space: SpaceTimes;
  me: MemberTimes;
  otherJoined: boolean;
  progress: ReadonlyMap<PhaseId, PhaseProgress>;
}

interface Found {
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

function acknowledge(scene: Scene): Found[] {
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

function responsibility(scene: Scene): Found[] {
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

function communication(scene: Scene): Found[] {
  const found: Found[] = [];
  const mine = myDirections(scene, "communication");
  for (const { d, mine: side } of mine) {
    const o = memberById(scene.space, d.brokeTrust);
    const h = memberById(scene.space, d.hurt);
    if (side === "broke_trust" && o.overdue.length > 0) {
      found.push({
        step: {
          id: "answer_questions",
          phase: "communication",
          taskId: "communication.answer",
          tool: "questions",
          text: "A question is waiting for your answer. Answer it honestly, or tell them when you will.",
        },
      });
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

function agreements(scene: Scene): Found[] {
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

function consistency(scene: Scene): Found[] {
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
function forgivenessStep(scene: Scene): Found[] {
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

function closeness(scene: Scene): Found[] {
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

function maintain(scene: Scene): Found[] {
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

function hasBeenComplete(scene: Scene, phase: PhaseId): boolean {
  return (scene.progress.get(phase)?.timesCompleted ?? 0) > 0;
}

function solo(scene: Scene): NextSteps {
  const role = scene.me.role;
  const waitingOn: Waiting[] = [
    {
      id: "other_to_join",
      text: "The other person hasn't joined yet. What you write stays private until you choose to share it.",
    },
  ];
  if (role !== "hurt" && scene.me.acknowledgments.length === 0) {
    return {
      yourNextStep: {
        id: "draft_acknowledgment",
        phase: "acknowledge",
        taskId: "acknowledge.name_it",
        tool: "acknowledgment",
        text: "Start writing down what you did and what it did to them. It stays private until you decide to share it.",
      },
      waitingOn,
    };
  }
  if (role !== "broke_trust" && scene.me.impactStatements.length === 0) {
    return {
      yourNextStep: {
        id: "draft_impact",
        phase: "acknowledge",
        taskId: "acknowledge.impact",
        tool: "impact_statement",
        text: "If it helps, write down for yourself how this has affected you. You can decide later what to share.",
      },
      waitingOn,
    };
  }
  return {
    yourNextStep: {
      id: "read_method",
      text: "Read through the steps ahead, so you know what repair can involve and how long it tends to take.",
    },
    waitingOn,
  };
}

/**
 * What this member could do next, and what is up to the other person. Built only from `facts`,
 * which by contract hold shared facts alone, so nothing private about the other person can show.
 */
export function nextSteps(
  facts: SpaceFacts,
  memberId: MemberId,
  now: Date,
  options: NextStepOptions = {},
): NextSteps {
  const t = toMs(now) ?? Number.NaN;
  const space = normalize(facts, t);
  const me = space.members.find((m) => m.id === memberId);
  if (!me) return { yourNextStep: null, waitingOn: [] };

  // Safety first: no repair task, and no word about what the other person hasn't done.
  if (options.ownReadinessPath === "safety") {
    return {
      yourNextStep: {
        id: "safety",
        text: "Your safety comes first. The safety page has ideas and places to get help, whenever you want them.",
      },
      waitingOn: [],
    };
  }
  if (me.readiness.length === 0) {
    return {
      yourNextStep: {
        id: "readiness_check",
        phase: "acknowledge",
        taskId: "acknowledge.readiness",
        text: "Start with the private readiness check. It's just for you; the other person only sees that you took it.",
      },
      waitingOn: [],
    };
  }
  if (options.ownReadinessPath === "deciding") {
    return {
      yourNextStep: {
        id: "deciding",
        text: "Take the time you need to work out what you want. The page on deciding can help you think it through.",
      },
      waitingOn: [],
    };
  }

  const otherJoined = space.members.some((m) => m.id !== memberId);
  const progress = new Map(derivePhases(facts, now).map((p) => [p.phase, p]));
  const scene: Scene = { space, me, otherJoined, progress };
  if (!otherJoined) return solo(scene);

  const found = [
    ...acknowledge(scene),
    ...responsibility(scene),
    ...communication(scene),
    ...agreements(scene),
    ...consistency(scene),
    ...forgivenessStep(scene),
    ...closeness(scene),
    ...maintain(scene),
  ];
  const yourNextStep = found.find((f) => f.step)?.step ?? null;
  const waitingOn: Waiting[] = [];
  for (const f of found) {
    if (f.waiting && !waitingOn.some((w) => w.id === f.waiting?.id)) waitingOn.push(f.waiting);
  }
  return { yourNextStep, waitingOn: waitingOn.slice(0, MAX_WAITING) };
}
