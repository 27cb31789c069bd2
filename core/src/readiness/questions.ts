import type { RepairRole } from "../spaces/roles.ts";
import type { FactorId } from "./factors.ts";
import type { RoleText } from "./role-text.ts";
import { sameForAll } from "./role-text.ts";
import { type AnswerValue, answerValues, multipleChoice, type QuestionId } from "./schema.ts";

export type QuestionGroup = "intent" | "viability" | "blocking" | "safety";

export interface Question<Q extends QuestionId> {
  id: Q;
  factor: FactorId;
  group: QuestionGroup;
  text: RoleText;
  /** A label for every answer value, in the order the values are offered. */
  labels: Readonly<Record<AnswerValue<Q>, string>>;
  /** Why Mend asks, shown next to the question. */
  hint?: string;
}

/** Any one of the questions, with its labels matched to its own answer values. */
export type AnyQuestion = { [Q in QuestionId]: Question<Q> }[QuestionId];

/** A question worded for one member, ready to show. */
export interface QuestionForRole {
  id: QuestionId;
  factor: FactorId;
  group: QuestionGroup;
  text: string;
  multiple: boolean;
  options: { value: string; label: string }[];
  hint?: string;
}

const yesSomewhatNo = { yes: "Yes", somewhat: "Somewhat", no: "No", unsure: "I'm not sure" } as const;

export const readinessIntro = {
  title: "A private check before you start",
  text: "A few questions to help you see where you stand. Your answers stay with you: the other person only learns that you took the check, never what you said. You can take it again whenever things change.",
} as const;

const intent: Question<"intent"> = {
  id: "intent",
  factor: "intent",
  group: "intent",
  text: sameForAll("Do you want to try to repair this relationship?"),
  labels: {
    yes: "Yes, I want to try",
    not_sure: "I'm not sure I want to repair this",
    no: "No, I don't think I do",
  },
  hint: "Any answer is fine. Mend can help you decide, not only repair.",
};

const willingness: Question<"willingness"> = {
  id: "willingness",
  factor: "willingness",
  group: "viability",
  text: {
    hurt: "Does the other person seem truly sorry, and ready to change?",
    broke_trust: "Do you feel real remorse, and are you ready to change what led to this?",
    both: "Do you each feel sorry for your own part, and are you both ready to change?",
  },
  labels: yesSomewhatNo,
};

const blame: Question<"blame"> = {
  id: "blame",
  factor: "no_remorse",
  group: "blocking",
  text: {
    hurt: "Does the other person blame you for what they did?",
    broke_trust: "Do you find yourself blaming the other person for what you did?",
    both: "Does either of you blame the other for your own actions?",
  },
  labels: { no: "No", sometimes: "Sometimes", yes: "Yes", unsure: "I'm not sure" },
};

const pattern: Question<"pattern"> = {
  id: "pattern",
  factor: "pattern",
  group: "viability",
  text: {
    hurt: "Was this a single breach, or has it happened before?",
    broke_trust: "Was this a single breach, or have you done something like it before?",
    both: "Was this a single breach, or has something like it happened before?",
  },
  labels: { once: "It happened once", repeated: "It has happened before", unsure: "I'm not sure" },
};

const respect: Question<"respect_affection"> = {
  id: "respect_affection",
  factor: "respect_affection",
  group: "viability",
  text: sameForAll("Is there still respect and affection between you?"),
  labels: yesSomewhatNo,
};

const goals: Question<"shared_goals"> = {
  id: "shared_goals",
  factor: "shared_goals",
  group: "viability",
  text: sameForAll(
    "Do you want similar things from the future, and share the values that matter most to you?",
  ),
  labels: yesSomewhatNo,
};

const wellbeing: Question<"wellbeing"> = {
  id: "wellbeing",
  factor: "wellbeing",
  group: "viability",
  text: {
    hurt: "How is this relationship affecting your own health and peace of mind?",
    broke_trust: "How are you coping yourself, in your health and day-to-day life?",
    both: "How is all this affecting your own health and peace of mind?",
  },
  labels: { okay: "I'm coping", strained: "It's hard, but I'm managing", harmed: "It's harming my health" },
};

