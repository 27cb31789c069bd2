import { and, asc, desc, eq, gte, inArray } from "drizzle-orm";
import type { Database } from "../../db/database.ts";
import type { SpaceRead } from "../../db/space-reads.ts";
import { isUuid } from "../spaces/repo.ts";
import { talkEntries, talkReflections, talks } from "./tables.ts";

export type TalkRow = typeof talks.$inferSelect;
export type TalkEntryRow = typeof talkEntries.$inferSelect;
export type ReflectionRow = typeof talkReflections.$inferSelect;

export function talksRepo(db: Database) {
  return {
    async insertTalk(values: typeof talks.$inferInsert): Promise<TalkRow> {
      const [row] = await db.insert(talks).values(values).returning();
      if (!row) throw new Error("insert returned no row");
      return row;
    },

    /** With `lock`, actions on one talk wait for each other, so two people never act on a stale state. */
    async findTalk(spaceId: string, talkId: string, options: { lock?: boolean } = {}) {
      if (!isUuid(talkId)) return undefined;
      const query = db
        .select()
        .from(talks)
        .where(and(eq(talks.spaceId, spaceId), eq(talks.id, talkId)));
      const [row] = options.lock ? await query.for("update") : await query;
      return row;
    },

    async talksInSpace(spaceId: string): Promise<TalkRow[]> {
      return db.select().from(talks).where(eq(talks.spaceId, spaceId)).orderBy(desc(talks.createdAt));
    },

    async insertEntry(values: typeof talkEntries.$inferInsert): Promise<TalkEntryRow> {
      const [row] = await db.insert(talkEntries).values(values).returning();
      if (!row) throw new Error("insert returned no row");
      return row;
    },

    async entriesOf(talkId: string): Promise<TalkEntryRow[]> {
      return db
        .select()
        .from(talkEntries)
        .where(eq(talkEntries.talkId, talkId))
        .orderBy(asc(talkEntries.seq));
    },

    async entriesInSpace(spaceId: string): Promise<TalkEntryRow[]> {
      return db
        .select()
        .from(talkEntries)
        .where(eq(talkEntries.spaceId, spaceId))
        .orderBy(asc(talkEntries.seq));
    },

    /**
     * Talks in many spaces that were ever proposed for a time from `since` on, with all their
     * entries: the only ones that can be scheduled to start then. Three queries however many spaces.
     */
    async proposedFromIn(
      spaceIds: readonly string[],
      since: Date,
    ): Promise<{ talks: TalkRow[]; entries: TalkEntryRow[] }> {
      if (spaceIds.length === 0) return { talks: [], entries: [] };
      const proposed = await db
        .selectDistinct({ talkId: talkEntries.talkId })
        .from(talkEntries)
        .where(
          and(
            inArray(talkEntries.spaceId, [...spaceIds]),
            eq(talkEntries.kind, "time_proposed"),
            gte(talkEntries.startsAt, since),
          ),
        );
      const ids = proposed.map((row) => row.talkId);
      if (ids.length === 0) return { talks: [], entries: [] };
      const rows = await db.select().from(talks).where(inArray(talks.id, ids));
      const entries = await db
        .select()
        .from(talkEntries)
        .where(inArray(talkEntries.talkId, ids))
        .orderBy(asc(talkEntries.seq));
      return { talks: rows, entries };
    },

    async reflectionsOf(memberId: string): Promise<ReflectionRow[]> {
      return db.select().from(talkReflections).where(eq(talkReflections.memberId, memberId));
    },

    /** Stores the envelope and, in the same statement, drops any words kept from before the vault. */
    async saveReflection(
      values: Omit<typeof talkReflections.$inferInsert, "id" | "text"> & { sealed: string },
    ): Promise<ReflectionRow> {
      const [row] = await db
        .insert(talkReflections)
        .values(values)
        .onConflictDoUpdate({
          target: [talkReflections.talkId, talkReflections.memberId],
          set: { sealed: values.sealed, text: null, updatedAt: values.updatedAt },
        })
        .returning();
      if (!row) throw new Error("upsert returned no row");
      return row;
    },
  };
}

/** A space's talks and their entries, read once per request by the progress sources. */
export const readTalks: SpaceRead<TalkRow[]> = (db, spaceId) => talksRepo(db).talksInSpace(spaceId);
export const readTalkEntries: SpaceRead<TalkEntryRow[]> = (db, spaceId) =>
  talksRepo(db).entriesInSpace(spaceId);
