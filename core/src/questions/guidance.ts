/**
 * Asking the hard questions. People who were hurt usually need answers about the timeline, what the
 * breach was, how it was kept secret and whether any contact goes on; graphic detail tends to feed
 * images that replay later. So each question says what kind of answer it wants, and the answerer sees it.
 */
export const detailLevels = ["facts", "more"] as const;
export type DetailLevel = (typeof detailLevels)[number];

export const detailLevelGuide: Record<DetailLevel, { label: string; description: string }> = {
  facts: {
    label: "The facts",
    description: "Short, plain answers: what, when, who and for how long.",
  },
  more: {
    label: "More detail",
    description: "A fuller account, with the context and how things came about.",
  },
};

export const questionTopics = ["timeline", "what_happened", "secrecy", "contact_now", "other"] as const;
export type QuestionTopic = (typeof questionTopics)[number];

export const questionTopicGuide: Record<QuestionTopic, { label: string; examples: string }> = {
  timeline: {
    label: "When",
    examples: "When it started, how long it went on, and when it stopped.",
  },
  what_happened: {
    label: "What it was",
    examples: "What kind of thing it was, and what it meant to them at the time.",
  },
  secrecy: {
    label: "The secrecy",
    examples: "How it was kept from you, what was said to cover it, and who else knew.",
  },
  contact_now: {
    label: "Contact now",
    examples: "Whether there is any contact now, of what kind, and how it is being ended.",
  },
  other: {
    label: "Something else",
    examples: "Anything else you need to understand.",
  },
};

export const askingGuidance: readonly string[] = [
  "Questions about when it happened, what it was, how it was hidden and whether there is contact now are the ones that usually help.",
  "Graphic detail, especially about physical moments, tends to come back later as pictures you can't switch off. It is your choice; you can ask for the facts first and more later.",
  "Ask at your own pace. A few questions at a time is easier on both of you than everything at once.",
  "Asking the same thing again is fine. It usually means the answer hasn't settled yet.",
];

export const answeringGuidance: readonly string[] = [
  "Answer honestly and specifically, at the level of detail they asked for.",
  "Stay with their question rather than defending yourself; a long explanation can wait until they ask for it.",
  "If you need time to answer well, say so and give a date you will keep. Letting a date pass without a word hurts more than asking for time.",
  "An answer you change later shows as a new version, next to the earlier one, so both of you can see what changed.",
];

export const maxQuestionLength = 2000;
export const maxAnswerLength = 8000;
export const maxFollowUpLength = 2000;
export const maxNeedTimeNoteLength = 500;
/** The furthest ahead an answer can be promised: long enough to think, short enough to keep it alive. */
export const maxNeedTimeDays = 30;
