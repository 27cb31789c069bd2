import { questionsFor } from "@mend/core/readiness/questions";
import { myRoleIn } from "../spaces/roles.ts";
import { type Exporter, iso } from "./export-types.ts";
import { endingRepo } from "./repo.ts";

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
      details: Object.entries(row.answers as Record<string, unknown>).map(([id, answer]) => {
        const question = asked.find((q) => q.id === id);
        const label = (value: unknown) =>
          question?.options.find((o) => o.value === value)?.label ?? String(value);
        return {
          label: question?.text ?? id,
          value: Array.isArray(answer) ? answer.map(label).join(", ") : label(answer),
        };
      }),
    }));
  },
};
