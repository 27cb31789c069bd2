import { bigserial, date, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { memberIdColumn, spaceIdColumn } from "../spaces/columns.ts";

/**
 * An amend offered by the person who will make it, or asked for by the person it is for. Append-only
 * once proposed: a different amend is a new row pointing at the one it answers (`counter_to_id`).
 */
export const amends = pgTable(
  "amends",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    spaceId: spaceIdColumn(),
    proposerMemberId: memberIdColumn("proposer_member_id"),
    makerMemberId: memberIdColumn("maker_member_id"),
    receiverMemberId: memberIdColumn("receiver_member_id"),
    origin: text("origin").notNull(),
    what: text("what").notNull(),
    byDate: date("by_date", { mode: "string" }),
    /*
     * The amend this one was suggested instead of, in the same space. No foreign key: a backup is
     * restored in the order rows lie on disk, where a counter-proposal could come before the amend it
     * answers; both go with their space all the same.
     */
    counterToId: uuid("counter_to_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    index("amends_space_idx").on(table.spaceId, table.createdAt),
    index("amends_proposer_idx").on(table.proposerMemberId),
    index("amends_maker_idx").on(table.makerMemberId),
    index("amends_receiver_idx").on(table.receiverMemberId),
    index("amends_counter_to_idx").on(table.counterToId),
  ],
);

/** Each answer, "done", confirmation or "not yet", in order: never changed once written. */
export const amendSteps = pgTable(
  "amend_steps",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    seq: bigserial("seq", { mode: "number" }).notNull(),
    amendId: uuid("amend_id")
      .notNull()
      .references(() => amends.id, { onDelete: "cascade" }),
    spaceId: spaceIdColumn(),
    memberId: memberIdColumn("member_id"),
    action: text("action").notNull(),
    note: text("note"),
    at: timestamp("at", { withTimezone: true }).notNull(),
  },
  (table) => [
    index("amend_steps_space_idx").on(table.spaceId, table.seq),
    index("amend_steps_amend_idx").on(table.amendId, table.seq),
    index("amend_steps_member_idx").on(table.memberId),
  ],
);
