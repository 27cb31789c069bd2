import { sql } from "drizzle-orm";
import { check, date, index, jsonb, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { memberIdColumn, spaceIdColumn } from "../spaces/columns.ts";

/**
 * One person's private entries: the solo path (timeline, people to lean on, their own amends, answers
 * to guided prompts) and their decisions about the relationship. Everything they wrote is sealed as one
 * piece in their vault (`sealed`, under the entry's id); `body` holds the words of an entry written
 * before the vault, until its author next opens the page and their browser seals it. The other columns
 * say only what the entry is. Nothing here is counted, streamed or recorded as a space event, and no
 * other person's page reads it, except a part of a decision its author chose to share (`shared_parts`:
 * part → when shared; `shared_texts`: part → its words, sent in the clear by the author's browser).
 */
export const privateEntries = pgTable(
  "private_entries",
  {
    // Made by the browser: the id is bound into the envelope.
    id: uuid("id").primaryKey().defaultRandom(),
    spaceId: spaceIdColumn(),
    memberId: memberIdColumn("member_id"),
    kind: text("kind").notNull(),
    /** For an answer to a guided prompt: which prompt. One answer per prompt and member. */
    promptId: text("prompt_id"),
    sealed: text("sealed"),
    body: jsonb("body"),
    /** For an amend: when its author marked it done. */
    doneAt: timestamp("done_at", { withTimezone: true }),
    /** For a decision: the day to look at it again, kept in the clear for its author's reminder. */
    revisitOn: date("revisit_on", { mode: "string" }),
    sharedParts: jsonb("shared_parts").$type<Record<string, string>>().notNull().default({}),
    sharedTexts: jsonb("shared_texts").$type<Record<string, string>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    index("private_entries_member_idx").on(table.memberId, table.kind, table.createdAt),
    index("private_entries_space_idx").on(table.spaceId),
    unique("private_entries_one_answer_per_prompt").on(table.memberId, table.promptId),
    check(
      "private_entries_kind_check",
      sql`${table.kind} in ('timeline', 'supporter', 'own_amend', 'prompt_answer', 'decision')`,
    ),
    check("private_entries_sealed_or_plain", sql`(${table.sealed} is null) <> (${table.body} is null)`),
  ],
);
