import { and, asc, eq, gt, inArray, isNull } from "drizzle-orm";
import type { Database } from "../db/database.ts";
import { sessions } from "../features/accounts/tables.ts";
import type { MemberRow } from "../features/spaces/repo.ts";
import { spaceEvents, spaceMembers, spaces } from "../features/spaces/tables.ts";

/** A streamed event: only those have a position. */
export type StreamRow = Pick<typeof spaceEvents.$inferSelect, "kind" | "at" | "memberId" | "data"> & {
  position: number;
};

export function realtimeRepo(db: Database) {
  return {
    /** The space's stream position now: events at or before it are committed and in order. */
    async latestPosition(spaceId: string): Promise<number> {
      const [row] = await db
        .select({ position: spaces.streamPosition })
        .from(spaces)
        .where(eq(spaces.id, spaceId));
      return row?.position ?? 0;
    },

    async eventsAfter(spaceId: string, afterPosition: number, limit: number): Promise<StreamRow[]> {
      const rows = await db
        .select({
          position: spaceEvents.streamPosition,
          kind: spaceEvents.kind,
          at: spaceEvents.at,
          memberId: spaceEvents.memberId,
          data: spaceEvents.data,
        })
        .from(spaceEvents)
        .where(and(eq(spaceEvents.spaceId, spaceId), gt(spaceEvents.streamPosition, afterPosition)))
        .orderBy(asc(spaceEvents.streamPosition))
        .limit(limit);
      // `gt` leaves out rows without a position; the filter only tells the type so.
      return rows.flatMap((row) => (row.position === null ? [] : [{ ...row, position: row.position }]));
    },

    /** The space's present members, none while the space is closed. */
    async membersOfOpenSpace(spaceId: string): Promise<MemberRow[]> {
      const rows = await db
        .select({ member: spaceMembers })
        .from(spaceMembers)
        .innerJoin(spaces, eq(spaces.id, spaceMembers.spaceId))
        .where(and(eq(spaceMembers.spaceId, spaceId), isNull(spaceMembers.leftAt), isNull(spaces.closedAt)));
      return rows.map((row) => row.member);
    },

    /** Only the times that decide whether each session is still live; nothing else about them. */
    async sessionTimes(sessionIds: readonly string[]) {
      if (sessionIds.length === 0) return new Map<string, { lastUsedAt: Date; expiresAt: Date }>();
      const rows = await db
        .select({ id: sessions.id, lastUsedAt: sessions.lastUsedAt, expiresAt: sessions.expiresAt })
        .from(sessions)
        .where(inArray(sessions.id, [...sessionIds]));
      return new Map(rows.map(({ id, ...times }) => [id, times]));
    },
  };
}
