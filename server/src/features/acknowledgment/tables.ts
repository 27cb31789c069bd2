import {
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { memberIdColumn, spaceIdColumn } from "../spaces/columns.ts";

/**
 * A writer's private draft of one statement: changed freely, never shown to the other person. The
 * parts are sealed in the writer's browser under `id` (vault kind "draft"); `parts` keeps them in the
 * clear only for a draft kept before drafts were sealed, until its writer next opens it.
 */
export const statementDrafts = pgTable(
  "statement_drafts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    spaceId: spaceIdColumn(),
    memberId: memberIdColumn("member_id"),
    kind: text("kind").notNull(),
    sealed: text("sealed"),
    parts: jsonb("parts").$type<Record<string, string>>(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex("statement_drafts_member_kind_uniq").on(table.memberId, table.kind),
    index("statement_drafts_space_idx").on(table.spaceId),
  ],
);

/** Shared versions: append-only (a trigger refuses UPDATE and DELETE), so history stays as it was. */
export const statementVersions = pgTable(
  "statement_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    spaceId: spaceIdColumn(),
    memberId: memberIdColumn("member_id"),
    kind: text("kind").notNull(),
    number: integer("number").notNull(),
    parts: jsonb("parts").$type<Record<string, string>>().notNull(),
    sharedAt: timestamp("shared_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex("statement_versions_number_uniq").on(table.memberId, table.kind, table.number),
    index("statement_versions_space_idx").on(table.spaceId),
  ],
);

/** The reader's responses to shared acknowledgments: append-only too. */
export const statementResponses = pgTable(
  "statement_responses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    seq: bigserial("seq", { mode: "number" }).notNull(),
    spaceId: spaceIdColumn(),
    versionId: uuid("version_id")
      .notNull()
      .references(() => statementVersions.id, { onDelete: "cascade" }),
    memberId: memberIdColumn("member_id"),
    response: text("response").notNull(),
    note: text("note"),
    at: timestamp("at", { withTimezone: true }).notNull(),
  },
  (table) => [
    index("statement_responses_space_idx").on(table.spaceId, table.seq),
    index("statement_responses_version_idx").on(table.versionId),
    index("statement_responses_member_idx").on(table.memberId),
  ],
);
