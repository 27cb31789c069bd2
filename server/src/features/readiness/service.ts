import type { AccountView } from "@mend/core/accounts/contract";
import type { OwnReadinessView } from "@mend/core/readiness/contract";
import { assessReadiness, type ReadinessAnswers, readinessAnswersSchema } from "@mend/core/readiness/index";
import type { resolveRoles } from "@mend/core/spaces/roles";
import type { Database } from "../../db/database.ts";
import { spacesRepo } from "../spaces/repo.ts";
import { myRoleIn } from "../spaces/roles.ts";
import { requireMembership } from "../spaces/service.ts";
import { type ReadinessCheckRow, readinessRepo } from "./repo.ts";

function present(
  row: ReadinessCheckRow | undefined,
  role: ReturnType<typeof resolveRoles>["own"],
): OwnReadinessView {
  if (!row) return { check: null };
  const answers = readinessAnswersSchema.parse(row.answers);
  return {
    check: {
      completedAt: row.completedAt.toISOString(),
      answers,
      // Assessed again from the answers, so wording improvements reach earlier checks too.
      result: assessReadiness(answers, role),
    },
  };
}

export function readinessService(deps: { db: Database; clock: () => Date }) {
  const { db, clock } = deps;
  return {
    async own(account: AccountView, spaceId: string): Promise<OwnReadinessView> {
      const { member } = await requireMembership(db, account.id, spaceId);
      const role = await myRoleIn(db, spaceId, member.id);
      return present(await readinessRepo(db).latestOf(member.id), role);
    },

    async submit(
      account: AccountView,
      spaceId: string,
      answers: ReadinessAnswers,
    ): Promise<OwnReadinessView> {
      const row = await db.transaction(async (tx) => {
        const { member } = await requireMembership(tx, account.id, spaceId);
        const role = await myRoleIn(tx, spaceId, member.id);
        const now = clock();
        const inserted = await readinessRepo(tx).insert({
          spaceId,
          memberId: member.id,
          answers,
          path: assessReadiness(answers, role).path,
          completedAt: now,
        });
        // The event says only that a check was taken: never its path or answers.
        await spacesRepo(tx).recordEvent({
          spaceId,
          memberId: member.id,
          kind: "readiness.completed",
          at: now,
        });
        return { inserted, role };
      });
      return present(row.inserted, row.role);
    },
  };
}

export type ReadinessService = ReturnType<typeof readinessService>;
