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

/**
 * Moments that brought the pain back. Private unless `sharedAt` is set; sharing can be turned off
 * again, and turning it off tells no one. The note is sealed in the author's vault (`sealed`) and is
 * never shared; `note` holds one written before the vault, until its author next opens it and it is sealed.
 */
export const triggerEntries = pgTable(
  "trigger_entries",
  {
    // Made by the browser when a note is sealed under it (the id is bound into the envelope).
    id: uuid("id").primaryKey().defaultRandom(),
    spaceId: spaceIdColumn(),
    memberId: memberIdColumn("member_id"),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull(),
    category: text("category").notNull(),
    intensity: integer("intensity").notNull(),
    sealed: text("sealed"),
    note: text("note"),
    loggedAt: timestamp("logged_at", { withTimezone: true }).notNull(),
    sharedAt: timestamp("shared_at", { withTimezone: true }),
  },
  (table) => [
    index("trigger_entries_space_idx").on(table.spaceId, table.occurredAt),
    index("trigger_entries_member_idx").on(table.memberId),
    check("trigger_entries_note_check", sql`${table.sealed} is null or ${table.note} is null`),
  ],
);

/** "I'm struggling right now, could you…": append-only once sent. */
export const reassuranceRequests = pgTable(
  "reassurance_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    spaceId: spaceIdColumn(),
    requesterMemberId: memberIdColumn("requester_member_id"),
    recipientMemberId: memberIdColumn("recipient_member_id"),
    /** The requester's own trigger it came from; only they see the link, and deleting the trigger clears it. */
    triggerId: uuid("trigger_id").references(() => triggerEntries.id, { onDelete: "set null" }),
    ask: text("ask"),
    message: text("message"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    index("reassurance_requests_space_idx").on(table.spaceId, table.createdAt),
    index("reassurance_requests_requester_idx").on(table.requesterMemberId),
    index("reassurance_requests_recipient_idx").on(table.recipientMemberId),
    index("reassurance_requests_trigger_idx").on(table.triggerId),
  ],
);

export const reassuranceReplies = pgTable(
  "reassurance_replies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    seq: bigserial("seq", { mode: "number" }).notNull(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => reassuranceRequests.id, { onDelete: "cascade" }),
    spaceId: spaceIdColumn(),
    memberId: memberIdColumn("member_id"),
    text: text("text").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull(),
  },
  (table) => [
    index("reassurance_replies_space_idx").on(table.spaceId, table.seq),
    index("reassurance_replies_request_idx").on(table.requestId, table.seq),
    index("reassurance_replies_member_idx").on(table.memberId),
  ],
);

/** The requester's "that helped" or "it didn't": given once per request. */
export const reassuranceOutcomes = pgTable(
  "reassurance_outcomes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => reassuranceRequests.id, { onDelete: "cascade" }),
    spaceId: spaceIdColumn(),
    memberId: memberIdColumn("member_id"),
    helped: boolean("helped").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex("reassurance_outcomes_request_uniq").on(table.requestId),
    index("reassurance_outcomes_space_idx").on(table.spaceId),
    index("reassurance_outcomes_member_idx").on(table.memberId),
  ],
);
