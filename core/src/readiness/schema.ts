import { z } from "zod";

/**
 * The answer values of each question, in the order they are offered. The questions and the schema are
 * both built from this table so they can't drift apart.
 */
export const answerValues = {
  intent: ["yes", "not_sure", "no"],
  willingness: ["yes", "somewhat", "no", "unsure"],
  blame: ["no", "sometimes", "yes", "unsure"],
  pattern: ["once", "repeated", "unsure"],
  respect_affection: ["yes", "somewhat", "no", "unsure"],
  shared_goals: ["yes", "somewhat", "no", "unsure"],
  wellbeing: ["okay", "strained", "harmed"],
  hidden: ["no", "unsure", "yes"],
  addiction: ["none", "treated", "untreated", "unsure"],
  outside_help: ["yes", "maybe", "no", "unsure"],
  fear: ["no", "sometimes", "yes", "rather_not_say"],
  threats: ["no", "yes", "rather_not_say"],
  physical_harm: ["no", "yes", "rather_not_say"],
  put_downs: ["no", "sometimes", "often", "rather_not_say"],
  control: ["money", "phone", "friends", "movements", "none", "rather_not_say"],
} as const;

export type QuestionId = keyof typeof answerValues;
export type AnswerValue<Q extends QuestionId> = (typeof answerValues)[Q][number];

/** Questions where several answers can be ticked; the others take one. */
export const multipleChoice = ["control"] as const satisfies readonly QuestionId[];

/** Answers that can't be combined with any other in a multiple-choice question. */
const exclusiveControl = ["none", "rather_not_say"] as const;

const controlSchema = z
  .array(z.enum(answerValues.control))
  .min(1)
  .max(answerValues.control.length)
  .refine((list) => new Set(list).size === list.length, { message: "Each answer can be given once." })
  .refine(
    (list) => list.length === 1 || !list.some((v) => (exclusiveControl as readonly string[]).includes(v)),
    {
      message: "“None” and “I'd rather not say” can't be combined with other answers.",
    },
  );

/**
 * A member's answers to the readiness check, as their browser checks them before sealing them in the
 * vault and after opening them (the server never receives them). Every question has an "unsure" or
 * "rather not say" answer, so all are required and unknown keys are refused.
 */
export const readinessAnswersSchema = z.strictObject({
  intent: z.enum(answerValues.intent),
  willingness: z.enum(answerValues.willingness),
  blame: z.enum(answerValues.blame),
  pattern: z.enum(answerValues.pattern),
  respect_affection: z.enum(answerValues.respect_affection),
  shared_goals: z.enum(answerValues.shared_goals),
  wellbeing: z.enum(answerValues.wellbeing),
  hidden: z.enum(answerValues.hidden),
  addiction: z.enum(answerValues.addiction),
  outside_help: z.enum(answerValues.outside_help),
  fear: z.enum(answerValues.fear),
  threats: z.enum(answerValues.threats),
  physical_harm: z.enum(answerValues.physical_harm),
  put_downs: z.enum(answerValues.put_downs),
  control: controlSchema,
});

export type ReadinessAnswers = z.infer<typeof readinessAnswersSchema>;
