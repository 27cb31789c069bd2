import type { MemberId } from "@mend/core/method/facts";
import {
  acceptedAnswers,
  questionEvidence as foldEvidence,
  questionFacts as foldFacts,
  type QuestionFacts,
  type QuestionRecord,
} from "@mend/core/questions/facts";
import type { TrustEvidence } from "@mend/core/trust/evidence";
import type { SpaceReads } from "../../db/space-reads.ts";
import { betweenMembers } from "../spaces/pair.ts";
import { readActiveMembers } from "../spaces/repo.ts";
import { toStep } from "./presenters.ts";
import { readQuestionSteps, readSentQuestions } from "./repo.ts";

/**
 * Sent questions only: drafts are private and never become facts. Only those between the two people
 * in the space now count: what passed with someone who left is not shown, so it is not counted.
 */
async function records(reads: SpaceReads): Promise<QuestionRecord[]> {
  const members = await reads.read(readActiveMembers);
  const rows = await reads.read(readSentQuestions);
  const steps = await reads.read(readQuestionSteps);
  return rows
    .filter((q) => betweenMembers(members, q.askerMemberId, q.answererMemberId))
    .map((q) => ({
      id: q.id,
      askerId: q.askerMemberId,
      answererId: q.answererMemberId,
      sentAt: q.sentAt,
      steps: steps.filter((s) => s.questionId === q.id).map(toStep),
    }));
}

/** Per member: `questionsAsked`, `questionsAnswered`, `questionsOverdue` for their `MemberFacts`. */
export async function questionFacts(reads: SpaceReads, now: Date): Promise<Map<MemberId, QuestionFacts>> {
  return foldFacts(await records(reads), now);
}

/** Per member, trust evidence about them as the one answering: `question_answered`, `question_overdue`. */
export async function questionEvidence(
  reads: SpaceReads,
  now: Date,
): Promise<Map<MemberId, TrustEvidence[]>> {
  return foldEvidence(await records(reads), now);
}

/** Answers the asker said answered their question, by the person who answered: small victories. */
export async function questionAnswersAccepted(
  reads: SpaceReads,
  now: Date,
): Promise<{ memberId: MemberId; at: Date }[]> {
  return acceptedAnswers(await records(reads), now);
}
