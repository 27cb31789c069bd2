import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { memberIdColumn, spaceIdColumn } from "../spaces/columns.ts";

/**
 * A reflection on one step of forgiveness. Private to its author unless `shared_at` is set; what was
 * written never changes (a trigger refuses it, see the `heal_append_only` migration), while sharing
 * can be turned on and off and the author may delete it.
 */
export const forgivenessReflections = pgTable(
  "forgiveness_reflections",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    spaceId: spaceIdColumn(),
    memberId: memberIdColumn("member_id"),
    step: text("step").notNull(),
    text: text("text").notNull(),
    /** Always private, even when the reflection is shared. */
    resentment: integer("resentment"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    sharedAt: timestamp("shared_at", { withTimezone: true }),
  },
  (table) => [
    index("forgiveness_reflections_member_idx").on(table.memberId, table.createdAt),
    index("forgiveness_reflections_space_idx").on(table.spaceId),
    check(
      "forgiveness_reflections_step_check",
      sql`${table.step} in ('name_the_hurt', 'feel_it', 'release_resentment', 'choose_to_forgive', 'accept_imperfection')`,
    ),
    check("forgiveness_reflections_resentment_check", sql`${table.resentment} between 0 and 10`),
  ],
);

/**
 * Never shared with anyone. Destroying one deletes the row itself; no copy is kept anywhere. The title
 * and words are sealed in the author's vault (`sealed`, opened only in their browser); `title` and
 * `body` hold a letter written before the vault, until its author next opens it and it is sealed.
 */
export const unsentLetters = pgTable(
  "unsent_letters",
  {
    // Made by the browser: the id is bound into the envelope sealed under it.
    id: uuid("id").primaryKey(),
    spaceId: spaceIdColumn(),
    memberId: memberIdColumn("member_id"),
    sealed: text("sealed"),
    title: text("title"),
    body: text("body"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    index("unsent_letters_member_idx").on(table.memberId, table.createdAt),
    index("unsent_letters_space_idx").on(table.spaceId),
    check(
      "unsent_letters_words_check",
      sql`(${table.sealed} is not null and ${table.title} is null and ${table.body} is null) or (${table.sealed} is null and ${table.body} is not null)`,
    ),
  ],
);

/**
 * Self-trust, learning from the past, self-compassion, letting go: only the author ever reads these. The
 * words are sealed in the author's vault (`sealed`); `text` holds a reflection written before the vault,
 * until its author next opens it and it is sealed.
 */
export const privateReflections = pgTable(
  "private_reflections",
  {
    // Made by the browser: the id is bound into the envelope sealed under it.
    id: uuid("id").primaryKey(),
    spaceId: spaceIdColumn(),
    memberId: memberIdColumn("member_id"),
    kind: text("kind").notNull(),
    promptId: text("prompt_id"),
    sealed: text("sealed"),
    text: text("text"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    index("private_reflections_member_idx").on(table.memberId, table.createdAt),
    check(
      "private_reflections_kind_check",
      sql`${table.kind} in ('self_trust', 'learning_from_past', 'self_compassion', 'letting_go')`,
    ),
    index("private_reflections_space_idx").on(table.spaceId),
    check("private_reflections_words_check", sql`(${table.sealed} is null) <> (${table.text} is null)`),
  ],
);
