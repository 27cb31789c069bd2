import type { MemberId } from "../method/facts.ts";

/**
 * What happens to a question after it is sent, as an append-only list of steps. Nothing is changed
 * in place: an edited answer is a new `answer` step that names the one it replaces.
 */
export const questionStepKinds = [
  "answer",
  "need_time",
  "answered",
  "need_more",
  "not_ready",
  "set_aside",
  "reopened",
] as const;
export type QuestionStepKind = (typeof questionStepKinds)[number];

interface StepBase {
  id: string;
  by: MemberId;
  at: Date;
}

export type QuestionStep =
  | (StepBase & {
      kind: "answer";
      text: string /** The answer this one is a new version of. */;
      replaces: string | null;
    })
  | (StepBase & { kind: "need_time"; answerBy: Date; note: string | null })
  | (StepBase & { kind: "need_more"; followUp: string })
  | (StepBase & { kind: "answered" | "not_ready" | "set_aside" | "reopened" });

export const questionStatuses = [
  "awaiting_answer",
  "awaiting_review",
  "resolved",
  "not_ready",
  "set_aside",
] as const;
/**
 * - awaiting_answer: the answerer's turn (a first answer, or more after "I need more").
 * - awaiting_review: the asker's turn: was it answered, do they need more, or is it enough for now?
 * - resolved: the asker said it was answered.
 * - not_ready: the asker is not ready to hear more for now.
 * - set_aside: one of them found it too painful to pursue for now.
 */
export type QuestionStatus = (typeof questionStatuses)[number];

export interface QuestionParties {
  askerId: MemberId;
  answererId: MemberId;
}

export interface QuestionState {
  status: QuestionStatus;
  /** The date the answerer gave with "I need time", while their answer is still awaited. */
  answerBy: Date | null;
  /** True when that date has passed and the answer is still awaited. */
  overdue: boolean;
  setAsideBy: MemberId | null;
  /** The newest version of the most recent answer. */
  latestAnswer: { id: string; text: string; at: Date } | null;
  /** When the first answer came, if one did. */
  firstAnsweredAt: Date | null;
  /** When the asker first said it was answered. */
  resolvedAt: Date | null;
}

type Open = "awaiting_answer" | "awaiting_review";

/** Folds the steps, oldest first, into where the question stands at `now`. */
export function questionState(steps: readonly QuestionStep[], now: Date): QuestionState {
  let status: QuestionStatus = "awaiting_answer";
  let answerBy: Date | null = null;
  let setAsideBy: MemberId | null = null;
  let beforeSetAside: Open = "awaiting_answer";
  let latestAnswer: QuestionState["latestAnswer"] = null;
  let firstAnsweredAt: Date | null = null;
  let resolvedAt: Date | null = null;
  for (const step of steps) {
    switch (step.kind) {
      case "answer":
        status = "awaiting_review";
        answerBy = null;
        latestAnswer = { id: step.id, text: step.text, at: step.at };
        firstAnsweredAt ??= step.at;
        break;
      case "need_time":
        answerBy = step.answerBy;
        break;
      case "answered":
        status = "resolved";
        resolvedAt ??= step.at;
        break;
      case "need_more":
        status = "awaiting_answer";
        break;
      case "not_ready":
        status = "not_ready";
        break;
      case "set_aside":
        if (status === "awaiting_answer" || status === "awaiting_review") beforeSetAside = status;
        status = "set_aside";
        setAsideBy = step.by;
        break;
      case "reopened":
        // Coming back to a question is a fresh start: any earlier promised date no longer binds.
        status = status === "set_aside" ? beforeSetAside : "awaiting_answer";
        setAsideBy = null;
        answerBy = null;
        break;
    }
  }
  const waiting = status === "awaiting_answer" ? answerBy : null;
  return {
    status,
    answerBy: waiting,
    overdue: waiting !== null && now.getTime() > waiting.getTime(),
    setAsideBy: status === "set_aside" ? setAsideBy : null,
    latestAnswer,
    firstAnsweredAt,
    resolvedAt,
  };
}

export const questionActions = ["answer", "editAnswer", "needTime", "review", "setAside", "reopen"] as const;
export type QuestionAction = (typeof questionActions)[number];

/** What `viewer` may do with the question now; the server checks the same table before each step. */
export function allowedQuestionActions(
  parties: QuestionParties,
  state: QuestionState,
  viewer: MemberId,
): Record<QuestionAction, boolean> {
  const asker = viewer === parties.askerId;
  const answerer = viewer === parties.answererId;
  const open = state.status === "awaiting_answer" || state.status === "awaiting_review";
  return {
    answer: answerer && state.status === "awaiting_answer",
    // Not while the asker has said they are not ready, or while the question is set aside.
    editAnswer: answerer && state.latestAnswer !== null && (open || state.status === "resolved"),
    needTime: answerer && state.status === "awaiting_answer",
    review: asker && state.status === "awaiting_review",
    setAside: (asker || answerer) && open,
    reopen:
      (state.status === "not_ready" && asker) ||
      (state.status === "set_aside" && (asker || viewer === state.setAsideBy)),
  };
}

/**
 * Every "I need time" date that passed without an answer, in order. A date stops counting when an
 * answer comes, when the answerer sets a new date before it passes, or when the question is closed or
 * set aside first.
 */
export function missedDueDates(steps: readonly QuestionStep[], now: Date): Date[] {
  const missed: Date[] = [];
  let pending: Date | null = null;
  const settle = (at: Date) => {
    if (pending !== null && at.getTime() > pending.getTime()) missed.push(pending);
    pending = null;
  };
  for (const step of steps) {
    settle(step.at);
    if (step.kind === "need_time") pending = step.answerBy;
  }
  settle(now);
  return missed;
}
