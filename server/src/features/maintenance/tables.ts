import { index, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";
import { spaceIdColumn } from "../spaces/columns.ts";
import { spaceMembers } from "../spaces/tables.ts";

/** Each monthly review conversation the members marked as held. Append-only (see `heal_append_only`). */
export const maintenanceReviews = pgTable(
  "maintenance_reviews",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    spaceId: spaceIdColumn(),
    memberId: uuid("member_id").references(() => spaceMembers.id, { onDelete: "set null" }),
    heldAt: timestamp("held_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    index("maintenance_reviews_space_idx").on(table.spaceId, table.heldAt),
    index("maintenance_reviews_member_idx").on(table.memberId),
  ],
);