const hidden: Question<"hidden"> = {
  id: "hidden",
  factor: "ongoing_deception",
  group: "blocking",
  text: {
    hurt: "Do you believe something is still being hidden from you?",
    broke_trust: "Is there anything you are still hiding, or any contact you haven't been open about?",
    both: "Is anything still being hidden, by either of you?",
  },
  labels: { no: "No", unsure: "I'm not sure", yes: "Yes" },
  hint: "Nobody else sees this answer.",
};

const addiction: Question<"addiction"> = {
  id: "addiction",
  factor: "addiction",
  group: "blocking",
  text: {
    hurt: "Is an addiction, such as alcohol, drugs or gambling, part of what happened?",
    broke_trust: "Is an addiction, such as alcohol, drugs or gambling, part of what you did?",
    both: "Is an addiction, such as alcohol, drugs or gambling, part of this for either of you?",
  },
  labels: {
    none: "No",
    treated: "Yes, and it's being treated",
    untreated: "Yes, and it isn't being treated",
    unsure: "I'm not sure",
  },
};

const outsideHelp: Question<"outside_help"> = {
  id: "outside_help",
  factor: "refuses_help",
  group: "blocking",
  text: {
    hurt: "If you needed outside help, such as a counselor, would the other person be open to it?",
    broke_trust: "If it were needed, would you be open to outside help, such as a counselor?",
    both: "If it were needed, would both of you be open to outside help, such as a counselor?",
  },
  labels: { yes: "Yes", maybe: "Maybe", no: "No", unsure: "I'm not sure" },
};

const safetyHint = "These questions are about your safety. Your answers are never shown to the other person.";
const rather = "I'd rather not say";

const fear: Question<"fear"> = {
  id: "fear",
  factor: "fear",
  group: "safety",
  text: sameForAll("Do you ever feel afraid of the other person?"),
  labels: { no: "No", sometimes: "Sometimes", yes: "Yes", rather_not_say: rather },
  hint: safetyHint,
};

const threats: Question<"threats"> = {
  id: "threats",
  factor: "threats",
  group: "safety",
  text: sameForAll("Has the other person ever threatened you, someone close to you, or themselves?"),
  labels: { no: "No", yes: "Yes", rather_not_say: rather },
};

const physicalHarm: Question<"physical_harm"> = {
  id: "physical_harm",
  factor: "physical_harm",
  group: "safety",
  text: sameForAll("Has the other person ever pushed, hit, choked or otherwise physically hurt you?"),
  labels: { no: "No", yes: "Yes", rather_not_say: rather },
};

const putDowns: Question<"put_downs"> = {
  id: "put_downs",
  factor: "emotional_abuse",
  group: "safety",
  text: sameForAll("Does the other person insult you, humiliate you, or call you names?"),
  labels: { no: "No", sometimes: "Sometimes", often: "Often", rather_not_say: rather },
};

const control: Question<"control"> = {
  id: "control",
  factor: "control",
  group: "safety",
  text: sameForAll("Does the other person do any of these? Tick all that apply."),
  labels: {
    money: "Controls your money or what you can spend",
    phone: "Checks, takes or controls your phone",
    friends: "Keeps you from friends or family",
    movements: "Tracks or limits where you go",
    none: "None of these",
    rather_not_say: rather,
  },
};

/** The check, in the order it is asked: the hardest questions come last, once trust in the check has built. */
export const questions = [
  intent,
  willingness,
  blame,
  pattern,
  respect,
  goals,
  wellbeing,
  hidden,
  addiction,
  outsideHelp,
  fear,
  threats,
  physicalHarm,
  putDowns,
  control,
] as const satisfies readonly AnyQuestion[];

function forRole(q: AnyQuestion, role: RepairRole): QuestionForRole {
  const values: readonly string[] = answerValues[q.id];
  const labels: Readonly<Record<string, string>> = q.labels;
  return {
    id: q.id,
    factor: q.factor,
    group: q.group,
    text: q.text[role],
    multiple: (multipleChoice as readonly QuestionId[]).includes(q.id),
    options: values.map((value) => ({ value, label: labels[value] ?? value })),
    ...(q.hint ? { hint: q.hint } : {}),
  };
}

/** The check as one member sees it, worded for their role. */
export function questionsFor(role: RepairRole): QuestionForRole[] {
  return questions.map((q: AnyQuestion) => forRole(q, role));
}
