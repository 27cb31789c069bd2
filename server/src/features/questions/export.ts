import type { ExportItem } from "@mend/core/ending/contract";
import type { QuestionStepView } from "@mend/core/questions/contract";
import { detailLevelGuide, questionTopicGuide } from "@mend/core/questions/guidance";
import { exportPair } from "../ending/export-pair.ts";
import { type Exporter, readableDate } from "../ending/export-types.ts";
import { betweenUs } from "../spaces/pair.ts";
import { presentDraft, presentQuestion } from "./presenters.ts";
import { questionsRepo } from "./repo.ts";

const who = (by: QuestionStepView["by"]) => (by === "you" ? "You" : "They");

/** One line per step of the thread, as both people saw it. */
function stepLine(step: QuestionStepView): ExportItem["details"][number] {
  const label = `${who(step.by)}, ${readableDate(new Date(step.at))}`;
  switch (step.kind) {
    case "answer":
      return { label, value: step.replaces ? `Changed the answer: ${step.text}` : `Answered: ${step.text}` };
    case "need_time":
      return {
        label,
        value: `Asked for time until ${readableDate(new Date(step.answerBy))}${step.note ? `: ${step.note}` : ""}`,
      };
    case "need_more":
      return { label, value: `Asked for more: ${step.followUp}` };
    case "answered":
      return { label, value: "Said the question was answered" };
    case "not_ready":
      return { label, value: "Said they were not ready to hear more for now" };
    case "set_aside":
      return { label, value: "Set the question aside" };
    case "reopened":
      return { label, value: "Picked the question up again" };
  }
}

/**
 * The questions between the two current members as both see them, and the member's own unsent
 * drafts. The other person's drafts are never read.
 */
export const questionsExporter: Exporter = {
  id: "questions",
  title: "Questions",
  async items(context) {
    const pair = await exportPair(context);
    if (!pair) return [];
    const repo = questionsRepo(context.db);
    const drafts = (await repo.draftsOf(pair.me.id)).map(presentDraft).map(
      (draft): ExportItem => ({
        title: "Your unsent question",
        at: draft.updatedAt,
        from: "you",
        visibility: "private",
        // A sealed draft goes out as its envelope, which the member's browser opens into the file.
        ...(draft.sealed
          ? { sealed: { kind: "draft" as const, itemId: draft.id, envelope: draft.sealed } }
          : { text: draft.text ?? "" }),
        details: [
          ...(draft.detail ? [{ label: "Detail wanted", value: detailLevelGuide[draft.detail].label }] : []),
          ...(draft.topic ? [{ label: "Topic", value: questionTopicGuide[draft.topic].label }] : []),
        ],
      }),
    );
    const steps = await repo.stepsInSpace(context.spaceId);
    const asked = (await repo.questionsInSpace(context.spaceId))
      .filter((q) => betweenUs(pair, q.askerMemberId, q.answererMemberId))
      .map((q) => presentQuestion(pair, q, steps, context.now))
      .map(
        (question): ExportItem => ({
          title: question.askedBy === "you" ? "A question you asked" : "A question they asked you",
          at: question.sentAt,
          from: question.askedBy === "you" ? "you" : "them",
          visibility: "shared",
          text: question.text,
          details: [
            { label: "Detail wanted", value: detailLevelGuide[question.detail].label },
            ...(question.topic ? [{ label: "Topic", value: questionTopicGuide[question.topic].label }] : []),
            { label: "Where it stands", value: question.status.replaceAll("_", " ") },
            ...question.thread.map(stepLine),
          ],
        }),
      );
    return [...drafts, ...asked];
  },
};
