import type { RelationshipKind } from "../spaces/contract.ts";
import { wordsFor } from "../spaces/relationship-words.ts";

export const ladderAnswers = ["yes", "maybe_later", "no"] as const;
export type LadderAnswer = (typeof ladderAnswers)[number];

export const ladderAnswerLabels: Record<LadderAnswer, string> = {
  yes: "Yes, I'd like this",
  maybe_later: "Maybe later",
  no: "Not for me",
};

export const ladderKinds = ["romantic", "non_romantic"] as const;
export type LadderKind = (typeof ladderKinds)[number];

export interface LadderStep {
  /** Stable: answers are stored against it. Unique across both ladders. */
  id: string;
  title: string;
  detail: string;
}

/** For partners: physical closeness, starting small. */
export const romanticLadder: readonly LadderStep[] = [
  { id: "sit_close", title: "Sitting close", detail: "Side by side on the sofa, shoulders touching." },
  { id: "hold_hands", title: "Holding hands", detail: "On a walk, or while you talk." },
  { id: "hug", title: "A hug", detail: "A real one, held for a few breaths." },
  { id: "cuddle", title: "Lying close", detail: "Resting together, just being near." },
  { id: "kiss", title: "A kiss", detail: "Whatever kind feels right to both of you." },
  { id: "share_bed", title: "Sleeping in the same bed", detail: "Falling asleep next to each other again." },
  { id: "intimacy", title: "Sexual intimacy", detail: "Being intimate again, at a pace you both choose." },
];

/** For family and friends: closeness that isn't romantic, starting small. */
export const nonRomanticLadder: readonly LadderStep[] = [
  { id: "spend_time", title: "Spending time together", detail: "An hour together, with no agenda." },
  { id: "regular_contact", title: "Being in touch regularly", detail: "A message or a call most weeks." },
  { id: "share_meal", title: "Sharing a meal", detail: "Eating together, at home or out." },
  { id: "friendly_hug", title: "A hug", detail: "Hello and goodbye, the way you used to." },
  {
    id: "share_personal",
    title: "Sharing something personal",
    detail: "Telling each other about something that matters to you right now.",
  },
  {
    id: "ask_support",
    title: "Leaning on each other",
    detail: "Asking for help or comfort when you need it.",
  },
  { id: "plan_ahead", title: "Making plans for later on", detail: "Something to look forward to together." },
];

export function ladderKindFor(relationship: RelationshipKind): LadderKind {
  return wordsFor(relationship).romantic ? "romantic" : "non_romantic";
}

export function ladderFor(kind: LadderKind): readonly LadderStep[] {
  return kind === "romantic" ? romanticLadder : nonRomanticLadder;
}

/** One person's answers, by step id. A missing step means "not answered". */
export type LadderAnswers = Readonly<Partial<Record<string, LadderAnswer>>>;

/**
 * The steps both people said "yes" to, in ladder order. Nothing else about the other person's answers
 * can be read from the result: "no", "maybe later" and "not answered" all give the same output, and
 * swapping the two people gives the same output too.
 */
export function revealTogether(
  steps: readonly LadderStep[],
  mine: LadderAnswers,
  theirs: LadderAnswers,
): string[] {
  return steps.filter((step) => mine[step.id] === "yes" && theirs[step.id] === "yes").map((s) => s.id);
}

export const ladderGuide = {
  title: "Closeness, one step at a time",
  paragraphs: [
    "Each of you marks, privately, how you feel about each step: yes, maybe later, or not for me.",
    "Mend shows you both only the steps you both said yes to. It never shows what the other person said no or maybe to, or whether they've answered at all.",
    "You can change an answer whenever you like. If either of you changes a yes, that step simply stops showing for both of you, with no notice and no explanation needed.",
    "If someone leaves this space and another person joins, yeses given before the leaving no longer count: they stay on your list, and to share one with the new person, clear it and give it again.",
    "A step showing for both of you is an invitation, not a promise. Either of you can still say not today.",
  ],
} as const;

/** Shown when nothing is shared yet; deliberately says nothing about the other person. */
export const ladderNothingTogether =
  "Nothing to show yet. Steps appear here when you have both said yes to them.";
