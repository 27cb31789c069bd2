import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { memberIdColumn, spaceIdColumn } from "../spaces/columns.ts";

/** A proposed talk as it was proposed: append-only (a trigger refuses UPDATE and DELETE). */
export const talks = pgTable(
  "talks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    spaceId: spaceIdColumn(),
    proposerMemberId: memberIdColumn("proposer_member_id"),
    partnerMemberId: memberIdColumn("partner_member_id"),
    topic: text("topic").notNull(),
    limitMinutes: integer("limit_minutes").notNull(),
    groundRules: text("ground_rules").array().notNull(),
    customRules: text("custom_rules").array().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    index("talks_space_idx").on(table.spaceId, table.createdAt),
    index("talks_proposer_idx").on(table.proposerMemberId),
    index("talks_partner_idx").on(table.partnerMemberId),
  ],
);

/**
 * Everything that happens in a talk, in order: time proposals, start, breaks, turns, the end,
 * summaries. The talk's state is folded from these (core/src/talks/state.ts); append-only.
 */
export const talkEntries = pgTable(
  "talk_entries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    seq: bigserial("seq", { mode: "number" }).notNull(),
    talkId: uuid("talk_id")
      .notNull()
      .references(() => talks.id, { onDelete: "cascade" }),
    spaceId: spaceIdColumn(),
    memberId: memberIdColumn("member_id"),
    kind: text("kind").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }),
    returnAt: timestamp("return_at", { withTimezone: true }),
    suggestion: text("suggestion"),
    finished: boolean("finished"),
    text: text("text"),
    turnId: uuid("turn_id"),
    rating: text("rating"),
    at: timestamp("at", { withTimezone: true }).notNull(),
  },
  (table) => [
    index("talk_entries_space_idx").on(table.spaceId, table.seq),
    index("talk_entries_talk_idx").on(table.talkId, table.seq),
    index("talk_entries_member_idx").on(table.memberId),
  ],
);

/**
 * Each person's private reflection after a talk: only its writer ever sees it. The words are sealed in
 * the writer's vault under the talk's id (`sealed`); `text` holds one written before the vault, until its
 * writer next opens it and it is sealed.
 */
export const talkReflections = pgTable(
  "talk_reflections",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    talkId: uuid("talk_id")
      .notNull()
      .references(() => talks.id, { onDelete: "cascade" }),
    spaceId: spaceIdColumn(),
    memberId: memberIdColumn("member_id"),
    sealed: text("sealed"),
    text: text("text"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    check("talk_reflections_words_check", sql`(${table.sealed} is null) <> (${table.text} is null)`),
    uniqueIndex("talk_reflections_member_uniq").on(table.talkId, table.memberId),
    index("talk_reflections_space_idx").on(table.spaceId),
    index("talk_reflections_member_idx").on(table.memberId),
  ],
);
