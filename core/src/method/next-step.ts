import type { ReadinessPath } from "../readiness/types.ts";
import type { MemberId, SpaceFacts } from "./facts.ts";
import {
  acknowledge,
  agreements,
  closeness,
  communication,
  consistency,
  forgivenessStep,
  maintain,
  pendingTurns,
  responsibility,
  type Scene,
} from "./next-step-phases.ts";
import type { NextSteps, Waiting } from "./next-step-types.ts";
import { normalize } from "./normalize.ts";
import { derivePhases } from "./progress.ts";
import { toMs } from "./timeline.ts";

export type { NextSteps, Step, Waiting } from "./next-step-types.ts";

const MAX_WAITING = 3;

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
      id: "own_path",
      text: "Walk your own path: a few steps for you alone, whatever the other person does, ending in a decision that is yours.",
    },
    waitingOn,
  };
}

/**
 * The next steps tailored to the path of this member's own readiness result, in their own browser,
 * where the answers are opened: the server never learns the path, so it always sends `nextSteps`
 * as they are. Safety comes first: no repair task, and no word about what the other person hasn't
 * done; someone deciding is given time to decide.
 */
export function forOwnReadinessPath(steps: NextSteps, ownPath: ReadinessPath | null): NextSteps {
  if (ownPath === "safety") {
    return {
      yourNextStep: {
        id: "safety",
        text: "Your safety comes first. The safety page has ideas and places to get help, whenever you want them.",
      },
      waitingOn: [],
    };
  }
  if (ownPath === "deciding") {
    return {
      yourNextStep: {
        id: "deciding",
        text: "Take the time you need to work out what you want. The page on deciding can help you think it through.",
      },
      waitingOn: [],
    };
  }
  return steps;
}

/**
 * What this member could do next, and what is up to the other person. Built only from `facts`,
 * which by contract hold shared facts alone, so nothing private about the other person can show.
 * Their own readiness result is applied in their browser (`forOwnReadinessPath`).
 */
export function nextSteps(facts: SpaceFacts, memberId: MemberId, now: Date): NextSteps {
  const t = toMs(now) ?? Number.NaN;
  const space = normalize(facts, t);
  const me = space.members.find((m) => m.id === memberId);
  if (!me) return { yourNextStep: null, waitingOn: [] };

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
    ...pendingTurns(scene),
  ];
  const yourNextStep = found.find((f) => f.step)?.step ?? null;
  const waitingOn: Waiting[] = [];
  for (const f of found) {
    if (f.waiting && !waitingOn.some((w) => w.id === f.waiting?.id)) waitingOn.push(f.waiting);
  }
  return { yourNextStep, waitingOn: waitingOn.slice(0, MAX_WAITING) };
}
