import type { Sharing } from "@mend/core/checkins/fields";
import { and, asc, desc, eq } from "drizzle-orm";
import type { Database } from "../../db/database.ts";
import { isUuid } from "../spaces/repo.ts";
import { checkins } from "./tables.ts";

export type CheckinRow = typeof checkins.$inferSelect;

export function checkinsRepo(db: Database) {
  return {
    async insert(values: typeof checkins.$inferInsert): Promise<CheckinRow> {
      const [row] = await db.insert(checkins).values(values).returning();
      if (!row) throw new Error("insert returned no row");
      return row;
    },

    /** One member's check-ins in a space, newest first. */
    async byMember(spaceId: string, memberId: string): Promise<CheckinRow[]> {
      return db
        .select()
        .from(checkins)
        .where(and(eq(checkins.spaceId, spaceId), eq(checkins.memberId, memberId)))
        .orderBy(desc(checkins.submittedAt), desc(checkins.id));
    },

    /** Every check-in in a space, oldest first (for insights and help, which filter per viewer). */
    async inSpace(spaceId: string): Promise<CheckinRow[]> {
      return db
        .select()
        .from(checkins)
        .where(eq(checkins.spaceId, spaceId))
        .orderBy(asc(checkins.submittedAt), asc(checkins.id));
    },

    async latestOffset(spaceId: string, memberId: string): Promise<number | undefined> {
      const [row] = await db
        .select({ utcOffsetMinutes: checkins.utcOffsetMinutes })
        .from(checkins)
        .where(and(eq(checkins.spaceId, spaceId), eq(checkins.memberId, memberId)))
        .orderBy(desc(checkins.submittedAt))
        .limit(1);
      return row?.utcOffsetMinutes;
    },

    /** The check-in only if `memberId` wrote it in `spaceId`: anyone else finds nothing. */
    async findOwn(spaceId: string, memberId: string, checkinId: string): Promise<CheckinRow | undefined> {
      if (!isUuid(checkinId)) return undefined;
      const [row] = await db
        .select()
        .from(checkins)
        .where(
          and(eq(checkins.id, checkinId), eq(checkins.spaceId, spaceId), eq(checkins.memberId, memberId)),
        );
      return row;
    },

    async setSharing(checkinId: string, sharing: Sharing): Promise<CheckinRow> {
      const [row] = await db.update(checkins).set({ sharing }).where(eq(checkins.id, checkinId)).returning();
      if (!row) throw new Error("update returned no row");
      return row;
    },
  };
}
