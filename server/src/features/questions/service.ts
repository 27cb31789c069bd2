import type {
  AnswerInput,
  AskQuestionInput,
  NeedTimeInput,
  OpenQuestionsView,
  QuestionDraftChange,
  QuestionDraftInput,
  QuestionDraftView,
  QuestionsView,
  QuestionView,
  ReviewInput,
} from "@mend/core/questions/contract";
import { maxNeedTimeDays } from "@mend/core/questions/guidance";
import {
  allowedQuestionActions,
  type QuestionAction,
  type QuestionState,
  questionState,
} from "@mend/core/questions/thread";
import type { Database } from "../../db/database.ts";
import { AppError, notFound, validationFailed } from "../../http/errors.ts";
import type { SpaceEventPublisher } from "../../realtime/bus.ts";
import { refuseWhenEnded } from "../ending/guard.ts";
import type { SharedReminders } from "../reminders/hand-over.ts";
import { betweenUs, type Pair, requireOther, requirePair } from "../spaces/pair.ts";
import { spacesRepo } from "../spaces/repo.ts";
import { presentDraft, presentOpenQuestions, presentQuestion, toStep } from "./presenters.ts";
import { type QuestionRow, questionsRepo } from "./repo.ts";

const questionNotFound = () => notFound("That question");
const dayMs = 86_400_000;

function requireAsker(pair: Pair): void {
  if (pair.roles.own === "broke_trust") {
    throw new AppError(
      "forbidden",
      "Questions here are asked by the person who was hurt. If there is something you need to understand, a talk is a good place to raise it.",
    );
  }
}

const answererOnly: readonly QuestionAction[] = ["answer", "editAnswer", "needTime"];

/** Why an action is refused: a plain "not yours to do", or where the question stands. */
function refusal(
  action: QuestionAction,
  question: QuestionRow,
  state: QuestionState,
  viewer: string,
): AppError {
  if (answererOnly.includes(action) && viewer !== question.answererMemberId) {
    return new AppError(
      "forbidden",
      "This is your question; the answer is for the person you asked to give.",
    );
  }
  if (action === "review" && viewer !== question.askerMemberId) {
    return new AppError(
      "forbidden",
      "Only the person who asked can say whether this answered their question.",
    );
  }
  if (action === "reopen" && state.status === "not_ready") {
    return new AppError("forbidden", "Only the person who asked can say they are ready to hear more.");
  }
  if (action === "reopen" && state.status === "set_aside") {
    return new AppError(
      "forbidden",
      "The other person set this question aside; they or the person who asked can pick it up again.",
    );
  }
  const where: Record<QuestionState["status"], string> = {
    awaiting_answer: "This question is still waiting for an answer.",
    awaiting_review:
      "An answer is waiting for the person who asked to read it and say whether it was enough.",
    resolved: "This question has already been marked as answered.",
    not_ready: "The person who asked isn't ready to hear more about this for now.",
    set_aside: "This question has been set aside for now. Pick it up again first if you're both ready.",
  };
  return new AppError("conflict", where[state.status]);
}

