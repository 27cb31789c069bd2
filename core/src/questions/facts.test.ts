import { describe, expect, it } from "vitest";
import { milestones } from "../help/milestones.ts";
import { acceptedAnswers, type QuestionRecord, questionEvidence, questionFacts } from "./facts.ts";

const at = (day: number) => new Date(Date.UTC(2026, 4, day, 12));
const base = { askerId: "robin", answererId: "kit" };

const questions: QuestionRecord[] = [
  {
    id: "q1",
    ...base,
    sentAt: at(1),
    steps: [
      { id: "a", kind: "need_time", by: "kit", at: at(2), answerBy: at(4), note: null },
      { id: "b", kind: "answer", by: "kit", at: at(5), text: "…", replaces: null },
      { id: "c", kind: "answered", by: "robin", at: at(6) },
    ],
  },
  {
    id: "q2",
    ...base,
    sentAt: at(3),
    steps: [{ id: "d", kind: "need_time", by: "kit", at: at(3), answerBy: at(8), note: null }],
  },
  { id: "q3", ...base, sentAt: at(30), steps: [] },
];

describe("question facts for the method", () => {
  it("counts questions asked and answered, and the dates of those still overdue", () => {
    const facts = questionFacts(questions, at(10));
    expect(facts.get("robin")?.questionsAsked).toEqual([at(1), at(3)]);
    expect(facts.get("kit")).toMatchObject({ questionsAnswered: [at(5)], questionsOverdue: [at(8)] });
  });

  it("sees nothing overdue before the promised date", () => {
    expect(questionFacts(questions, at(7)).get("kit")?.questionsOverdue).toEqual([]);
  });
});

describe("question evidence for the trust model", () => {
  it("credits an answer when the asker says it answered them, and counts every missed date", () => {
    expect(questionEvidence(questions, at(10)).get("kit")).toEqual([
      { kind: "question_overdue", at: at(4), sourceId: "q1" },
      { kind: "question_answered", at: at(6), sourceId: "q1" },
      { kind: "question_overdue", at: at(8), sourceId: "q2" },
    ]);
  });
});

describe("answers that are good news", () => {
  const answeredThenMore: QuestionRecord = {
    id: "q4",
    ...base,
    sentAt: at(1),
    steps: [
      { id: "e", kind: "answer", by: "kit", at: at(2), text: "…", replaces: null },
      { id: "f", kind: "need_more", by: "robin", at: at(3), followUp: "And after that?" },
    ],
  };

  it("leaves out an answer the asker met with 'I need more'", () => {
    expect(acceptedAnswers([answeredThenMore], at(10))).toEqual([]);
    expect(milestones({ answersAccepted: acceptedAnswers([answeredThenMore], at(10)) }, at(10))).toEqual([]);
  });

  it("counts it from when the asker says a later answer answered them", () => {
    const settled: QuestionRecord = {
      ...answeredThenMore,
      steps: [
        ...answeredThenMore.steps,
        { id: "g", kind: "answer", by: "kit", at: at(4), text: "…", replaces: null },
        { id: "h", kind: "answered", by: "robin", at: at(5) },
      ],
    };
    expect(acceptedAnswers([settled], at(4))).toEqual([]);
    expect(acceptedAnswers([settled], at(10))).toEqual([{ memberId: "kit", at: at(5) }]);
    const reached = milestones({ answersAccepted: acceptedAnswers([settled], at(10)) }, at(10));
    expect(reached.map((m) => [m.id, m.memberId, m.achievedAt])).toEqual([
      ["first_question_answered", "kit", at(5)],
    ]);
  });
});

describe("questions waiting on someone's turn", () => {
  it("tells a first answer from a follow-up, and an answer waiting for the asker's word", () => {
    const waiting: QuestionRecord[] = [
      { id: "q5", ...base, sentAt: at(1), steps: [] },
      {
        id: "q6",
        ...base,
        sentAt: at(1),
        steps: [
          { id: "i", kind: "answer", by: "kit", at: at(2), text: "…", replaces: null },
          { id: "j", kind: "need_more", by: "robin", at: at(3), followUp: "Why then?" },
        ],
      },
      {
        id: "q7",
        ...base,
        sentAt: at(1),
        steps: [{ id: "k", kind: "answer", by: "kit", at: at(4), text: "…", replaces: null }],
      },
    ];
    const facts = questionFacts(waiting, at(10));
    expect(facts.get("kit")?.questionsAwaitingAnswer).toEqual([
      { since: at(1), followUp: false },
      { since: at(3), followUp: true },
    ]);
    expect(facts.get("robin")?.answersAwaitingReview).toEqual([at(4)]);
  });
});
