import type { QuestionForRole } from "./questions.ts";

/**
 * Each answer under its question, in the order the questions are asked, for a person's own copy of
 * their checks. Stored answers need not keep that order (JSONB sorts keys its own way), and an answer
 * to a question no longer asked still appears, after the others, under its id.
 */
export function answersInQuestionOrder(
  answers: Record<string, unknown>,
  asked: readonly QuestionForRole[],
): { label: string; value: string }[] {
  const known = asked.filter((question) => question.id in answers);
  const retired = Object.keys(answers).filter((id) => !asked.some((question) => question.id === id));
  return [...known.map((question) => question.id), ...retired.sort()].map((id) => {
    const question = asked.find((q) => q.id === id);
    const label = (value: unknown) =>
      question?.options.find((o) => o.value === value)?.label ?? String(value);
    const answer = answers[id];
    return {
      label: question?.text ?? id,
      value: Array.isArray(answer) ? answer.map(label).join(", ") : label(answer),
    };
  });
}
