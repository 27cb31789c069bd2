import type {
  LogTriggerInput,
  TriggerPatternView,
  TriggersView,
  TriggerView,
} from "@mend/core/triggers/contract";
import type { TriggerCategory } from "@mend/core/triggers/fields";
import { type TriggerPoint, triggerPattern } from "@mend/core/triggers/pattern";
import type { Database } from "../../db/database.ts";
import { AppError, notFound, validationFailed } from "../../http/errors.ts";
import type { SpaceEventPublisher } from "../../realtime/bus.ts";
import { refuseWhenEnded } from "../ending/guard.ts";
import type { SharedReminders } from "../reminders/hand-over.ts";
import { type Pair, reaches, requireOther, requirePair } from "../spaces/pair.ts";
import { spacesRepo } from "../spaces/repo.ts";
import { requireHurt } from "./access.ts";
import { presentTrigger } from "./presenters.ts";
import { reassuranceService } from "./reassurance.ts";
import { type TriggerRow, triggersRepo } from "./repo.ts";

/** A little slack for a phone whose clock runs ahead. */
const clockSkewMs = 5 * 60_000;

/** The author always sees their own trigger; the other person only while it is shared with them. */
export const visible = (pair: Pair, row: TriggerRow) =>
  row.memberId === pair.me.id || (row.sharedAt !== null && reaches(pair, row.memberId, row.sharedAt));

function triggerLogService(deps: { db: Database; clock: () => Date }) {
  const { db, clock } = deps;

  /** The author's own trigger; the other person's shared one is visible but not theirs to change. */
  async function ownTrigger(tx: Database, pair: Pair, triggerId: string): Promise<TriggerRow> {
    const row = await triggersRepo(tx).findTrigger(pair.space.id, triggerId);
    if (!row || !visible(pair, row)) throw notFound("That trigger");
    if (row.memberId !== pair.me.id) {
      throw new AppError("forbidden", "Only the person who logged this can change or remove it.");
    }
    return row;
  }

  return {
    async list(accountId: string, spaceId: string): Promise<TriggersView> {
      const pair = await requirePair(db, accountId, spaceId);
      const rows = await triggersRepo(db).triggersInSpace(spaceId);
      return { triggers: rows.filter((row) => visible(pair, row)).map((row) => presentTrigger(pair, row)) };
    },

    async log(accountId: string, spaceId: string, input: LogTriggerInput): Promise<TriggerView> {
      return db.transaction(async (tx) => {
        const pair = await requirePair(tx, accountId, spaceId);
        requireHurt(pair, "The trigger log");
        if (input.share) requireOther(pair, "You can share triggers");
        const now = clock();
        if (input.share) await refuseWhenEnded(tx, spaceId, now);
        const occurredAt = input.occurredAt ? new Date(input.occurredAt) : now;
        if (occurredAt.getTime() > now.getTime() + clockSkewMs) {
          const message = "A trigger can only be logged once it has happened.";
          throw validationFailed(message, { occurredAt: message });
        }
        const row = await triggersRepo(tx).insertTrigger({
          ...(input.id ? { id: input.id } : {}),
          spaceId,
          memberId: pair.me.id,
          occurredAt,
          category: input.category,
          intensity: input.intensity,
          sealed: input.sealed ?? null,
          loggedAt: now,
          sharedAt: input.share ? now : null,
        });
        if (!row) {
          throw new AppError(
            "conflict",
            "A trigger with this id already exists. Log it again to try once more.",
          );
        }
        await spacesRepo(tx).recordEvent({
          spaceId,
          memberId: pair.me.id,
          kind: input.share ? "trigger.shared" : "trigger.logged",
          at: now,
          data: { subjectId: row.id },
        });
        return presentTrigger(pair, row);
      });
    },

    /** A note rewritten, or one from before the vault sealed; only its author's browser can open it. */
    async sealNote(
      accountId: string,
      spaceId: string,
      triggerId: string,
      sealed: string,
    ): Promise<TriggerView> {
      return db.transaction(async (tx) => {
        const pair = await requirePair(tx, accountId, spaceId);
        const row = await ownTrigger(tx, pair, triggerId);
        return presentTrigger(pair, await triggersRepo(tx).sealNote(row.id, sealed));
      });
    },

    /** Turning sharing off tells no one: no event is streamed, the trigger just stops appearing. */
    async setSharing(
      accountId: string,
      spaceId: string,
      triggerId: string,
      shared: boolean,
    ): Promise<TriggerView> {
      return db.transaction(async (tx) => {
        const pair = await requirePair(tx, accountId, spaceId);
        const row = await ownTrigger(tx, pair, triggerId);
        if ((row.sharedAt !== null) === shared) return presentTrigger(pair, row);
        if (shared) requireOther(pair, "You can share triggers");
        if (shared) await refuseWhenEnded(tx, spaceId, clock());
        const now = clock();
        const updated = await triggersRepo(tx).setShared(row.id, shared ? now : null);
        await spacesRepo(tx).recordEvent({
          spaceId,
          memberId: pair.me.id,
          kind: shared ? "trigger.shared" : "trigger.unshared",
          at: now,
          data: { subjectId: row.id },
        });
        return presentTrigger(pair, updated);
      });
    },

    async remove(accountId: string, spaceId: string, triggerId: string): Promise<void> {
      await db.transaction(async (tx) => {
        const pair = await requirePair(tx, accountId, spaceId);
        const row = await ownTrigger(tx, pair, triggerId);
        await triggersRepo(tx).deleteTrigger(row.id);
        await spacesRepo(tx).recordEvent({
          spaceId,
          memberId: pair.me.id,
          kind: "trigger.deleted",
          at: clock(),
        });
      });
    },

    /** Yours counts every trigger you logged; the other person's counts only what they shared with you. */
    async pattern(accountId: string, spaceId: string, weeks: number): Promise<TriggerPatternView> {
      const pair = await requirePair(db, accountId, spaceId);
      const rows = (await triggersRepo(db).triggersInSpace(spaceId)).filter((row) => visible(pair, row));
      const now = clock();
      const points = (memberId: string): TriggerPoint[] =>
        rows
          .filter((row) => row.memberId === memberId)
          .map((row) => ({
            occurredAt: row.occurredAt,
            category: row.category as TriggerCategory,
            intensity: row.intensity,
          }));
      const series = (author: "you" | "other", memberId: string) => {
        const pattern = triggerPattern(points(memberId), now, weeks);
        return {
          author,
          weeks: pattern.weeks.map((w) => ({ ...w, weekStart: w.weekStart.toISOString() })),
          byCategory: pattern.byCategory,
          total: pattern.total,
          averageIntensity: pattern.averageIntensity,
        };
      };
      return {
        weeks,
        series: [series("you", pair.me.id), ...(pair.other ? [series("other", pair.other.id)] : [])],
      };
    },
  };
}

export function triggersService(deps: {
  db: Database;
  clock: () => Date;
  events: SpaceEventPublisher;
  /** Reminders a deliberate act makes due for the other person, handed over after commit. */
  reminders?: SharedReminders;
}) {
  return { log: triggerLogService(deps), reassurance: reassuranceService(deps) };
}

export type TriggersService = ReturnType<typeof triggersService>;
