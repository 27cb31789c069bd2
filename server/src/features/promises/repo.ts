import { and, asc, eq, gte, inArray, isNull, or } from "drizzle-orm";
import type { Database } from "../../db/database.ts";
import { isUuid } from "../spaces/repo.ts";
import { calendarFeeds, promiseMarks, promiseResponses, promises, transparencyActs } from "./tables.ts";

export type PromiseRow = typeof promises.$inferSelect;
export type MarkRow = typeof promiseMarks.$inferSelect;
export type ResponseRow = typeof promiseResponses.$inferSelect;
export type TransparencyActRow = typeof transparencyActs.$inferSelect;
export type CalendarFeedRow = typeof calendarFeeds.$inferSelect;

/** A mark or act with the latest of the other person's answers (every answer is kept; the last counts). */
export interface Answered<T> {
  row: T;
  response: ResponseRow | undefined;
}

export interface PromiseBundle {
  promise: PromiseRow;
  /** Marks by occurrence key. */
  marks: Map<string, Answered<MarkRow>>;
}

async function inserted<T>(rows: Promise<T[]>): Promise<T> {
  const [row] = await rows;
  if (!row) throw new Error("insert returned no row");
  return row;
}

/** The latest answer per subject, reading answers in the order they were given. */
function latestBy(
  responses: ResponseRow[],
  key: (r: ResponseRow) => string | null,
): Map<string, ResponseRow> {
  const latest = new Map<string, ResponseRow>();
  for (const response of responses) {
    const subject = key(response);
    if (subject !== null) latest.set(subject, response);
  }
  return latest;
}

