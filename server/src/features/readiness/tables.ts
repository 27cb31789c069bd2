import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { memberIdColumn, spaceIdColumn } from "../spaces/columns.ts";

/**
 * Each time a member takes the private readiness check. Only its author ever reads the answers;
 * the other member learns that a check exists, nothing more. Retaking adds a row; the latest counts.
 */
export const readinessChecks = pgTable(
  "readiness_checks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    spaceId: spaceIdColumn(),
    memberId: memberIdColumn("member_id"),
    answers: jsonb("answers").notNull(),
    path: text("path").notNull(),
    completedAt: timestamp("completed_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    index("readiness_checks_member_idx").on(table.memberId, table.completedAt),
    index("readiness_checks_space_idx").on(table.spaceId),
  ],
);