export function questionsService(deps: {
  db: Database;
  clock: () => Date;
  events: SpaceEventPublisher;
  /** Reminders a deliberate act makes due for the other person, handed over after commit. */
  reminders?: SharedReminders;
}) {
  const { db, clock, events, reminders } = deps;

  async function viewOf(tx: Database, pair: Pair, question: QuestionRow): Promise<QuestionView> {
    return presentQuestion(pair, question, await questionsRepo(tx).stepsOf(question.id), clock());
  }

  async function visibleQuestion(tx: Database, pair: Pair, questionId: string, lock = false) {
    const question = await questionsRepo(tx).findQuestion(pair.space.id, questionId, { lock });
    if (!question || !betweenUs(pair, question.askerMemberId, question.answererMemberId))
      throw questionNotFound();
    return question;
  }

  async function allViews(pair: Pair): Promise<QuestionView[]> {
    const repo = questionsRepo(db);
    const rows = await repo.questionsInSpace(pair.space.id);
    const steps = await repo.stepsInSpace(pair.space.id);
    const now = clock();
    return rows
      .filter((q) => betweenUs(pair, q.askerMemberId, q.answererMemberId))
      .map((q) => presentQuestion(pair, q, steps, now));
  }

  /**
   * Runs one step on a question: checks it is allowed for this person now, stores it, and tells the
   * other person's open screens.
   */
  async function step(
    accountId: string,
    spaceId: string,
    questionId: string,
    action: QuestionAction,
    write: (ctx: {
      tx: Database;
      pair: Pair;
      question: QuestionRow;
      state: QuestionState;
      now: Date;
    }) => Promise<string>,
  ): Promise<QuestionView> {
    const view = await db.transaction(async (tx) => {
      const pair = await requirePair(tx, accountId, spaceId);
      const question = await visibleQuestion(tx, pair, questionId, true);
      const now = clock();
      const state = questionState((await questionsRepo(tx).stepsOf(question.id)).map(toStep), now);
      const parties = { askerId: question.askerMemberId, answererId: question.answererMemberId };
      if (!allowedQuestionActions(parties, state, pair.me.id)[action])
        throw refusal(action, question, state, pair.me.id);
      if (action !== "setAside") await refuseWhenEnded(tx, spaceId, now);
      const kind = await write({ tx, pair, question, state, now });
      await spacesRepo(tx).recordEvent({
        spaceId,
        memberId: pair.me.id,
        kind,
        at: now,
        data: { subjectId: question.id },
      });
      return viewOf(tx, pair, question);
    });
    await events.publish(spaceId);
    return view;
  }

  const insert = (
    ctx: { tx: Database; pair: Pair; question: QuestionRow; now: Date },
    values: {
      kind: string;
      text?: string | null;
      answerBy?: Date | null;
      note?: string | null;
      replacesId?: string | null;
    },
  ) =>
    questionsRepo(ctx.tx).insertStep({
      questionId: ctx.question.id,
      spaceId: ctx.question.spaceId,
      memberId: ctx.pair.me.id,
      at: ctx.now,
      ...values,
    });

  return {
    async list(accountId: string, spaceId: string): Promise<QuestionsView> {
      const pair = await requirePair(db, accountId, spaceId);
      const drafts = await questionsRepo(db).draftsOf(pair.me.id);
      return { drafts: drafts.map(presentDraft), questions: await allViews(pair) };
    },

    async open(accountId: string, spaceId: string): Promise<OpenQuestionsView> {
      const pair = await requirePair(db, accountId, spaceId);
      return presentOpenQuestions(await allViews(pair));
    },

    async get(accountId: string, spaceId: string, questionId: string): Promise<QuestionView> {
      const pair = await requirePair(db, accountId, spaceId);
      return viewOf(db, pair, await visibleQuestion(db, pair, questionId));
    },

    async createDraft(
      accountId: string,
      spaceId: string,
      input: QuestionDraftInput,
    ): Promise<QuestionDraftView> {
      return db.transaction(async (tx) => {
        const pair = await requirePair(tx, accountId, spaceId);
        requireAsker(pair);
        const now = clock();
        const draft = await questionsRepo(tx).insertDraft({
          id: input.id,
          spaceId,
          memberId: pair.me.id,
          sealed: input.sealed,
          createdAt: now,
          updatedAt: now,
        });
        if (!draft) throw new AppError("conflict", "That draft id is taken. Reload the page and try again.");
        await spacesRepo(tx).recordEvent({
          spaceId,
          memberId: pair.me.id,
          kind: "question.draft_saved",
          at: now,
        });
        return presentDraft(draft);
      });
    },

    async updateDraft(
      accountId: string,
      spaceId: string,
      draftId: string,
      input: QuestionDraftChange,
    ): Promise<QuestionDraftView> {
      return db.transaction(async (tx) => {
        const pair = await requirePair(tx, accountId, spaceId);
        const now = clock();
        const draft = await questionsRepo(tx).updateDraft(pair.me.id, draftId, {
          sealed: input.sealed,
          updatedAt: now,
        });
        if (!draft) throw notFound("That draft");
        await spacesRepo(tx).recordEvent({
          spaceId,
          memberId: pair.me.id,
          kind: "question.draft_saved",
          at: now,
        });
        return presentDraft(draft);
      });
    },

    async deleteDraft(accountId: string, spaceId: string, draftId: string): Promise<void> {
      await db.transaction(async (tx) => {
        const pair = await requirePair(tx, accountId, spaceId);
        if (!(await questionsRepo(tx).deleteDraft(pair.me.id, draftId))) throw notFound("That draft");
        await spacesRepo(tx).recordEvent({
          spaceId,
          memberId: pair.me.id,
          kind: "question.draft_deleted",
          at: clock(),
        });
      });
    },

    async ask(accountId: string, spaceId: string, input: AskQuestionInput): Promise<QuestionView> {
      const view = await db.transaction(async (tx) => {
        const pair = await requirePair(tx, accountId, spaceId);
        await refuseWhenEnded(tx, spaceId, clock());
        requireAsker(pair);
        const other = requireOther(pair, "You can send questions");
        const repo = questionsRepo(tx);
        if (input.draftId !== undefined && !(await repo.deleteDraft(pair.me.id, input.draftId))) {
          throw notFound("That draft");
        }
        const now = clock();
        const question = await repo.insertQuestion({
          spaceId,
          askerMemberId: pair.me.id,
          answererMemberId: other.id,
          text: input.text,
          detail: input.detail,
          topic: input.topic ?? null,
          sentAt: now,
        });
        await spacesRepo(tx).recordEvent({
          spaceId,
          memberId: pair.me.id,
          kind: "question.sent",
          at: now,
          data: { subjectId: question.id },
        });
        return viewOf(tx, pair, question);
      });
      await events.publish(spaceId);
      return view;
    },

    async answer(
      accountId: string,
      spaceId: string,
      questionId: string,
      input: AnswerInput,
    ): Promise<QuestionView> {
      // Filled in by the write below, which runs inside the transaction.
      const answered: { id?: string; asker?: { accountId: string } | undefined } = {};
      const view = await step(
        accountId,
        spaceId,
        questionId,
        input.replaces === undefined ? "answer" : "editAnswer",
        async (ctx) => {
          if (input.replaces !== undefined && input.replaces !== ctx.state.latestAnswer?.id) {
            throw new AppError(
              "conflict",
              "That answer has a newer version. Edit the latest one, so nothing is lost.",
            );
          }
          const row = await insert(ctx, {
            kind: "answer",
            text: input.text,
            replacesId: input.replaces ?? null,
          });
          answered.id = row.id;
          answered.asker = ctx.pair.other;
          return "question.answered";
        },
      );
      if (answered.id) await reminders?.shared(spaceId, answered.asker, "answer", answered.id);
      return view;
    },

    needTime(
      accountId: string,
      spaceId: string,
      questionId: string,
      input: NeedTimeInput,
    ): Promise<QuestionView> {
      return step(accountId, spaceId, questionId, "needTime", async (ctx) => {
        const answerBy = new Date(input.answerBy);
        if (answerBy <= ctx.now || answerBy.getTime() > ctx.now.getTime() + maxNeedTimeDays * dayMs) {
          const message = `Choose a time after now and within ${maxNeedTimeDays} days.`;
          throw validationFailed(message, { answerBy: message });
        }
        await insert(ctx, { kind: "need_time", answerBy, note: input.note || null });
        return "question.time_requested";
      });
    },

    review(
      accountId: string,
      spaceId: string,
      questionId: string,
      input: ReviewInput,
    ): Promise<QuestionView> {
      return step(accountId, spaceId, questionId, "review", async (ctx) => {
        await insert(ctx, {
          kind: input.verdict,
          text: input.verdict === "need_more" ? (input.followUp ?? null) : null,
        });
        return "question.reviewed";
      });
    },

    setAside(accountId: string, spaceId: string, questionId: string): Promise<QuestionView> {
      return step(accountId, spaceId, questionId, "setAside", async (ctx) => {
        await insert(ctx, { kind: "set_aside" });
        return "question.set_aside";
      });
    },

    reopen(accountId: string, spaceId: string, questionId: string): Promise<QuestionView> {
      return step(accountId, spaceId, questionId, "reopen", async (ctx) => {
        await insert(ctx, { kind: "reopened" });
        return "question.reopened";
      });
    },
  };
}

export type QuestionsService = ReturnType<typeof questionsService>;
