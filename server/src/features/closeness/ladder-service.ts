import type { AccountView } from "@mend/core/accounts/contract";
import type { LadderView } from "@mend/core/closeness/contract";
import { type LadderAnswer, type LadderKind, ladderFor, ladderKindFor } from "@mend/core/closeness/ladder";
import type { RelationshipKind } from "@mend/core/spaces/contract";
import type { Database } from "../../db/database.ts";
import { notFound } from "../../http/errors.ts";
import { hasEnded, refuseWhenEnded } from "../ending/guard.ts";
import { otherMember } from "../spaces/presenters.ts";
import { type MemberRow, type SpaceRow, spacesRepo } from "../spaces/repo.ts";
import { requireMembership } from "../spaces/service.ts";
import { ladderAnswers, ladderTogether, presentLadder } from "./presenters.ts";
import { closenessRepo } from "./repo.ts";

const stepNotFound = () => notFound("That step");

/**
 * The closeness ladder. Every response is computed from two things only: the caller's own answers
 * and the steps both said yes to. The other person's "no", "maybe later" and silence therefore give
 * byte-identical responses, and nothing here says whether or when they answered.
 */
export function ladderService(deps: { db: Database; clock: () => Date }) {
  const { db, clock } = deps;

  async function view(tx: Database, space: SpaceRow, member: MemberRow): Promise<LadderView> {
    const kind: LadderKind = ladderKindFor(space.relationship as RelationshipKind);
    const repo = closenessRepo(tx);
    const mine = await repo.answersOf(member.id);
    const other = otherMember(await spacesRepo(tx).activeMembers(space.id), member);
    // Once the repair has ended, nothing is revealed any more.
    const together =
      other !== undefined && !(await hasEnded(tx, space.id, clock()))
        ? ladderTogether(
            ladderFor(kind),
            await spacesRepo(tx).lastDepartureAt(space.id),
            mine,
            await repo.answersOf(other.id),
          )
        : [];
    return presentLadder(kind, ladderAnswers(mine), together);
  }

  return {
    async view(account: AccountView, spaceId: string): Promise<LadderView> {
      const { space, member } = await requireMembership(db, account.id, spaceId);
      return view(db, space, member);
    },

    /** Saying yes is refused after the repair ended; withdrawing or clearing an answer never is. */
    async answer(
      account: AccountView,
      spaceId: string,
      stepId: string,
      answer: LadderAnswer | null,
    ): Promise<LadderView> {
      return db.transaction(async (tx) => {
        const { space, member } = await requireMembership(tx, account.id, spaceId);
        const kind = ladderKindFor(space.relationship as RelationshipKind);
        if (!ladderFor(kind).some((step) => step.id === stepId)) throw stepNotFound();
        const now = clock();
        if (answer === "yes") await refuseWhenEnded(tx, spaceId, now);
        const repo = closenessRepo(tx);
        if (answer === null) await repo.clearAnswer(member.id, stepId);
        else await repo.setAnswer({ spaceId, memberId: member.id, stepId, answer, answeredAt: now });
        // No step and no answer in the event: it records only that this member changed the ladder.
        await spacesRepo(tx).recordEvent({
          spaceId,
          memberId: member.id,
          kind: "closeness_ladder.changed",
          at: now,
        });
        return view(tx, space, member);
      });
    },
  };
}

export type LadderService = ReturnType<typeof ladderService>;
