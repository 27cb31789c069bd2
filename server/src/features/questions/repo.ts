import { and, asc, desc, eq } from "drizzle-orm";
import type { Database } from "../../db/database.ts";
import type { SpaceRead } from "../../db/space-reads.ts";
import { isUuid } from "../spaces/repo.ts";
import { questionDrafts, questionSteps, questions } from "./tables.ts";

export type QuestionDraftRow = typeof questionDrafts.$inferSelect;
export type QuestionRow = typeof questions.$inferSelect;
export type QuestionStepRow = typeof questionSteps.$inferSelect;

export function questionsRepo(db: Database) {
  return {
    /** Undefined when the id is already taken: the browser chose it, so it may say so. */
    async insertDraft(values: typeof questionDrafts.$inferInsert): Promise<QuestionDraftRow | undefined> {
      const [row] = await db.insert(questionDrafts).values(values).onConflictDoNothing().returning();
      return row;
    },

    /** Keeps the new envelope; words kept in the clear go in the same statement. */
    async updateDraft(
      memberId: string,
      draftId: string,
      values: { sealed: string; updatedAt: Date },
    ): Promise<QuestionDraftRow | undefined> {
      if (!isUuid(draftId)) return undefined;
      const [row] = await db
        .update(questionDrafts)
        .set({ ...values, text: null, detail: null, topic: null })
        .where(and(eq(questionDrafts.memberId, memberId), eq(questionDrafts.id, draftId)))
        .returning();
      return row;
    },

    async deleteDraft(memberId: string, draftId: string): Promise<boolean> {
      if (!isUuid(draftId)) return false;
      const rows = await db
        .delete(questionDrafts)
        .where(and(eq(questionDrafts.memberId, memberId), eq(questionDrafts.id, draftId)))
        .returning({ id: questionDrafts.id });
      return rows.length > 0;
    },

    async draftsOf(memberId: string): Promise<QuestionDraftRow[]> {
      return db
        .select()
        .from(questionDrafts)
        .where(eq(questionDrafts.memberId, memberId))
        .orderBy(desc(questionDrafts.updatedAt));
    },

    async insertQuestion(values: typeof questions.$inferInsert): Promise<QuestionRow> {
      const [row] = await db.insert(questions).values(values).returning();
      if (!row) throw new Error("insert returned no row");
      return row;
    },

    /** With `lock`, steps on this question wait for each other, so two people can't act on a stale state. */
    async findQuestion(spaceId: string, questionId: string, options: { lock?: boolean } = {}) {
      if (!isUuid(questionId)) return undefined;
      const query = db
        .select()
        .from(questions)
        .where(and(eq(questions.spaceId, spaceId), eq(questions.id, questionId)));
      const [row] = options.lock ? await query.for("update") : await query;
      return row;
    },

    async questionsInSpace(spaceId: string): Promise<QuestionRow[]> {
      return db
        .select()
        .from(questions)
        .where(eq(questions.spaceId, spaceId))
        .orderBy(desc(questions.sentAt));
    },

    async insertStep(values: typeof questionSteps.$inferInsert): Promise<QuestionStepRow> {
      const [row] = await db.insert(questionSteps).values(values).returning();
      if (!row) throw new Error("insert returned no row");
      return row;
    },

    async stepsOf(questionId: string): Promise<QuestionStepRow[]> {
      return db
        .select()
        .from(questionSteps)
        .where(eq(questionSteps.questionId, questionId))
        .orderBy(asc(questionSteps.seq));
    },

    async stepsInSpace(spaceId: string): Promise<QuestionStepRow[]> {
      return db
        .select()
        .from(questionSteps)
        .where(eq(questionSteps.spaceId, spaceId))
        .orderBy(asc(questionSteps.seq));
    },
  };
}

/** A space's sent questions and every step on them, read once per request by the progress sources. */
export const readSentQuestions: SpaceRead<QuestionRow[]> = (db, spaceId) =>
  questionsRepo(db).questionsInSpace(spaceId);
export const readQuestionSteps: SpaceRead<QuestionStepRow[]> = (db, spaceId) =>
  questionsRepo(db).stepsInSpace(spaceId);
