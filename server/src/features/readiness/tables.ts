import { sql } from "drizzle-orm";
import { check, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { memberIdColumn, spaceIdColumn } from "../spaces/columns.ts";

/**
 * Each time a member takes the private readiness check. Retaking adds a row; the latest counts. The
 * answers are sealed in the taker's vault (`sealedAnswers`), assessed in their browser, and neither
 * they nor what they point to are known here; the other member learns that a check exists, nothing
 * more. `answers` holds a check taken before the vault, until its taker's browser seals it.
 */
export const readinessChecks = pgTable(
  "readiness_checks",
  {
    // Made by the browser, which seals the answers under it (the id is bound into the envelope).
    id: uuid("id").primaryKey().defaultRandom(),
    spaceId: spaceIdColumn(),
    memberId: memberIdColumn("member_id"),
    sealedAnswers: text("sealed_answers"),
    answers: jsonb("answers"),
    completedAt: timestamp("completed_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    index("readiness_checks_member_idx").on(table.memberId, table.completedAt),
    index("readiness_checks_space_idx").on(table.spaceId),
    check(
      "readiness_checks_answers_check",
      sql`(${table.sealedAnswers} is null) <> (${table.answers} is null)`,
    ),
  ],
);
