import { type ForgivenessStepId, forgivenessStepIds } from "../method/facts.ts";

export { type ForgivenessStepId, forgivenessStepIds };

/** One step on the forgiveness path: what it is about, and questions to write a few lines on. */
export interface ForgivenessStepContent {
  id: ForgivenessStepId;
  title: string;
  /** One or two sentences the page shows before the questions. */
  about: string;
  /** Questions to reflect on; answering one is plenty. */
  prompts: readonly string[];
  /** A reassurance shown beside the writing space. */
  note: string;
}

export const forgivenessSteps: readonly ForgivenessStepContent[] = [
  {
    id: "name_the_hurt",
    title: "Name what hurt",
    about:
      "Before anything can ease, it helps to say clearly what happened to you and what it took away. Nobody else needs to agree with how you put it.",
    prompts: [
      "What exactly hurt you? Try to describe it in a sentence or two.",
      "What did it change: in how you see them, yourself, or the future you pictured?",
      "Is there a part of it you haven't admitted, even to yourself?",
    ],
    note: "Plain, honest words are enough. This stays private unless you decide to share it.",
  },
  {
    id: "feel_it",
    title: "Let yourself feel it",
    about:
      "Feelings you push away tend to stay. Giving them room, a little at a time, is how they start to move.",
    prompts: [
      "What are you feeling today, right now? Anger, sadness, fear, numbness, something else?",
      "Where do you notice it in your body?",
      "What would you say to a friend who felt exactly this?",
    ],
    note: "There is no wrong feeling here, and no deadline for having it.",
  },
  {
    id: "release_resentment",
    title: "Loosen the grip of resentment",
    about:
      "Resentment often tries to protect you. Loosening it doesn't mean what happened was fine; it means it takes up less of your day.",
    prompts: [
      "What does holding on to this resentment protect you from?",
      "What is it costing you: sleep, peace, attention, other relationships?",
      "What would one small act of letting go look like this week?",
    ],
    note: "Some days it will feel lighter and some days heavier. Both are part of it.",
  },
  {
    id: "choose_to_forgive",
    title: "Decide whether to forgive",
    about:
      "Forgiving is a decision you make for yourself, when and if you are ready. It doesn't excuse what happened and it doesn't commit you to staying.",
    prompts: [
      "What would forgiving mean to you, in your own words?",
      "What would it not mean?",
      "Are you ready to choose it, partly ready, or not yet? Each answer is allowed.",
    ],
    note: "Not yet is a real answer. You can come back to this step whenever you like.",
  },
  {
    id: "accept_imperfection",
    title: "Accept that nobody is perfect",
    about:
      "Neither of you will get everything right from here on. Making room for ordinary mistakes keeps old wounds from reopening over small things.",
    prompts: [
      "Which everyday mistakes could you let pass, and which would still matter a lot?",
      "Where have you been hard on yourself through all this?",
      "What do you want to carry forward from this, and what would you like to set down?",
    ],
    note: "Accepting imperfection isn't lowering your standards. It's telling the big things from the small ones.",
  },
];

export function forgivenessStep(id: ForgivenessStepId): ForgivenessStepContent {
  const step = forgivenessSteps.find((s) => s.id === id);
  if (!step) throw new Error(`unknown forgiveness step: ${id}`);
  return step;
}

/** How the resentment slider is labelled: the rating is for the person themself, never a score. */
export const resentmentScale = {
  question: "How much resentment are you carrying today?",
  low: "Hardly any",
  high: "As much as I can hold",
  note: "Only you see this. Watching it over weeks can show change that is hard to notice day to day.",
} as const;
