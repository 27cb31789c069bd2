import { index, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";
import { spaceMembers, spaces } from "../spaces/tables.ts";

/**
 * A space whose repair one member ended. Its state (ending, then closed) is derived from `closes_at`
 * and the clock at read time. Append-only (see `heal_append_only`): an ending isn't undone.
 */
export const spaceEndings = pgTable(
  "space_endings",
  {
    spaceId: uuid("space_id")
      .primaryKey()
      .references(() => spaces.id, { onDelete: "cascade" }),
    endedByMemberId: uuid("ended_by_member_id").references(() => spaceMembers.id, { onDelete: "set null" }),
    endedAt: timestamp("ended_at", { withTimezone: true }).notNull(),
    closesAt: timestamp("closes_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    index("space_endings_closes_idx").on(table.closesAt),
    index("space_endings_ended_by_idx").on(table.endedByMemberId),
  ],
);
