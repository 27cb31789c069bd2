import type { DraftFields } from "@mend/core/drafts/contract";
import { jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { memberIdColumn } from "../spaces/columns.ts";

/**
 * What a member is still writing, one row per form. Only its author reads it; saving it replaces the
 * row in place (no history, no space event), so typing leaves no trace beyond the latest text. The row
 * goes with the member, so with the space and with the account.
 *
 * The words are sealed in the author's browser under `id` (vault kind "draft"): `sealed` is an envelope
 * the server cannot open. `fields` holds the words in the clear only for a draft kept before drafts were
 * sealed, until its author next opens the form and the browser seals it.
 */
export const drafts = pgTable(
  "drafts",
  {
    memberId: memberIdColumn("member_id"),
    formKey: text("form_key").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    sealed: text("sealed"),
    fields: jsonb("fields").$type<DraftFields>(),
    savedAt: timestamp("saved_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.memberId, table.formKey] }),
    uniqueIndex("drafts_id_uniq").on(table.id),
  ],
);
