import type { RepairRole } from "../spaces/roles.ts";
import { type SoloSeriesId, soloSeries } from "./series.ts";

/**
 * The steps of the path for one person alone. It aims at the person's own footing and at a clear
 * decision, not at the relationship: working alone helps the one doing the work, and Mend says so.
 */
export const soloStepIds = [
  "timeline",
  "support",
  "self_trust",
  "how_it_happened",
  "acknowledgment",
  "own_amends",
  "self_forgiveness",
  "decide",
] as const;
export type SoloStepId = (typeof soloStepIds)[number];

const hurtSteps: SoloStepId[] = ["timeline", "support", "self_trust", "decide"];
const brokeTrustSteps: SoloStepId[] = [
  "how_it_happened",
  "acknowledgment",
  "own_amends",
  "self_forgiveness",
  "decide",
];

export function soloStepsFor(role: RepairRole): SoloStepId[] {
  if (role === "hurt") return hurtSteps;
  if (role === "broke_trust") return brokeTrustSteps;
  // A mutual breach: both sets, with one decision at the end.
  return [...hurtSteps.filter((s) => s !== "decide"), ...brokeTrustSteps];
}

/** What the person has of their own, counted on the server from their entries only. */
export interface SoloWork {
  timelineEntries: number;
  supporters: number;
  amends: number;
  amendsDone: number;
  answered: Readonly<Record<SoloSeriesId, number>>;
  /** An acknowledgment draft or version of their own exists. */
  acknowledgmentStarted: boolean;
  decisions: number;
}

export interface SoloStep {
  id: SoloStepId;
  done: boolean;
  progress: { done: number; of: number } | null;
}

function seriesStep(id: SoloSeriesId, work: SoloWork): SoloStep {
  const of = soloSeries[id].prompts.length;
  const done = Math.min(work.answered[id], of);
  return { id, done: done === of, progress: { done, of } };
}

/** Each step's state: done once there is something real in it (every prompt, for a series). */
export function soloSteps(role: RepairRole, work: SoloWork): SoloStep[] {
  return soloStepsFor(role).map((id): SoloStep => {
    switch (id) {
      case "timeline":
        return { id, done: work.timelineEntries > 0, progress: null };
      case "support":
        return { id, done: work.supporters > 0, progress: null };
      case "acknowledgment":
        return { id, done: work.acknowledgmentStarted, progress: null };
      case "own_amends":
        return {
          id,
          done: work.amendsDone > 0,
          progress: work.amends > 0 ? { done: work.amendsDone, of: work.amends } : null,
        };
      case "decide":
        return { id, done: work.decisions > 0, progress: null };
      default:
        return seriesStep(id, work);
    }
  });
}

export interface SoloStepText {
  title: string;
  about: string;
}

export const soloStepTexts: Readonly<Record<SoloStepId, SoloStepText>> = {
  timeline: {
    title: "Make sense of what happened",
    about:
      "A private timeline: what you know for sure, and what you still need to find out. Gaps are normal; naming them is a step.",
  },
  support: {
    title: "Your people",
    about: "Who you can lean on and how to reach them, so the list is there on a hard day.",
  },
  self_trust: { title: soloSeries.self_trust.title, about: soloSeries.self_trust.about },
  how_it_happened: { title: soloSeries.how_it_happened.title, about: soloSeries.how_it_happened.about },
  acknowledgment: {
    title: "Practise the acknowledgment",
    about:
      "Write what you did and what it did to them, and let the coach point out excuses, blame or minimising. It stays a private draft until you share it.",
  },
  own_amends: {
    title: "Amends you can make on your own",
    about:
      "Things you can put right without anyone's agreement: paying back, owning up to someone else you misled, ending what needs ending. Mark each one when it's done.",
  },
  self_forgiveness: { title: soloSeries.self_forgiveness.title, about: soloSeries.self_forgiveness.about },
  decide: {
    title: "Decide what you want",
    about:
      "Carry on as things are, step away, or commit to a set time of repair. Record your decision and a date to look at it again.",
  },
};

/** Said plainly on the path page: what working alone can and cannot do. */
export const soloHonesty =
  "Working on your own can steady you and make your next choice clearer. It can't repair the relationship by itself: that takes both people. Everything here is yours alone, and nothing moves to the other person unless you share it.";
