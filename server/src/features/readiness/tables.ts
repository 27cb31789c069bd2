import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { spaceMembers, spaces } from "../spaces/tables.ts";

/**
 * Each time a member takes the private readiness check. Only its author ever reads the answers;
 * the other member learns that a check exists, nothing more. Retaking adds a row; the latest counts.
 */
export const readinessChecks = pgTable(
  "readiness_checks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    spaceId: uuid("space_id")
      .notNull()
      .references(() => spaces.id, { onDelete: "cascade" }),
    memberId: uuid("member_id")
      .notNull()
      .references(() => spaceMembers.id, { onDelete: "cascade" }),
    answers: jsonb("answers").notNull(),
    path: text("path").notNull(),
    completedAt: timestamp("completed_at", { withTimezone: true }).notNull(),
  },
  (table) => [index("readiness_checks_member_idx").on(table.memberId, table.completedAt)],
);
