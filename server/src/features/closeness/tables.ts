import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { memberIdColumn, spaceIdColumn } from "../spaces/columns.ts";
import { spaceMembers } from "../spaces/tables.ts";

// Appreciations, plans, plan versions and plan reflections are shared history: a trigger refuses
// UPDATE and DELETE (see the `heal_append_only` migration), except the cascades and SET NULLs that
// removing a space or an account performs.

/** A short note to the other person. There is no read state, by design. */
export const appreciations = pgTable(
  "appreciations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    spaceId: spaceIdColumn(),
    fromMemberId: memberIdColumn("from_member_id"),
    /** Kept as the sender's own record when the recipient deletes their account. */
    toMemberId: uuid("to_member_id").references(() => spaceMembers.id, { onDelete: "set null" }),
    text: text("text").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    index("appreciations_to_idx").on(table.toMemberId, table.createdAt),
    index("appreciations_from_idx").on(table.fromMemberId, table.createdAt),
    index("appreciations_space_idx").on(table.spaceId, table.createdAt),
  ],
);

export const timeTogetherPlans = pgTable(
  "time_together_plans",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    spaceId: spaceIdColumn(),
    ideaId: text("idea_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (table) => [index("time_together_plans_space_idx").on(table.spaceId, table.createdAt)],
);

/** Every change to a plan is a new version; the latest is the plan as it stands. */
export const timeTogetherVersions = pgTable(
  "time_together_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => timeTogetherPlans.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    title: text("title").notNull(),
    plannedFor: date("planned_for", { mode: "string" }),
    status: text("status").notNull(),
    byMemberId: uuid("by_member_id").references(() => spaceMembers.id, { onDelete: "set null" }),
    at: timestamp("at", { withTimezone: true }).notNull(),
  },
  (table) => [
    unique("time_together_versions_plan_version_uniq").on(table.planId, table.version),
    check("time_together_versions_status_check", sql`${table.status} in ('planned', 'done', 'set_aside')`),
    index("time_together_versions_by_idx").on(table.byMemberId),
  ],
);

/** One line each after time together; written once. */
export const timeTogetherReflections = pgTable(
  "time_together_reflections",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => timeTogetherPlans.id, { onDelete: "cascade" }),
    memberId: memberIdColumn("member_id"),
    text: text("text").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    unique("time_together_reflections_plan_member_uniq").on(table.planId, table.memberId),
    index("time_together_reflections_member_idx").on(table.memberId),
  ],
);

/**
 * Each member's private answer per ladder step. Changing an answer overwrites it; clearing deletes it.
 * `answeredAt` is refreshed on every write, so a yes given while paired with someone who has since left
 * can be told apart from one given to the person in the space now (see `answeredTogether`).
 */
export const closenessLadderAnswers = pgTable(
  "closeness_ladder_answers",
  {
    spaceId: spaceIdColumn(),
    memberId: memberIdColumn("member_id"),
    stepId: text("step_id").notNull(),
    answer: text("answer").notNull(),
    answeredAt: timestamp("answered_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.memberId, table.stepId] }),
    index("closeness_ladder_answers_space_idx").on(table.spaceId),
    check("closeness_ladder_answers_answer_check", sql`${table.answer} in ('yes', 'maybe_later', 'no')`),
  ],
);
