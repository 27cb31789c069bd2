import type {
  AmendAnswerInput,
  AmendConfirmationInput,
  AmendsView,
  AmendView,
  CounterAmendInput,
  ProposeAmendInput,
} from "@mend/core/amends/contract";
import type { AmendAction } from "@mend/core/amends/fields";
import { amendDueAt, amendMoves, amendStatus } from "@mend/core/amends/lifecycle";
import type { Database } from "../../db/database.ts";
import { AppError, notFound } from "../../http/errors.ts";
import type { SpaceEventPublisher } from "../../realtime/bus.ts";
import { refuseWhenEnded } from "../ending/guard.ts";
import type { SharedReminders } from "../reminders/hand-over.ts";
import { betweenUs, type Pair, requireOther, requirePair } from "../spaces/pair.ts";
import { spacesRepo } from "../spaces/repo.ts";
import { amendRecord, amendStep, presentAmend } from "./presenters.ts";
import { type AmendRow, amendsRepo } from "./repo.ts";

const amendNotFound = () => notFound("That amend");

/** A person who broke trust offers amends; a person who was hurt asks for them (a mutual breach: both). */
export const mayOffer = (pair: Pair) => pair.roles.own !== "hurt";
export const mayAsk = (pair: Pair) => pair.roles.own !== "broke_trust";

/** An amend is visible to the two people it is between, and to nobody who joins after one of them left. */
export const visibleAmend = (pair: Pair, row: AmendRow) =>
  betweenUs(pair, row.makerMemberId, row.receiverMemberId);

const answerEvents: Record<Exclude<AmendAction, "confirmed" | "not_yet">, string> = {
  accepted: "amend.accepted",
  declined: "amend.declined",
  withdrawn: "amend.withdrawn",
  done: "amend.done",
};

/**
 * Amends: offered or asked for, answered (accept, decline, or suggest another), made and confirmed.
 * Everything here is between the two people and append-only. The other person hears of it through the
 * live stream (ids and kinds) and, for what waits on them (a proposal to answer, an amend marked made
 * to confirm), a reminder through their own notification choices that never carries the words.
 */
