import type { MemberId } from "@mend/core/method/facts";
import {
  acceptedAnswers,
  questionEvidence as foldEvidence,
  questionFacts as foldFacts,
  type QuestionFacts,
  type QuestionRecord,
} from "@mend/core/questions/facts";
import type { TrustEvidence } from "@mend/core/trust/evidence";
import type { Database } from "../../db/database.ts";
import { toStep } from "./presenters.ts";
import { questionsRepo } from "./repo.ts";

/** Sent questions only: drafts are private and never become facts. */
async function records(db: Database, spaceId: string): Promise<QuestionRecord[]> {
  const repo = questionsRepo(db);
  const rows = await repo.questionsInSpace(spaceId);
  const steps = await repo.stepsInSpace(spaceId);
  return rows.map((q) => ({
    id: q.id,
    askerId: q.askerMemberId,
    answererId: q.answererMemberId,
    sentAt: q.sentAt,
    steps: steps.filter((s) => s.questionId === q.id).map(toStep),
  }));
}

/** Per member: `questionsAsked`, `questionsAnswered`, `questionsOverdue` for their `MemberFacts`. */
export async function questionFacts(
  db: Database,
  spaceId: string,
  now: Date,
): Promise<Map<MemberId, QuestionFacts>> {
  return foldFacts(await records(db, spaceId), now);
}

/** Per member, trust evidence about them as the one answering: `question_answered`, `question_overdue`. */
export async function questionEvidence(
  db: Database,
  spaceId: string,
  now: Date,
): Promise<Map<MemberId, TrustEvidence[]>> {
  return foldEvidence(await records(db, spaceId), now);
}

/** Answers the asker said answered their question, by the person who answered: small victories. */
export async function questionAnswersAccepted(
  db: Database,
  spaceId: string,
  now: Date,
): Promise<{ memberId: MemberId; at: Date }[]> {
  return acceptedAnswers(await records(db, spaceId), now);
}
