import {
  comingWindows,
  type MarkRefusal,
  markRefusal,
  windowAt,
  windowsBetween,
} from "@mend/core/agreements/occurrences";
import {
  type EndPromiseInput,
  type MakePromiseInput,
  type MarkOccurrenceInput,
  maxRangeDays,
  type OccurrenceListView,
  type OccurrenceRangeQuery,
  type OccurrenceView,
  type PromiseListView,
  type PromiseView,
  type RespondInput,
} from "@mend/core/agreements/promise-contract";
import { mayMakePromises, promiseGuidance } from "@mend/core/agreements/wording";
import { promiseToConfirmKey } from "@mend/core/reminders/keys";
import type { Database } from "../../db/database.ts";
import { progressCache } from "../../db/progress-cache.ts";
import { AppError, notFound, validationFailed } from "../../http/errors.ts";
import type { SpaceEventPublisher } from "../../realtime/bus.ts";
import { contextAmong, promiseReaches, type SpaceContext, spaceContext } from "../agreements/context.ts";
import { refuseWhenEnded } from "../ending/guard.ts";
import type { SharedReminders } from "../reminders/hand-over.ts";
import { type OpenedProgress, openProgress } from "../spaces/progress-version.ts";
import { spacesRepo } from "../spaces/repo.ts";
import { presentOccurrence, presentPromise, timingOf } from "./presenters.ts";
import { type PromiseBundle, promisesRepo } from "./repo.ts";

const dayMs = 86_400_000;
const promiseNotFound = () => notFound("That promise");

const markRefusals: Record<MarkRefusal, string> = {
  not_open_yet: "This one isn't open yet. You can mark it from the start of the day it falls on.",
  closed: "The time for marking this one has passed, so it counts as missed. The next one is a fresh start.",
  already_marked: "You've already marked this one, and marks are kept as given.",
};

