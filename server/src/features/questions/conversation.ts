import type { SpaceReads } from "../../db/space-reads.ts";
import type { ExchangedText } from "../insights/conversation-source.ts";
import { toStep } from "./presenters.ts";
import { type QuestionStepRow, readQuestionSteps, readSentQuestions } from "./repo.ts";

/** The words a step carries to the other person, or "" for a step that is only a mark. */
function wordsOf(row: QuestionStepRow): string {
  const step = toStep(row);
  switch (step.kind) {
    case "answer":
      return step.text;
    case "need_more":
      return step.followUp;
    case "need_time":
      return step.note ?? "";
    default:
      return "";
  }
}

/** Sent questions and everything written on them since (every answer, edits too); drafts are never read. */
export async function questionTexts(reads: SpaceReads): Promise<ExchangedText[]> {
  const sent = await reads.read(readSentQuestions);
  const byId = new Map(sent.map((question) => [question.id, question]));
  const asked = sent.map((question) => ({
    at: question.sentAt,
    text: question.text,
    from: question.askerMemberId,
    to: question.answererMemberId,
  }));
  const written = (await reads.read(readQuestionSteps)).flatMap((step) => {
    const question = byId.get(step.questionId);
    const text = wordsOf(step);
    if (!question || !text) return [];
    const to = step.memberId === question.askerMemberId ? question.answererMemberId : question.askerMemberId;
    return [{ at: step.at, text, from: step.memberId, to }];
  });
  return [...asked, ...written];
}
