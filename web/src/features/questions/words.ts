import type { QuestionView } from "@mend/core/questions/contract";
import { detailLevelGuide, questionTopicGuide } from "@mend/core/questions/guidance";

type Status = QuestionView["status"];

/** Where a question stands, said from the viewer's side. */
export function statusText(question: Pick<QuestionView, "status" | "askedBy">, name: string): string {
  const asked = question.askedBy === "you";
  const byStatus: Record<Status, string> = {
    awaiting_answer: asked ? `Waiting for ${name}'s answer` : "Waiting for your answer",
    awaiting_review: asked ? "Answered: say whether it's enough" : `Answered: waiting for ${name} to read it`,
    resolved: "Answered",
    not_ready: asked ? "Paused: you're not ready to hear more" : `Paused: ${name} isn't ready to hear more`,
    set_aside: "Set aside for now",
  };
  return byStatus[question.status];
}

export const statusTone: Record<Status, "waiting" | "done" | "quiet"> = {
  awaiting_answer: "waiting",
  awaiting_review: "waiting",
  resolved: "done",
  not_ready: "quiet",
  set_aside: "quiet",
};

export const detailLabel = (detail: QuestionView["detail"]) => detailLevelGuide[detail].label;
export const topicLabel = (topic: QuestionView["topic"]) => (topic ? questionTopicGuide[topic].label : null);
