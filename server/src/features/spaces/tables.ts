import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { accounts } from "../accounts/tables.ts";

export const spaces = pgTable("spaces", {
  id: uuid("id").primaryKey().defaultRandom(),
  relationship: text("relationship").notNull(),
  breachKinds: text("breach_kinds").array().notNull(),
  expectedName: text("expected_name").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  closedAt: timestamp("closed_at", { withTimezone: true }),
  /**
   * How many live-stream events the space has had. Only streamed kinds move it, so a position the
   * other member sees says nothing of private actions; bumping it locks the row until commit, so
   * positions become visible in order and a stream's cursor never passes one still to come.
   */
  streamPosition: bigint("stream_position", { mode: "number" }).notNull().default(0),
});

/** A member row is never deleted when someone leaves: `leftAt` keeps the history faithful. */
export const spaceMembers = pgTable(
  "space_members",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    spaceId: uuid("space_id")
      .notNull()
      .references(() => spaces.id, { onDelete: "cascade" }),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    view: text("view").notNull(),
    joinedAt: timestamp("joined_at", { withTimezone: true }).notNull(),
    leftAt: timestamp("left_at", { withTimezone: true }),
    /**
     * The space's stream position when this member joined. Their stream ids count from here, so
     * they learn nothing of how much happened before them (with someone else, perhaps).
     */
    streamPositionAtJoin: bigint("stream_position_at_join", { mode: "number" }).notNull().default(0),
  },
  (table) => [
    uniqueIndex("space_members_active_uniq").on(table.spaceId, table.accountId).where(sql`left_at is null`),
    index("space_members_account_idx").on(table.accountId),
  ],
);

/** The trail of who did what and when in a space, written in the same transaction as the change. */
export const spaceEvents = pgTable(
  "space_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    spaceId: uuid("space_id")
      .notNull()
      .references(() => spaces.id, { onDelete: "cascade" }),
    memberId: uuid("member_id").references(() => spaceMembers.id, { onDelete: "set null" }),
    kind: text("kind").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull(),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    /** Set only on the kinds the live stream carries: this event's place in `spaces.stream_position`. */
    streamPosition: bigint("stream_position", { mode: "number" }),
  },
  (table) => [
    index("space_events_space_idx").on(table.spaceId, table.id),
    uniqueIndex("space_events_stream_position_uniq").on(table.spaceId, table.streamPosition),
    index("space_events_member_idx").on(table.memberId),
  ],
);
