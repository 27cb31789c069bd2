export {
  assessReadiness,
  blockerWords,
  type Finding,
  type ReadinessResult,
  type Suggestion,
} from "./assess.ts";
export { decidingPage } from "./deciding.ts";
export * from "./factors.ts";
export { presentReadinessToOther, type ReadinessSeenByOther } from "./presenter.ts";
export {
  type AnyQuestion,
  type Question,
  type QuestionForRole,
  type QuestionGroup,
  questions,
  questionsFor,
  readinessIntro,
} from "./questions.ts";
export type { RoleText } from "./role-text.ts";
export {
  type AnswerValue,
  answerValues,
  multipleChoice,
  type QuestionId,
  type ReadinessAnswers,
  readinessAnswersSchema,
} from "./schema.ts";
export type { SuggestionId, SuggestionKind } from "./suggestions.ts";
export { type ReadinessPath, readinessPaths } from "./types.ts";
