import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { accounts } from "../accounts/tables.ts";

/**
 * The private journal: a person's own, not a space's, so it never reaches a space, its events, its
 * stream or the other member. The id is the one the browser sealed the entry under; the envelope
 * holds the words, the mood, the tags and the day together, so the server knows only that an entry
 * exists, its size, and when it was first kept and last replaced.
 */
export const journalEntries = pgTable(
  "journal_entries",
  {
    id: uuid("id").primaryKey(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    sealed: text("sealed").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (table) => [index("journal_entries_account_id_idx").on(table.accountId, table.createdAt)],
);
