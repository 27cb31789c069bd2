import { and, desc, eq, inArray } from "drizzle-orm";
import type { Database } from "../../db/database.ts";
import { readinessChecks } from "./tables.ts";

export type ReadinessCheckRow = typeof readinessChecks.$inferSelect;

export function readinessRepo(db: Database) {
  return {
    async insert(values: typeof readinessChecks.$inferInsert): Promise<ReadinessCheckRow> {
      const [row] = await db.insert(readinessChecks).values(values).returning();
      if (!row) throw new Error("insert returned no row");
      return row;
    },

    async latestOf(memberId: string): Promise<ReadinessCheckRow | undefined> {
      const [row] = await db
        .select()
        .from(readinessChecks)
        .where(eq(readinessChecks.memberId, memberId))
        .orderBy(desc(readinessChecks.completedAt))
        .limit(1);
      return row;
    },

    /** The first completion of each given member: all the shared record needs to know. */
    async firstCompletions(spaceId: string, memberIds: string[]): Promise<Map<string, Date>> {
      if (memberIds.length === 0) return new Map();
      const rows = await db
        .select({ memberId: readinessChecks.memberId, completedAt: readinessChecks.completedAt })
        .from(readinessChecks)
        .where(and(eq(readinessChecks.spaceId, spaceId), inArray(readinessChecks.memberId, memberIds)));
      const first = new Map<string, Date>();
      for (const row of rows) {
        const known = first.get(row.memberId);
        if (!known || row.completedAt < known) first.set(row.memberId, row.completedAt);
      }
      return first;
    },
  };
}
