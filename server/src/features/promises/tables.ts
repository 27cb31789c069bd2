import type { PromiseSchedule } from "@mend/core/agreements/schedule";
import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { memberIdColumn, spaceIdColumn } from "../spaces/columns.ts";

/**
 * Promises, what their makers said about each occurrence, the other person's answers, and acts of
 * proactive transparency. A promise is never edited: to change one, the maker ends it and makes
 * another, so what was promised stays on record. Marks, answers and acts are append-only (a
 * trigger refuses UPDATE and DELETE); only `promises.ended_at`/`end_note` and
 * `calendar_feeds.revoked_at` are ever set after insert.
 */
export const promises = pgTable(
  "promises",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    spaceId: spaceIdColumn(),
    makerMemberId: memberIdColumn("maker_member_id"),
    text: text("text").notNull(),
    schedule: jsonb("schedule").$type<PromiseSchedule>().notNull(),
    /** IANA zone: the schedule's wall times are the maker's local time. */
    timeZone: text("time_zone").notNull(),
    graceHours: integer("grace_hours").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    endNote: text("end_note"),
  },
  (table) => [
    index("promises_space_idx").on(table.spaceId, table.createdAt),
    index("promises_maker_idx").on(table.makerMemberId),
  ],
);

/** The maker's word on one occurrence (named by its local wall time); at most one per occurrence. */
export const promiseMarks = pgTable(
  "promise_marks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    promiseId: uuid("promise_id")
      .notNull()
      .references(() => promises.id, { onDelete: "cascade" }),
    memberId: memberIdColumn("member_id"),
    occurrence: text("occurrence").notNull(),
    outcome: text("outcome").notNull(),
    note: text("note"),
    at: timestamp("at", { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex("promise_marks_occurrence_uniq").on(table.promiseId, table.occurrence),
    check("promise_marks_outcome", sql`${table.outcome} in ('kept', 'missed')`),
    index("promise_marks_member_idx").on(table.memberId),
  ],
);

/** "Told you my plans before you asked": openness offered, logged as a kept act. */
export const transparencyActs = pgTable(
  "transparency_acts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    spaceId: spaceIdColumn(),
    memberId: memberIdColumn("member_id"),
    note: text("note").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull(),
  },
  (table) => [
    index("transparency_acts_space_idx").on(table.spaceId, table.at),
    index("transparency_acts_member_idx").on(table.memberId),
  ],
);

/** The other person's answers to a kept mark or an act; the latest counts, every one is kept. */
export const promiseResponses = pgTable(
  "promise_responses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    seq: bigserial("seq", { mode: "number" }).notNull(),
    markId: uuid("mark_id").references(() => promiseMarks.id, { onDelete: "cascade" }),
    actId: uuid("act_id").references(() => transparencyActs.id, { onDelete: "cascade" }),
    memberId: memberIdColumn("member_id"),
    response: text("response").notNull(),
    note: text("note"),
    at: timestamp("at", { withTimezone: true }).notNull(),
  },
  (table) => [
    index("promise_responses_mark_idx").on(table.markId, table.seq),
    index("promise_responses_act_idx").on(table.actId, table.seq),
    check("promise_responses_one_subject", sql`(${table.markId} is null) <> (${table.actId} is null)`),
    check("promise_responses_response", sql`${table.response} in ('confirmed', 'disputed')`),
    index("promise_responses_member_idx").on(table.memberId),
  ],
);

/**
 * A person's calendar feed: a secret address calendar apps can fetch without signing in. Only the
 * SHA-256 of the token is stored; rotating or revoking sets `revoked_at` and the address stops working.
 */
export const calendarFeeds = pgTable(
  "calendar_feeds",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    spaceId: spaceIdColumn(),
    memberId: memberIdColumn("member_id"),
    tokenHash: text("token_hash").notNull().unique(),
    discreet: boolean("discreet").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (table) => [
    index("calendar_feeds_member_idx").on(table.memberId),
    index("calendar_feeds_space_idx").on(table.spaceId),
  ],
);
