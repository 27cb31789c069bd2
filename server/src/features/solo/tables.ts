import { sql } from "drizzle-orm";
import { check, index, jsonb, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { memberIdColumn, spaceIdColumn } from "../spaces/columns.ts";

/**
 * One person's private entries: the solo path (timeline, people to lean on, their own amends, answers
 * to guided prompts) and their decisions about the relationship. Everything they wrote is in `body`,
 * so it can later be sealed as one piece; the other columns say only what the entry is. Ids are random,
 * nothing here is counted, streamed or recorded as a space event, and no other person's page reads it,
 * except a part of a decision its author chose to share (`shared_parts`: part → when shared).
 */
export const privateEntries = pgTable(
  "private_entries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    spaceId: spaceIdColumn(),
    memberId: memberIdColumn("member_id"),
    kind: text("kind").notNull(),
    /** For an answer to a guided prompt: which prompt. One answer per prompt and member. */
    promptId: text("prompt_id"),
    body: jsonb("body").notNull(),
    /** For an amend: when its author marked it done. */
    doneAt: timestamp("done_at", { withTimezone: true }),
    sharedParts: jsonb("shared_parts").$type<Record<string, string>>().notNull().default({}),
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
  ],
);