export function amendsService(deps: {
  db: Database;
  clock: () => Date;
  events: SpaceEventPublisher;
  /** Reminders a deliberate act makes due for the other person, handed over after commit. */
  reminders?: SharedReminders;
}) {
  const { db, clock, events, reminders } = deps;

  async function rowsOf(tx: Database, spaceId: string) {
    const repo = amendsRepo(tx);
    return { amends: await repo.amendsInSpace(spaceId), steps: await repo.stepsInSpace(spaceId) };
  }

  async function visible(tx: Database, pair: Pair, amendId: string): Promise<AmendRow> {
    const row = await amendsRepo(tx).findAmend(pair.space.id, amendId, { lock: true });
    if (!row || !visibleAmend(pair, row)) throw amendNotFound();
    return row;
  }

  /** Where the amend stands now, and what the caller may do with it. */
  async function current(tx: Database, pair: Pair, row: AmendRow) {
    const rows = await rowsOf(tx, pair.space.id);
    const steps = rows.steps.filter((s) => s.amendId === row.id).map(amendStep);
    const counter = rows.amends.find((a) => a.counterToId === row.id);
    const status = amendStatus(steps, counter?.createdAt ?? null);
    return { status, moves: amendMoves(amendRecord(row), status, pair.me.id) };
  }

  function refusePastDate(byDate: string | undefined, now: Date) {
    if (byDate !== undefined && amendDueAt(byDate) <= now) {
      throw new AppError(
        "validation_failed",
        "That date has already passed. Choose today or a later day, or leave it out.",
      );
    }
  }

  async function record(tx: Database, pair: Pair, kind: string, subjectId: string, at: Date) {
    await spacesRepo(tx).recordEvent({
      spaceId: pair.space.id,
      memberId: pair.me.id,
      kind,
      at,
      data: { subjectId },
    });
  }

  async function view(tx: Database, pair: Pair, row: AmendRow, now: Date): Promise<AmendView> {
    return presentAmend(pair, row, await rowsOf(tx, pair.space.id), now);
  }

  return {
    async list(accountId: string, spaceId: string): Promise<AmendsView> {
      const pair = await requirePair(db, accountId, spaceId);
      const now = clock();
      const rows = await rowsOf(db, spaceId);
      return {
        amends: rows.amends
          .filter((row) => visibleAmend(pair, row))
          .map((row) => presentAmend(pair, row, rows, now))
          .reverse(),
        canOffer: mayOffer(pair),
        canAsk: mayAsk(pair),
        otherPresent: pair.other !== undefined,
      };
    },

    async propose(accountId: string, spaceId: string, input: ProposeAmendInput): Promise<AmendView> {
      const { result, other } = await db.transaction(async (tx) => {
        const pair = await requirePair(tx, accountId, spaceId);
        const now = clock();
        await refuseWhenEnded(tx, spaceId, now);
        if (input.origin === "offered" && !mayOffer(pair)) {
          throw new AppError(
            "forbidden",
            "Offering amends is for the person who broke trust; you can ask for one.",
          );
        }
        if (input.origin === "asked" && !mayAsk(pair)) {
          throw new AppError(
            "forbidden",
            "Asking for amends is for the person who was hurt; you can offer one.",
          );
        }
        const other = requireOther(
          pair,
          input.origin === "offered" ? "You can offer amends" : "You can ask for amends",
        );
        refusePastDate(input.byDate, now);
        const offered = input.origin === "offered";
        const row = await amendsRepo(tx).insertAmend({
          spaceId,
          proposerMemberId: pair.me.id,
          makerMemberId: offered ? pair.me.id : other.id,
          receiverMemberId: offered ? other.id : pair.me.id,
          origin: input.origin,
          what: input.what,
          byDate: input.byDate ?? null,
          counterToId: null,
          createdAt: now,
        });
        await record(tx, pair, offered ? "amend.offered" : "amend.asked", row.id, now);
        return { result: await view(tx, pair, row, now), other };
      });
      await events.publish(spaceId);
      await reminders?.shared(spaceId, other, "amend", result.id);
      return result;
    },

    async counter(
      accountId: string,
      spaceId: string,
      amendId: string,
      input: CounterAmendInput,
    ): Promise<AmendView> {
      const { result, other } = await db.transaction(async (tx) => {
        const pair = await requirePair(tx, accountId, spaceId);
        const now = clock();
        await refuseWhenEnded(tx, spaceId, now);
        const original = await visible(tx, pair, amendId);
        const { moves } = await current(tx, pair, original);
        if (!moves.counter) {
          throw new AppError(
            "conflict",
            original.proposerMemberId === pair.me.id
              ? "This is your own proposal; the other person answers it."
              : "This amend has already been answered.",
          );
        }
        refusePastDate(input.byDate, now);
        const row = await amendsRepo(tx).insertAmend({
          spaceId,
          proposerMemberId: pair.me.id,
          makerMemberId: original.makerMemberId,
          receiverMemberId: original.receiverMemberId,
          origin: original.makerMemberId === pair.me.id ? "offered" : "asked",
          what: input.what,
          byDate: input.byDate ?? null,
          counterToId: original.id,
          createdAt: now,
        });
        await record(tx, pair, "amend.countered", row.id, now);
        return { result: await view(tx, pair, row, now), other: pair.other };
      });
      await events.publish(spaceId);
      await reminders?.shared(spaceId, other, "amend", result.id);
      return result;
    },

    async answer(
      accountId: string,
      spaceId: string,
      amendId: string,
      input: AmendAnswerInput,
    ): Promise<AmendView> {
      const { result, made } = await db.transaction(async (tx) => {
        const pair = await requirePair(tx, accountId, spaceId);
        const now = clock();
        await refuseWhenEnded(tx, spaceId, now);
        const row = await visible(tx, pair, amendId);
        const { status, moves } = await current(tx, pair, row);
        const allowed = {
          accepted: moves.accept,
          declined: moves.decline,
          withdrawn: moves.withdraw,
          done: moves.markDone,
        }[input.action];
        if (!allowed) throw refusal(input.action, status, row, pair);
        const step = await amendsRepo(tx).insertStep({
          amendId: row.id,
          spaceId,
          memberId: pair.me.id,
          action: input.action,
          note: input.note || null,
          at: now,
        });
        await record(tx, pair, answerEvents[input.action], row.id, now);
        // Marked made, it waits on the other person to confirm: like a promise marked kept.
        const made = input.action === "done" ? { to: pair.other, stepId: step.id } : undefined;
        return { result: await view(tx, pair, row, now), made };
      });
      await events.publish(spaceId);
      if (made) await reminders?.shared(spaceId, made.to, "amend_made", made.stepId);
      return result;
    },

    async confirm(
      accountId: string,
      spaceId: string,
      amendId: string,
      input: AmendConfirmationInput,
    ): Promise<AmendView> {
      const result = await db.transaction(async (tx) => {
        const pair = await requirePair(tx, accountId, spaceId);
        const now = clock();
        await refuseWhenEnded(tx, spaceId, now);
        const row = await visible(tx, pair, amendId);
        const { status, moves } = await current(tx, pair, row);
        if (!moves.confirm) {
          throw row.makerMemberId === pair.me.id
            ? new AppError("forbidden", "You made this amend; the other person says whether it was made.")
            : new AppError("conflict", statusRefusal(status));
        }
        const action = input.confirmed ? "confirmed" : "not_yet";
        await amendsRepo(tx).insertStep({
          amendId: row.id,
          spaceId,
          memberId: pair.me.id,
          action,
          note: input.note || null,
          at: now,
        });
        await record(tx, pair, input.confirmed ? "amend.confirmed" : "amend.not_yet", row.id, now);
        return view(tx, pair, row, now);
      });
      await events.publish(spaceId);
      return result;
    },
  };
}

function statusRefusal(status: ReturnType<typeof amendStatus>): string {
  switch (status) {
    case "proposed":
      return "This amend hasn't been agreed yet.";
    case "accepted":
      return "This amend hasn't been marked as made yet.";
    case "done":
      return "This amend is waiting for the other person to confirm it.";
    case "confirmed":
      return "This amend has already been made and confirmed.";
    default:
      return "This amend is closed: it was declined, withdrawn or replaced by another.";
  }
}

/** Why an answer isn't possible, in words that say what to do instead. */
function refusal(
  action: AmendAnswerInput["action"],
  status: ReturnType<typeof amendStatus>,
  row: AmendRow,
  pair: Pair,
) {
  const proposer = row.proposerMemberId === pair.me.id;
  const maker = row.makerMemberId === pair.me.id;
  if (status === "proposed" && (action === "accepted" || action === "declined") && proposer) {
    return new AppError("forbidden", "This is your own proposal; the other person answers it.");
  }
  if (status === "proposed" && action === "withdrawn" && !proposer) {
    return new AppError(
      "forbidden",
      "Only the person who proposed an amend can withdraw it; you can decline it.",
    );
  }
  if (status === "accepted" && action === "done" && !maker) {
    return new AppError(
      "forbidden",
      "The person making the amend marks it as made; you confirm it afterwards.",
    );
  }
  return new AppError("conflict", statusRefusal(status));
}

export type AmendsService = ReturnType<typeof amendsService>;
