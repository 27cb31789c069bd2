import { type QuestionForRole, questionsFor } from "@mend/core/readiness/questions";
import { myRoleIn } from "../spaces/roles.ts";
import { type Exporter, iso } from "./export-types.ts";
import { endingRepo } from "./repo.ts";

/**
 * Each answer under its question, in the order the questions are asked. Answers are stored as JSONB,
 * which sorts keys its own way, so the stored order is not the order they were asked in. An answer to a question
 * no longer asked still appears, after the others, under its id.
 */
function inQuestionOrder(answers: Record<string, unknown>, asked: readonly QuestionForRole[]) {
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

/** The member's own readiness checks: private to them, so the other member's never appear. */
export const readinessExporter: Exporter = {
  id: "readiness",
  title: "Readiness check",
  async items({ db, spaceId, memberId }) {
    const rows = await endingRepo(db).readinessChecksOf(memberId);
    if (rows.length === 0) return [];
    const asked = questionsFor(await myRoleIn(db, spaceId, memberId));
    return rows.map((row) => ({
      title: "Your readiness check",
      at: iso(row.completedAt),
      from: "you" as const,
      visibility: "private" as const,
      details: inQuestionOrder(row.answers as Record<string, unknown>, asked),
    }));
  },
};