export function promisesRepo(db: Database) {
  async function bundles(rows: PromiseRow[]): Promise<PromiseBundle[]> {
    if (rows.length === 0) return [];
    const marks = await db
      .select()
      .from(promiseMarks)
      .where(
        inArray(
          promiseMarks.promiseId,
          rows.map((p) => p.id),
        ),
      );
    const responses =
      marks.length === 0
        ? []
        : await db
            .select()
            .from(promiseResponses)
            .where(
              inArray(
                promiseResponses.markId,
                marks.map((m) => m.id),
              ),
            )
            .orderBy(asc(promiseResponses.seq));
    const latest = latestBy(responses, (r) => r.markId);
    return rows.map((promise) => ({
      promise,
      marks: new Map(
        marks
          .filter((m) => m.promiseId === promise.id)
          .map((m) => [m.occurrence, { row: m, response: latest.get(m.id) }]),
      ),
    }));
  }

  return {
    insertPromise: (values: typeof promises.$inferInsert) =>
      inserted(db.insert(promises).values(values).returning()),
    insertMark: (values: typeof promiseMarks.$inferInsert) =>
      inserted(db.insert(promiseMarks).values(values).returning()),
    insertResponse: (values: typeof promiseResponses.$inferInsert) =>
      inserted(db.insert(promiseResponses).values(values).returning()),
    insertAct: (values: typeof transparencyActs.$inferInsert) =>
      inserted(db.insert(transparencyActs).values(values).returning()),
    insertFeed: (values: typeof calendarFeeds.$inferInsert) =>
      inserted(db.insert(calendarFeeds).values(values).returning()),

    async promisesIn(spaceId: string): Promise<PromiseBundle[]> {
      const rows = await db
        .select()
        .from(promises)
        .where(eq(promises.spaceId, spaceId))
        .orderBy(asc(promises.createdAt), asc(promises.id));
      return bundles(rows);
    },

    /** One promise in this space; locked for the transaction when asked, so marks on it happen one at a time. */
    async findPromise(spaceId: string, promiseId: string, options: { lock?: boolean } = {}) {
      if (!isUuid(promiseId)) return undefined;
      const query = db
        .select()
        .from(promises)
        .where(and(eq(promises.spaceId, spaceId), eq(promises.id, promiseId)));
      const rows = options.lock ? await query.for("update") : await query;
      return (await bundles(rows))[0];
    },

    async endPromise(promiseId: string, at: Date, note: string | null): Promise<void> {
      await db.update(promises).set({ endedAt: at, endNote: note }).where(eq(promises.id, promiseId));
    },

    async actsIn(
      spaceId: string,
      options: { actId?: string; lock?: boolean } = {},
    ): Promise<Answered<TransparencyActRow>[]> {
      if (options.actId !== undefined && !isUuid(options.actId)) return [];
      const where = options.actId
        ? and(eq(transparencyActs.spaceId, spaceId), eq(transparencyActs.id, options.actId))
        : eq(transparencyActs.spaceId, spaceId);
      const query = db
        .select()
        .from(transparencyActs)
        .where(where)
        .orderBy(asc(transparencyActs.at), asc(transparencyActs.id));
      const acts = options.lock ? await query.for("update") : await query;
      if (acts.length === 0) return [];
      const responses = await db
        .select()
        .from(promiseResponses)
        .where(
          inArray(
            promiseResponses.actId,
            acts.map((a) => a.id),
          ),
        )
        .orderBy(asc(promiseResponses.seq));
      const latest = latestBy(responses, (r) => r.actId);
      return acts.map((row) => ({ row, response: latest.get(row.id) }));
    },

    /**
     * The promises of many spaces that can still fall due after `since`, each with the occurrences
     * its maker already marked from two days before `since` on (keys are local wall times, which
     * sort as text; no occurrence due after `since` is named earlier than that). One query per table.
     */
    async dueAfterIn(
      spaceIds: readonly string[],
      since: Date,
    ): Promise<{ promise: PromiseRow; markedKeys: Set<string> }[]> {
      if (spaceIds.length === 0) return [];
      const rows = await db
        .select()
        .from(promises)
        .where(
          and(
            inArray(promises.spaceId, [...spaceIds]),
            or(isNull(promises.endedAt), gte(promises.endedAt, since)),
          ),
        )
        .orderBy(asc(promises.createdAt), asc(promises.id));
      if (rows.length === 0) return [];
      const keyFloor = new Date(since.getTime() - 2 * 86_400_000).toISOString().slice(0, 10);
      const marks = await db
        .select({ promiseId: promiseMarks.promiseId, occurrence: promiseMarks.occurrence })
        .from(promiseMarks)
        .where(
          and(
            inArray(
              promiseMarks.promiseId,
              rows.map((p) => p.id),
            ),
            gte(promiseMarks.occurrence, keyFloor),
          ),
        );
      return rows.map((promise) => ({
        promise,
        markedKeys: new Set(marks.filter((m) => m.promiseId === promise.id).map((m) => m.occurrence)),
      }));
    },

    async activeFeed(spaceId: string, memberId: string): Promise<CalendarFeedRow | undefined> {
      const [row] = await db
        .select()
        .from(calendarFeeds)
        .where(
          and(
            eq(calendarFeeds.spaceId, spaceId),
            eq(calendarFeeds.memberId, memberId),
            isNull(calendarFeeds.revokedAt),
          ),
        );
      return row;
    },

    async revokeFeeds(spaceId: string, memberId: string, at: Date): Promise<number> {
      const rows = await db
        .update(calendarFeeds)
        .set({ revokedAt: at })
        .where(
          and(
            eq(calendarFeeds.spaceId, spaceId),
            eq(calendarFeeds.memberId, memberId),
            isNull(calendarFeeds.revokedAt),
          ),
        )
        .returning({ id: calendarFeeds.id });
      return rows.length;
    },

    async findFeedByHash(tokenHash: string): Promise<CalendarFeedRow | undefined> {
      const [row] = await db
        .select()
        .from(calendarFeeds)
        .where(and(eq(calendarFeeds.tokenHash, tokenHash), isNull(calendarFeeds.revokedAt)));
      return row;
    },
  };
}

export type PromisesRepo = ReturnType<typeof promisesRepo>;
