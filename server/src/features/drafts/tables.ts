import type { DraftFields } from "@mend/core/drafts/contract";
import { jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { memberIdColumn } from "../spaces/columns.ts";

/**
 * What a member is still writing, one row per form. Only its author reads it; saving it replaces the
 * row in place (no history, no space event), so typing leaves no trace beyond the latest text. The row
 * goes with the member, so with the space and with the account.
 */
export const drafts = pgTable(
  "drafts",
  {
    memberId: memberIdColumn("member_id"),
    formKey: text("form_key").notNull(),
    fields: jsonb("fields").$type<DraftFields>().notNull(),
    savedAt: timestamp("saved_at", { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.memberId, table.formKey] })],
);
