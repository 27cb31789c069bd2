import { and, asc, eq, gt, sql } from "drizzle-orm";
import type { Database } from "../db/database.ts";
import { sessions } from "../features/accounts/tables.ts";
import { spaceEvents } from "../features/spaces/tables.ts";

export type StreamRow = Pick<typeof spaceEvents.$inferSelect, "id" | "kind" | "at" | "memberId" | "data">;

export function realtimeRepo(db: Database) {
  return {
    async latestEventId(spaceId: string): Promise<number> {
      const [row] = await db
        .select({ id: sql<string | null>`max(${spaceEvents.id})` })
        .from(spaceEvents)
        .where(eq(spaceEvents.spaceId, spaceId));
      return Number(row?.id ?? 0);
    },

    async eventsAfter(spaceId: string, after: number, limit: number): Promise<StreamRow[]> {
      return db
        .select({
          id: spaceEvents.id,
          kind: spaceEvents.kind,
          at: spaceEvents.at,
          memberId: spaceEvents.memberId,
          data: spaceEvents.data,
        })
        .from(spaceEvents)
        .where(and(eq(spaceEvents.spaceId, spaceId), gt(spaceEvents.id, after)))
        .orderBy(asc(spaceEvents.id))
        .limit(limit);
    },

    /** Only the times that decide whether a session is still live; nothing else about it. */
    async sessionTimes(sessionId: string) {
      const [row] = await db
        .select({ lastUsedAt: sessions.lastUsedAt, expiresAt: sessions.expiresAt })
        .from(sessions)
        .where(eq(sessions.id, sessionId));
      return row;
    },
  };
}
