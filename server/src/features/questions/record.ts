import type { RecordEntry } from "@mend/core/record/contract";
import type { RecordSourceDefinition } from "../record/types.ts";
import { betweenUs } from "../spaces/pair.ts";
import { presentQuestion } from "./presenters.ts";
import { questionsRepo } from "./repo.ts";

const dayOf = (iso: string) =>
  new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }).format(new Date(iso));

/** Each question sent between the two, each answer, each request for more and for time. Unsent drafts are never read. */
export const questionsRecord: RecordSourceDefinition = {
  id: "questions",
  async read(db, spaceId) {
    const repo = questionsRepo(db);
    const questions = await repo.questionsInSpace(spaceId);
    const steps = await repo.stepsInSpace(spaceId);
    return (side) =>
      questions
        .filter((q) => betweenUs(side.pair, q.askerMemberId, q.answererMemberId))
        .map((q) => presentQuestion(side.pair, q, steps, side.now))
        .flatMap((question) => {
          const asker = side.nameOf(question.askedBy);
          const answerer = side.nameOf(question.askedBy === "you" ? "other" : "you");
          const asked: RecordEntry = {
            id: `question:${question.id}`,
            kind: "asked",
            source: "questions",
            at: question.sentAt,
            by: asker,
            title: `${asker} asked ${answerer} a question`,
            text: question.text,
          };
          const thread = question.thread.flatMap((step): RecordEntry[] => {
            const by = side.nameOf(step.by);
            const base = { id: `question-step:${step.id}`, source: "questions" as const, at: step.at, by };
            switch (step.kind) {
              case "answer":
                return [
                  {
                    ...base,
                    kind: "answered",
                    title: step.replaces
                      ? `${by} changed their answer`
                      : `${by} answered ${asker}'s question`,
                    text: step.text,
                  },
                ];
              case "need_time":
                return [
                  {
                    ...base,
                    kind: "answered",
                    title: `${by} asked for time to answer, until ${dayOf(step.answerBy)}`,
                    text: step.note ?? null,
                  },
                ];
              case "need_more":
                return [{ ...base, kind: "asked", title: `${by} asked for more`, text: step.followUp }];
              case "answered":
                return [
                  { ...base, kind: "answered", title: `${by} said the question was answered`, text: null },
                ];
              default:
                return [];
            }
          });
          return [asked, ...thread];
        });
  },
};
