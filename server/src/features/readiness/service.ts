import type { AccountView } from "@mend/core/accounts/contract";
import type { OwnReadinessCheck, OwnReadinessView } from "@mend/core/readiness/contract";
import type { Database } from "../../db/database.ts";
import { AppError, notFound } from "../../http/errors.ts";
import { spacesRepo } from "../spaces/repo.ts";
import { requireMembership } from "../spaces/service.ts";
import { type ReadinessCheckRow, readinessRepo } from "./repo.ts";

/** A check as its taker gets it: the envelope, or answers from before the vault for their browser to seal. */
function presentCheck(row: ReadinessCheckRow): OwnReadinessCheck {
  return {
    id: row.id,
    completedAt: row.completedAt.toISOString(),
    ...(row.sealedAnswers === null ? {} : { sealedAnswers: row.sealedAnswers }),
    ...(row.answers === null ? {} : { plainAnswers: row.answers as Record<string, unknown> }),
  };
}

/**
 * The private readiness check. The answers are sealed and assessed in the taker's browser; the server
 * keeps the envelope and the time, records that a check was taken (which the method needs), and
 * never reads, assesses or logs what it says.
 */
export function readinessService(deps: { db: Database; clock: () => Date }) {
  const { db, clock } = deps;

  async function ownView(tx: Database, memberId: string): Promise<OwnReadinessView> {
    return { checks: (await readinessRepo(tx).ownChecks(memberId)).map(presentCheck) };
  }

  return {
    async own(account: AccountView, spaceId: string): Promise<OwnReadinessView> {
      const { member } = await requireMembership(db, account.id, spaceId);
      return ownView(db, member.id);
    },

    async submit(
      account: AccountView,
      spaceId: string,
      check: { id: string; sealed: string },
    ): Promise<OwnReadinessView> {
      return db.transaction(async (tx) => {
        const { member } = await requireMembership(tx, account.id, spaceId);
        const now = clock();
        const inserted = await readinessRepo(tx).insert({
          id: check.id,
          spaceId,
          memberId: member.id,
          sealedAnswers: check.sealed,
          completedAt: now,
        });
        if (!inserted) {
          throw new AppError(
            "conflict",
            "A check with this id already exists. Send it again to try once more.",
          );
        }
        // The event says only that a check was taken: nothing about what it says.
        await spacesRepo(tx).recordEvent({
          spaceId,
          memberId: member.id,
          kind: "readiness.completed",
          at: now,
        });
        return ownView(tx, member.id);
      });
    },

    /**
     * Seals the answers of a check taken before the vault, as its taker's browser sends them. Answers
     * already sealed stay as they are: a check is not rewritten.
     */
    async sealAnswers(
      account: AccountView,
      spaceId: string,
      checkId: string,
      sealed: string,
    ): Promise<OwnReadinessView> {
      return db.transaction(async (tx) => {
        const { member } = await requireMembership(tx, account.id, spaceId);
        const repo = readinessRepo(tx);
        const own = await repo.findOwn(member.id, checkId);
        if (!own || own.spaceId !== spaceId) throw notFound("That readiness check");
        if (!(await repo.sealPlainAnswers(own.id, member.id, sealed))) {
          throw new AppError("conflict", "The answers of this check are already sealed in your vault.");
        }
        return ownView(tx, member.id);
      });
    },
  };
}

export type ReadinessService = ReturnType<typeof readinessService>;
