import type {
  OpenQuestionsView,
  QuestionDraftView,
  QuestionStepView,
  QuestionView,
} from "@mend/core/questions/contract";
import type { DetailLevel, QuestionTopic } from "@mend/core/questions/guidance";
import { allowedQuestionActions, type QuestionStep, questionState } from "@mend/core/questions/thread";
import { type Pair, partyOf } from "../spaces/pair.ts";
import type { QuestionDraftRow, QuestionRow, QuestionStepRow } from "./repo.ts";

/** A stored step as the core rules read it. */
export function toStep(row: QuestionStepRow): QuestionStep {
  const base = { id: row.id, by: row.memberId, at: row.at };
  switch (row.kind) {
    case "answer":
      return { ...base, kind: "answer", text: row.text ?? "", replaces: row.replacesId };
    case "need_time":
      return { ...base, kind: "need_time", answerBy: row.answerBy ?? row.at, note: row.note };
    case "need_more":
      return { ...base, kind: "need_more", followUp: row.text ?? "" };
    default:
      return { ...base, kind: row.kind as "answered" | "not_ready" | "set_aside" | "reopened" };
  }
}

export function presentDraft(row: QuestionDraftRow): QuestionDraftView {
  return {
    id: row.id,
    sealed: row.sealed,
    text: row.text,
    detail: row.detail as DetailLevel | null,
    topic: row.topic as QuestionTopic | null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function presentStep(pair: Pair, step: QuestionStep): QuestionStepView {
  const base = { id: step.id, by: partyOf(pair, step.by) ?? "other", at: step.at.toISOString() };
  switch (step.kind) {
    case "answer":
      return { ...base, kind: "answer", text: step.text, replaces: step.replaces };
    case "need_time":
      return { ...base, kind: "need_time", answerBy: step.answerBy.toISOString(), note: step.note };
    case "need_more":
      return { ...base, kind: "need_more", followUp: step.followUp };
    default:
      return { ...base, kind: step.kind };
  }
}

/** Only call for a question between the two current members (see `betweenUs`). */
export function presentQuestion(
  pair: Pair,
  question: QuestionRow,
  rows: readonly QuestionStepRow[],
  now: Date,
): QuestionView {
  const steps = rows.filter((row) => row.questionId === question.id).map(toStep);
  const state = questionState(steps, now);
  const parties = { askerId: question.askerMemberId, answererId: question.answererMemberId };
  return {
    id: question.id,
    text: question.text,
    detail: question.detail as DetailLevel,
    topic: question.topic as QuestionTopic | null,
    askedBy: partyOf(pair, question.askerMemberId) ?? "other",
    sentAt: question.sentAt.toISOString(),
    status: state.status,
    answerBy: state.answerBy?.toISOString() ?? null,
    overdue: state.overdue,
    setAsideBy: state.setAsideBy ? (partyOf(pair, state.setAsideBy) ?? null) : null,
    currentAnswer: state.latestAnswer
      ? { id: state.latestAnswer.id, text: state.latestAnswer.text, at: state.latestAnswer.at.toISOString() }
      : null,
    thread: steps.map((step) => presentStep(pair, step)),
    can: allowedQuestionActions(parties, state, pair.me.id),
  };
}

const yourTurn = (view: QuestionView) => view.can.answer || view.can.review;

export function presentOpenQuestions(views: readonly QuestionView[]): OpenQuestionsView {
  const open = views.filter((v) => v.status === "awaiting_answer" || v.status === "awaiting_review");
  return {
    open: open.length,
    overdue: open.filter((v) => v.overdue).length,
    yourTurn: open.filter(yourTurn).length,
    questions: open.map((v) => ({
      id: v.id,
      text: v.text,
      askedBy: v.askedBy,
      sentAt: v.sentAt,
      status: v.status,
      answerBy: v.answerBy,
      overdue: v.overdue,
      yourTurn: yourTurn(v),
    })),
  };
}
