import type {
  ReassuranceListView,
  ReassuranceRequestInput,
  ReassuranceView,
} from "@mend/core/triggers/contract";
import type { Database } from "../../db/database.ts";
import { AppError, notFound } from "../../http/errors.ts";
import type { SpaceEventPublisher } from "../../realtime/bus.ts";
import { refuseWhenEnded } from "../ending/guard.ts";
import type { SharedReminders } from "../reminders/hand-over.ts";
import { betweenUs, type Pair, requireOther, requirePair } from "../spaces/pair.ts";
import { spacesRepo } from "../spaces/repo.ts";
import { requireHurt } from "./access.ts";
import { presentRequest } from "./presenters.ts";
import { type RequestRow, triggersRepo } from "./repo.ts";

const requestNotFound = () => notFound("That request");

/**
 * Requests for reassurance. The other person hears only that something was shared with them (a
 * reminder, through their own notification choices, that never carries the request's words), and
 * there is no read state, so the sender never learns when (or whether) it was opened, only whether
 * it was answered.
 */
export function reassuranceService(deps: {
  db: Database;
  clock: () => Date;
  events: SpaceEventPublisher;
  /** Reminders a deliberate act makes due for the other person, handed over after commit. */
  reminders?: SharedReminders;
}) {
  const { db, clock, events, reminders } = deps;

  async function rowsOf(tx: Database, spaceId: string) {
    const repo = triggersRepo(tx);
    const replies = await repo.repliesInSpace(spaceId);
    const outcomes = await repo.outcomesInSpace(spaceId);
    return { replies, outcomes };
  }

  async function visibleRequest(tx: Database, pair: Pair, requestId: string): Promise<RequestRow> {
    const row = await triggersRepo(tx).findRequest(pair.space.id, requestId, { lock: true });
    if (!row || !betweenUs(pair, row.requesterMemberId, row.recipientMemberId)) throw requestNotFound();
    return row;
  }

  async function view(tx: Database, pair: Pair, row: RequestRow): Promise<ReassuranceView> {
    return presentRequest(pair, row, await rowsOf(tx, pair.space.id));
  }

  return {
    async list(accountId: string, spaceId: string): Promise<ReassuranceListView> {
      const pair = await requirePair(db, accountId, spaceId);
      const rows = await rowsOf(db, spaceId);
      const requests = (await triggersRepo(db).requestsInSpace(spaceId))
        .filter((row) => betweenUs(pair, row.requesterMemberId, row.recipientMemberId))
        .map((row) => presentRequest(pair, row, rows));
      return {
        requests,
        waitingForYou: requests.filter((r) => r.from === "other" && r.replies.length === 0).length,
      };
    },

    async request(
      accountId: string,
      spaceId: string,
      input: ReassuranceRequestInput,
    ): Promise<ReassuranceView> {
      const { result, other, requestId } = await db.transaction(async (tx) => {
        const pair = await requirePair(tx, accountId, spaceId);
        await refuseWhenEnded(tx, spaceId, clock());
        requireHurt(pair, "Asking for reassurance here");
        const other = requireOther(pair, "You can ask for reassurance");
        const repo = triggersRepo(tx);
        if (input.triggerId !== undefined) {
          const trigger = await repo.findTrigger(spaceId, input.triggerId);
          if (!trigger || trigger.memberId !== pair.me.id) throw notFound("That trigger");
        }
        const now = clock();
        const row = await repo.insertRequest({
          spaceId,
          requesterMemberId: pair.me.id,
          recipientMemberId: other.id,
          triggerId: input.triggerId ?? null,
          ask: input.ask ?? null,
          message: input.message || null,
          createdAt: now,
        });
        await spacesRepo(tx).recordEvent({
          spaceId,
          memberId: pair.me.id,
          kind: "reassurance.requested",
          at: now,
          data: { subjectId: row.id },
        });
        return { result: await view(tx, pair, row), other, requestId: row.id };
      });
      await events.publish(spaceId);
      await reminders?.shared(spaceId, other, "reassurance", requestId);
      return result;
    },

    async reply(
      accountId: string,
      spaceId: string,
      requestId: string,
      text: string,
    ): Promise<ReassuranceView> {
      const result = await db.transaction(async (tx) => {
        const pair = await requirePair(tx, accountId, spaceId);
        await refuseWhenEnded(tx, spaceId, clock());
        const row = await visibleRequest(tx, pair, requestId);
        if (row.recipientMemberId !== pair.me.id) {
          throw new AppError(
            "forbidden",
            "This is your own request; the reply is for the other person to give.",
          );
        }
        const now = clock();
        await triggersRepo(tx).insertReply({
          requestId: row.id,
          spaceId,
          memberId: pair.me.id,
          text,
          at: now,
        });
        await spacesRepo(tx).recordEvent({
          spaceId,
          memberId: pair.me.id,
          kind: "reassurance.replied",
          at: now,
          data: { subjectId: row.id },
        });
        return view(tx, pair, row);
      });
      await events.publish(spaceId);
      return result;
    },

    async rate(
      accountId: string,
      spaceId: string,
      requestId: string,
      helped: boolean,
    ): Promise<ReassuranceView> {
      const result = await db.transaction(async (tx) => {
        const pair = await requirePair(tx, accountId, spaceId);
        await refuseWhenEnded(tx, spaceId, clock());
        const row = await visibleRequest(tx, pair, requestId);
        if (row.requesterMemberId !== pair.me.id) {
          throw new AppError("forbidden", "Only the person who asked can say whether the reply helped.");
        }
        const current = presentRequest(pair, row, await rowsOf(tx, spaceId));
        if (current.outcome) throw new AppError("conflict", "You already said whether this helped.");
        if (current.replies.length === 0) {
          throw new AppError("conflict", "Once they have replied, you can say whether it helped.");
        }
        const now = clock();
        await triggersRepo(tx).insertOutcome({
          requestId: row.id,
          spaceId,
          memberId: pair.me.id,
          helped,
          at: now,
        });
        await spacesRepo(tx).recordEvent({
          spaceId,
          memberId: pair.me.id,
          kind: "reassurance.rated",
          at: now,
          data: { subjectId: row.id },
        });
        return view(tx, pair, row);
      });
      await events.publish(spaceId);
      return result;
    },
  };
}
