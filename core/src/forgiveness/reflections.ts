import type { RepairRole } from "../spaces/roles.ts";
import { lettingGoPractices } from "./practices.ts";

/**
 * Private reflections: writing only its author ever reads. Never shared, never in the other
 * person's export, never turned into a fact.
 */
export const reflectionKinds = ["self_trust", "learning_from_past", "self_compassion", "letting_go"] as const;
export type ReflectionKind = (typeof reflectionKinds)[number];

export interface ReflectionPrompt {
  id: string;
  text: string;
}

export interface ReflectionTopic {
  kind: ReflectionKind;
  title: string;
  about: string;
  /** Who the topic is mainly written for; anyone may use any of them. */
  mainlyFor: readonly RepairRole[];
  prompts: readonly ReflectionPrompt[];
}

export const reflectionTopics: readonly ReflectionTopic[] = [
  {
    kind: "self_trust",
    title: "Trusting yourself again",
    about:
      "After a betrayal it is common to doubt your own judgment. After breaking trust it is common to doubt your own word. Either way, trust in yourself comes back through small, noticed moments.",
    mainlyFor: ["hurt", "broke_trust", "both"],
    prompts: [
      {
        id: "instinct_right",
        text: "Think of a time your instinct turned out to be right. What did you notice then?",
      },
      {
        id: "signals_missed",
        text: "Were there signals you explained away? What would you do differently with a signal like that now?",
      },
      {
        id: "own_judgment",
        text: "What is one decision this week you made on your own judgment, and how did it turn out?",
      },
      {
        id: "kept_word",
        text: "What small promise to yourself did you keep recently? What made it possible?",
      },
      {
        id: "trust_signs",
        text: "How will you know you are becoming someone you can rely on? Name one sign you could watch for.",
      },
    ],
  },
  {
    kind: "learning_from_past",
    title: "Learning from what happened",
    about:
      "Understanding why it happened is not an excuse for it. It is how you make sure it doesn't happen again: the pressures, habits and beliefs that made the breach possible.",
    mainlyFor: ["broke_trust", "both"],
    prompts: [
      {
        id: "what_was_going_on",
        text: "What was going on in your life and in your head in the weeks before it happened?",
      },
      {
        id: "what_you_told_yourself",
        text: "What did you tell yourself at the time to make it seem acceptable?",
      },
      {
        id: "pattern",
        text: "Has something like this happened before, in this relationship or another? What links them?",
      },
      {
        id: "unmet_need",
        text: "Was there a need you were trying to meet? How could you meet it honestly instead?",
      },
      {
        id: "early_warning",
        text: "What would an early warning look like next time, and what will you do when you see it?",
      },
    ],
  },
  {
    kind: "self_compassion",
    title: "Kindness towards yourself",
    about:
      "Repair is slow and tiring on both sides. Being gentle with yourself keeps you able to keep going.",
    mainlyFor: ["hurt", "broke_trust", "both"],
    prompts: [
      {
        id: "harsh_thought",
        text: "What harsh thing do you keep saying to yourself? How would a good friend put it instead?",
      },
      { id: "what_you_need", text: "What do you need today that you haven't allowed yourself?" },
      { id: "proud_of", text: "What is one thing you have handled better than you expected?" },
    ],
  },
  {
    kind: "letting_go",
    title: "Notes from letting-go practices",
    about: "Somewhere to keep what came up during a grounding exercise, your care plan, or a look ahead.",
    mainlyFor: ["hurt", "broke_trust", "both"],
    prompts: lettingGoPractices.map((p) => ({ id: p.id, text: p.afterwards })),
  },
];

export function isPromptOf(kind: ReflectionKind, promptId: string): boolean {
  return reflectionTopics.some((t) => t.kind === kind && t.prompts.some((p) => p.id === promptId));
}

/** The topics to show a member first: the ones written mainly for their role, then the rest. */
export function topicsFor(role: RepairRole): ReflectionTopic[] {
  const mine = reflectionTopics.filter((t) => t.mainlyFor.includes(role));
  return [...mine, ...reflectionTopics.filter((t) => !t.mainlyFor.includes(role))];
}
