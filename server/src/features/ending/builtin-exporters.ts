import { answersInQuestionOrder } from "@mend/core/readiness/answers-in-order";
import { questionsFor } from "@mend/core/readiness/questions";
import { myRoleIn } from "../spaces/roles.ts";
import { type Exporter, iso } from "./export-types.ts";
import { endingRepo } from "./repo.ts";

/**
 * The member's own readiness checks: private to them, so the other member's never appear. Sealed
 * answers go as their envelope, which their browser opens into the data file; a check from before
 * the vault still has its answers here until their browser seals them.
 */
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
      ...(row.sealedAnswers === null
        ? {}
        : { sealed: { kind: "readiness-answers" as const, itemId: row.id, envelope: row.sealedAnswers } }),
      details:
        row.answers === null ? [] : answersInQuestionOrder(row.answers as Record<string, unknown>, asked),
    }));
  },
};