export function promiseItemsService(deps: {
  db: Database;
  clock: () => Date;
  events: SpaceEventPublisher;
  /** Reminders a deliberate act makes due for the other person, handed over after commit. */
  reminders?: SharedReminders;
}) {
  const { db, clock, events, reminders } = deps;

  async function load(
    tx: Database,
    context: SpaceContext,
    promiseId: string,
    lock = false,
  ): Promise<PromiseBundle> {
    const bundle = await promisesRepo(tx).findPromise(context.spaceId, promiseId, { lock });
    if (!bundle || !promiseReaches(context, bundle)) throw promiseNotFound();
    return bundle;
  }

  async function occurrence(
    tx: Database,
    context: SpaceContext,
    promiseId: string,
    key: string,
  ): Promise<OccurrenceView> {
    const bundle = await load(tx, context, promiseId);
    const window = windowAt(timingOf(bundle.promise, bundle.marks), key);
    if (!window) throw notFound("That occurrence");
    return presentOccurrence(bundle, window, context, clock());
  }

  // Each person's list of promises, remembered until the space's record moves on: how each promise
  // has been kept is counted over its whole life (see db/progress-cache.ts).
  const listPages = progressCache<PromiseListView>();

  async function listOf({ space, member, members, now }: OpenedProgress): Promise<PromiseListView> {
    const context = contextAmong(space.id, member, members);
    const bundles = (await promisesRepo(db).promisesIn(space.id)).filter((b) => promiseReaches(context, b));
    const mineActive = bundles.filter(
      (b) => b.promise.makerMemberId === context.me.id && b.promise.endedAt === null,
    );
    return {
      promises: bundles.map((b) => presentPromise(b, context, now)),
      guidance: promiseGuidance(context.role, mineActive.length),
      can: { make: mayMakePromises(context.role) },
    };
  }

  return {
    async list(accountId: string, spaceId: string): Promise<PromiseListView> {
      const opened = await openProgress(db, accountId, spaceId, clock());
      return listPages.view(opened.version, () => listOf(opened));
    },

    async view(accountId: string, spaceId: string, promiseId: string): Promise<PromiseView> {
      const context = await spaceContext(db, accountId, spaceId);
      return presentPromise(await load(db, context, promiseId), context, clock());
    },

    async make(accountId: string, spaceId: string, input: MakePromiseInput): Promise<PromiseView> {
      const saved = await db.transaction(async (tx) => {
        const context = await spaceContext(tx, accountId, spaceId);
        await refuseWhenEnded(tx, spaceId, clock());
        if (!mayMakePromises(context.role)) {
          throw new AppError(
            "forbidden",
            "Promises here are made by the person rebuilding trust. You can confirm the ones you see kept.",
          );
        }
        const now = clock();
        const timing = {
          schedule: input.schedule,
          timeZone: input.timeZone,
          graceHours: input.graceHours,
          createdAt: now,
        };
        if (comingWindows(timing, now).length === 0) {
          const message = "This promise would never fall due. Choose a time that's still ahead.";
          throw validationFailed(message, { schedule: message });
        }
        const promise = await promisesRepo(tx).insertPromise({
          spaceId,
          makerMemberId: context.me.id,
          text: input.text,
          schedule: input.schedule,
          timeZone: input.timeZone,
          graceHours: input.graceHours,
          createdAt: now,
        });
        await spacesRepo(tx).recordEvent({
          spaceId,
          memberId: context.me.id,
          kind: "promise.made",
          at: now,
          data: { subjectId: promise.id },
        });
        return presentPromise(await load(tx, context, promise.id), context, now);
      });
      await events.publish(spaceId);
      return saved;
    },

    /** Ending stops future occurrences; what already happened stays on record. */
    async end(
      accountId: string,
      spaceId: string,
      promiseId: string,
      input: EndPromiseInput,
    ): Promise<PromiseView> {
      const saved = await db.transaction(async (tx) => {
        const context = await spaceContext(tx, accountId, spaceId);
        const bundle = await load(tx, context, promiseId, true);
        if (bundle.promise.makerMemberId !== context.me.id) {
          throw new AppError("forbidden", "Only the person who made this promise can end it.");
        }
        if (bundle.promise.endedAt !== null)
          throw new AppError("conflict", "This promise has already ended.");
        const now = clock();
        await promisesRepo(tx).endPromise(promiseId, now, input.note ?? null);
        await spacesRepo(tx).recordEvent({
          spaceId,
          memberId: context.me.id,
          kind: "promise.ended",
          at: now,
          data: { subjectId: promiseId },
        });
        return presentPromise(await load(tx, context, promiseId), context, now);
      });
      await events.publish(spaceId);
      return saved;
    },

    /** Every occurrence of every promise in the space due in the range (default: a week back, two weeks ahead). */
    async occurrences(
      accountId: string,
      spaceId: string,
      query: OccurrenceRangeQuery,
    ): Promise<OccurrenceListView> {
      const context = await spaceContext(db, accountId, spaceId);
      const now = clock();
      const from = query.from ? new Date(query.from) : new Date(now.getTime() - 7 * dayMs);
      const to = query.to ? new Date(query.to) : new Date(from.getTime() + 21 * dayMs);
      if (!(from.getTime() < to.getTime()))
        throw validationFailed("`to` must be after `from`.", { to: "Must be after `from`." });
      if (to.getTime() - from.getTime() > maxRangeDays * dayMs) {
        const message = `Ask for at most ${maxRangeDays} days at a time.`;
        throw validationFailed(message, { to: message });
      }
      const bundles = (await promisesRepo(db).promisesIn(spaceId)).filter((b) => promiseReaches(context, b));
      const occurrences = bundles
        .flatMap((bundle) =>
          windowsBetween(timingOf(bundle.promise, bundle.marks), from, to).map((w) =>
            presentOccurrence(bundle, w, context, now),
          ),
        )
        .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt) || a.promiseId.localeCompare(b.promiseId));
      return { from: from.toISOString(), to: to.toISOString(), occurrences };
    },

    async mark(
      accountId: string,
      spaceId: string,
      promiseId: string,
      input: MarkOccurrenceInput,
    ): Promise<OccurrenceView> {
      const { saved, kept } = await db.transaction(async (tx) => {
        const context = await spaceContext(tx, accountId, spaceId);
        await refuseWhenEnded(tx, spaceId, clock());
        const bundle = await load(tx, context, promiseId, true);
        if (bundle.promise.makerMemberId !== context.me.id) {
          throw new AppError(
            "forbidden",
            "Only the person who made this promise can mark it. You can confirm it once it's marked.",
          );
        }
        const window = windowAt(timingOf(bundle.promise, bundle.marks), input.occurrence);
        if (!window) throw notFound("That occurrence");
        const now = clock();
        const existing = bundle.marks.get(input.occurrence);
        const refusal = markRefusal(
          window,
          existing ? { outcome: existing.row.outcome as "kept" | "missed", at: existing.row.at } : undefined,
          now,
        );
        if (refusal) throw new AppError("conflict", markRefusals[refusal]);
        const mark = await promisesRepo(tx).insertMark({
          promiseId,
          memberId: context.me.id,
          occurrence: input.occurrence,
          outcome: input.outcome,
          note: input.note ?? null,
          at: now,
        });
        await spacesRepo(tx).recordEvent({
          spaceId,
          memberId: context.me.id,
          kind: input.outcome === "kept" ? "promise.kept" : "promise.missed",
          at: now,
          data: { subjectId: promiseId, occurrence: input.occurrence },
        });
        // Marking it kept asks the other person to confirm it: that is a deliberate act, so they hear of it.
        const kept =
          input.outcome === "kept" && context.other ? { markId: mark.id, to: context.other } : undefined;
        return { saved: await occurrence(tx, context, promiseId, input.occurrence), kept };
      });
      await events.publish(spaceId);
      if (kept) {
        await reminders?.handOver({
          accountId: kept.to.accountId,
          spaceId,
          kind: "promise-to-confirm",
          key: promiseToConfirmKey(kept.markId),
        });
      }
      return saved;
    },

    /** The other person confirms or disputes a kept occurrence; they may change their answer, and every answer is kept. */
    async respond(
      accountId: string,
      spaceId: string,
      promiseId: string,
      markId: string,
      input: RespondInput,
    ): Promise<OccurrenceView> {
      const saved = await db.transaction(async (tx) => {
        const context = await spaceContext(tx, accountId, spaceId);
        await refuseWhenEnded(tx, spaceId, clock());
        const bundle = await load(tx, context, promiseId, true);
        const answered = [...bundle.marks.values()].find((m) => m.row.id === markId);
        if (!answered) throw notFound("That mark");
        if (bundle.promise.makerMemberId === context.me.id) {
          throw new AppError(
            "forbidden",
            "You made this promise, so it's the other person who can confirm it.",
          );
        }
        if (answered.row.outcome !== "kept") {
          throw new AppError("conflict", "This one was marked as missed, so there is nothing to confirm.");
        }
        const now = clock();
        await promisesRepo(tx).insertResponse({
          markId,
          memberId: context.me.id,
          response: input.response === "confirm" ? "confirmed" : "disputed",
          note: input.note ?? null,
          at: now,
        });
        await spacesRepo(tx).recordEvent({
          spaceId,
          memberId: context.me.id,
          kind: input.response === "confirm" ? "promise.confirmed" : "promise.disputed",
          at: now,
          data: { subjectId: promiseId, markId },
        });
        return occurrence(tx, context, promiseId, answered.row.occurrence);
      });
      await events.publish(spaceId);
      return saved;
    },
  };
}

export type PromiseItemsService = ReturnType<typeof promiseItemsService>;
