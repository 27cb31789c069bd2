import { bigserial, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { memberIdColumn, spaceIdColumn } from "../spaces/columns.ts";

/**
 * A question still being written: private to its writer, changed or thrown away freely. Its text,
 * detail and topic are sealed in the writer's browser under `id` (vault kind "draft"); the plain
 * columns hold them only for a draft kept before drafts were sealed, until its writer next opens it.
 */
export const questionDrafts = pgTable(
  "question_drafts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    spaceId: spaceIdColumn(),
    memberId: memberIdColumn("member_id"),
    sealed: text("sealed"),
    text: text("text"),
    detail: text("detail"),
    topic: text("topic"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    index("question_drafts_member_idx").on(table.memberId),
    index("question_drafts_space_idx").on(table.spaceId),
  ],
);

/** A sent question, fixed as it was sent: append-only (a trigger refuses UPDATE and DELETE). */
export const questions = pgTable(
  "questions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    spaceId: spaceIdColumn(),
    askerMemberId: memberIdColumn("asker_member_id"),
    answererMemberId: memberIdColumn("answerer_member_id"),
    text: text("text").notNull(),
    detail: text("detail").notNull(),
    topic: text("topic"),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    index("questions_space_idx").on(table.spaceId, table.sentAt),
    index("questions_asker_idx").on(table.askerMemberId),
    index("questions_answerer_idx").on(table.answererMemberId),
  ],
);

/**
 * Everything that happens to a sent question, in order: answers (an edit is a new answer that names
 * the one it replaces), "I need time", the asker's verdicts, setting aside and coming back.
 * Append-only, so an answer is never silently changed.
 */
export const questionSteps = pgTable(
  "question_steps",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    seq: bigserial("seq", { mode: "number" }).notNull(),
    questionId: uuid("question_id")
      .notNull()
      .references(() => questions.id, { onDelete: "cascade" }),
    spaceId: spaceIdColumn(),
    memberId: memberIdColumn("member_id"),
    kind: text("kind").notNull(),
    /** The answer, or the follow-up with "I need more". */
    text: text("text"),
    /** With "I need time": the promised date, and an optional note. */
    answerBy: timestamp("answer_by", { withTimezone: true }),
    note: text("note"),
    replacesId: uuid("replaces_id"),
    at: timestamp("at", { withTimezone: true }).notNull(),
  },
  (table) => [
    index("question_steps_space_idx").on(table.spaceId, table.seq),
    index("question_steps_question_idx").on(table.questionId, table.seq),
    index("question_steps_member_idx").on(table.memberId),
  ],
);
