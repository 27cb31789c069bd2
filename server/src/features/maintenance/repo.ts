import { asc, eq, inArray, max } from "drizzle-orm";
import type { Database } from "../../db/database.ts";
import { maintenanceReviews } from "./tables.ts";

export type ReviewRow = typeof maintenanceReviews.$inferSelect;

export function maintenanceRepo(db: Database) {
  return {
    async insertReview(values: typeof maintenanceReviews.$inferInsert): Promise<void> {
      await db.insert(maintenanceReviews).values(values);
    },

    /** When each of many spaces last held its monthly conversation (spaces that never did are absent). */
    async lastHeldIn(spaceIds: readonly string[]): Promise<Map<string, Date>> {
      if (spaceIds.length === 0) return new Map();
      const rows = await db
        .select({ spaceId: maintenanceReviews.spaceId, heldAt: max(maintenanceReviews.heldAt) })
        .from(maintenanceReviews)
        .where(inArray(maintenanceReviews.spaceId, [...spaceIds]))
        .groupBy(maintenanceReviews.spaceId);
      return new Map(rows.flatMap((row) => (row.heldAt ? [[row.spaceId, row.heldAt] as const] : [])));
    },

    reviewsOf(spaceId: string): Promise<ReviewRow[]> {
      return db
        .select()
        .from(maintenanceReviews)
        .where(eq(maintenanceReviews.spaceId, spaceId))
        .orderBy(asc(maintenanceReviews.heldAt));
    },
  };
}
