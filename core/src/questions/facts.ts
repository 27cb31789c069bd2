import type { MemberFacts, MemberId, QuestionAwaiting } from "../method/facts.ts";
import type { TrustEvidence } from "../trust/evidence.ts";
import { missedDueDates, type QuestionParties, type QuestionStep, questionState } from "./thread.ts";

/** A sent question with its steps, oldest first. Drafts never reach these functions. */
export interface QuestionRecord extends QuestionParties {
  id: string;
  sentAt: Date;
  steps: readonly QuestionStep[];
}

export interface QuestionFacts
  extends Required<
    Pick<
      MemberFacts,
      | "questionsAsked"
      | "questionsAnswered"
      | "questionsOverdue"
      | "questionsAwaitingAnswer"
      | "answersAwaitingReview"
    >
  > {
  questionsAsked: Date[];
  questionsAnswered: Date[];
  questionsOverdue: Date[];
  questionsAwaitingAnswer: QuestionAwaiting[];
  answersAwaitingReview: Date[];
}

const blank = (): QuestionFacts => ({
  questionsAsked: [],
  questionsAnswered: [],
  questionsOverdue: [],
  questionsAwaitingAnswer: [],
  answersAwaitingReview: [],
});

/** When the question's current wait began: the asker's latest "I need more", else when it was sent. */
function awaiting(question: QuestionRecord, steps: readonly QuestionStep[]): QuestionAwaiting {
  const more = steps.filter((step) => step.kind === "need_more").at(-1);
  const answeredSince = more !== undefined && steps.some((s) => s.kind === "answer" && s.at > more.at);
  return more && !answeredSince
    ? { since: more.at, followUp: true }
    : { since: question.sentAt, followUp: false };
}

function of<T>(map: Map<MemberId, T>, id: MemberId, make: () => T): T {
  const found = map.get(id);
  if (found !== undefined) return found;
  const made = make();
  map.set(id, made);
  return made;
}

const sorted = (dates: Date[]) => dates.sort((a, b) => a.getTime() - b.getTime());

/**
 * Per member, as of `now`: questions they asked; questions they answered (once each, when the first
 * answer came); and, for each question still awaiting their answer past the date they gave, that date.
 */
export function questionFacts(questions: readonly QuestionRecord[], now: Date): Map<MemberId, QuestionFacts> {
  const out = new Map<MemberId, QuestionFacts>();
  const t = now.getTime();
  for (const question of questions) {
    if (question.sentAt.getTime() > t) continue;
    of(out, question.askerId, blank).questionsAsked.push(question.sentAt);
    const state = questionState(
      question.steps.filter((step) => step.at.getTime() <= t),
      now,
    );
    const answerer = of(out, question.answererId, blank);
    if (state.firstAnsweredAt) answerer.questionsAnswered.push(state.firstAnsweredAt);
    if (state.overdue && state.answerBy) answerer.questionsOverdue.push(state.answerBy);
    const steps = question.steps.filter((step) => step.at.getTime() <= t);
    if (state.status === "awaiting_answer") answerer.questionsAwaitingAnswer.push(awaiting(question, steps));
    if (state.status === "awaiting_review" && state.latestAnswer)
      of(out, question.askerId, blank).answersAwaitingReview.push(state.latestAnswer.at);
  }
  for (const facts of out.values()) {
    sorted(facts.questionsAsked);
    sorted(facts.questionsAnswered);
    sorted(facts.questionsOverdue);
    facts.questionsAwaitingAnswer.sort((a, b) => a.since.getTime() - b.since.getTime());
    sorted(facts.answersAwaitingReview);
  }
  return out;
}

/**
 * Trust evidence about each answerer: `question_answered` when the asker first said a question was
 * answered (their judgment, not the answerer's), and `question_overdue` for every promised date that
 * passed without an answer, even if the answer came later.
 */
export function questionEvidence(
  questions: readonly QuestionRecord[],
  now: Date,
): Map<MemberId, TrustEvidence[]> {
  const out = new Map<MemberId, TrustEvidence[]>();
  const t = now.getTime();
  for (const question of questions) {
    const steps = question.steps.filter((step) => step.at.getTime() <= t);
    const events = of(out, question.answererId, () => []);
    const resolved = questionState(steps, now).resolvedAt;
    if (resolved) events.push({ kind: "question_answered", at: resolved, sourceId: question.id });
    for (const due of missedDueDates(steps, now)) {
      events.push({ kind: "question_overdue", at: due, sourceId: question.id });
    }
  }
  for (const events of out.values()) events.sort((a, b) => a.at.getTime() - b.at.getTime());
  return out;
}

/**
 * Answers that are good news: the asker said the answer answered their question ("I need more" and
 * "not ready" are not that). One per question, to the person who answered, when the asker first said so.
 */
export function acceptedAnswers(
  questions: readonly QuestionRecord[],
  now: Date,
): { memberId: MemberId; at: Date }[] {
  const t = now.getTime();
  const accepted: { memberId: MemberId; at: Date }[] = [];
  for (const question of questions) {
    const steps = question.steps.filter((step) => step.at.getTime() <= t);
    const resolved = questionState(steps, now).resolvedAt;
    if (resolved) accepted.push({ memberId: question.answererId, at: resolved });
  }
  return accepted.sort((a, b) => a.at.getTime() - b.at.getTime());
}
