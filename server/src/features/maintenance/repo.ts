import { asc, eq } from "drizzle-orm";
import type { Database } from "../../db/database.ts";
import { maintenanceReviews } from "./tables.ts";

export type ReviewRow = typeof maintenanceReviews.$inferSelect;

export function maintenanceRepo(db: Database) {
  return {
    async insertReview(values: typeof maintenanceReviews.$inferInsert): Promise<void> {
      await db.insert(maintenanceReviews).values(values);
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
