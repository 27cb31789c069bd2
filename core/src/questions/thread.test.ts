import { describe, expect, it } from "vitest";
import { allowedQuestionActions, missedDueDates, type QuestionStep, questionState } from "./thread.ts";

const hour = 3_600_000;
const t0 = Date.UTC(2026, 4, 4, 9);
const at = (hours: number) => new Date(t0 + hours * hour);
const parties = { askerId: "robin", answererId: "kit" };

type WithoutId<T> = T extends unknown ? Omit<T, "id"> : never;
let seq = 0;
const step = (s: WithoutId<QuestionStep>): QuestionStep => ({ ...s, id: `s${++seq}` });
const answer = (hours: number, text = "It started in March", replaces: string | null = null) =>
  step({ kind: "answer", by: "kit", at: at(hours), text, replaces });
const needTime = (hours: number, dueHours: number) =>
  step({ kind: "need_time", by: "kit", at: at(hours), answerBy: at(dueHours), note: null });
const mark = (kind: "answered" | "not_ready" | "set_aside" | "reopened", hours: number, by = "robin") =>
  step({ kind, by, at: at(hours) });
const needMore = (hours: number) =>
  step({ kind: "need_more", by: "robin", at: at(hours), followUp: "And after?" });

describe("where a question stands", () => {
  it("waits for the answerer first, then for the asker, then is resolved", () => {
    const a = answer(1);
    expect(questionState([], at(0)).status).toBe("awaiting_answer");
    expect(questionState([a], at(2))).toMatchObject({ status: "awaiting_review", firstAnsweredAt: at(1) });
    expect(questionState([a, mark("answered", 3)], at(4))).toMatchObject({
      status: "resolved",
      resolvedAt: at(3),
    });
  });

  it('goes back to the answerer after "I need more", keeping the first answer time', () => {
    const state = questionState([answer(1), needMore(2)], at(3));
    expect(state).toMatchObject({ status: "awaiting_answer", firstAnsweredAt: at(1) });
  });

  it("is overdue only once the promised date has passed with no answer", () => {
    const steps = [needTime(1, 24)];
    expect(questionState(steps, at(23))).toMatchObject({ answerBy: at(24), overdue: false });
    expect(questionState(steps, at(25))).toMatchObject({ answerBy: at(24), overdue: true });
    expect(questionState([...steps, answer(30)], at(31))).toMatchObject({ answerBy: null, overdue: false });
  });

  it("shows the newest version of an edited answer", () => {
    const first = answer(1, "In March");
    const edit = answer(2, "In February, not March", first.id);
    expect(questionState([first, edit], at(3)).latestAnswer).toEqual({
      id: edit.id,
      text: "In February, not March",
      at: at(2),
    });
  });

  it("returns a set-aside question to where it was, with any promised date dropped", () => {
    const steps = [answer(1), mark("set_aside", 2, "kit")];
    expect(questionState(steps, at(3))).toMatchObject({ status: "set_aside", setAsideBy: "kit" });
    expect(questionState([...steps, mark("reopened", 4)], at(5)).status).toBe("awaiting_review");
    const promised = [needTime(1, 5), mark("set_aside", 2), mark("reopened", 3)];
    expect(questionState(promised, at(10))).toMatchObject({
      status: "awaiting_answer",
      answerBy: null,
      overdue: false,
    });
  });

  it("asks for more when the asker comes back after saying they were not ready", () => {
    const steps = [answer(1), mark("not_ready", 2), mark("reopened", 30)];
    expect(questionState(steps, at(31)).status).toBe("awaiting_answer");
  });
});

describe("who may do what with a question", () => {
  it("lets only the answerer answer or ask for time, and only the asker review", () => {
    const waiting = questionState([], at(0));
    expect(allowedQuestionActions(parties, waiting, "kit")).toMatchObject({
      answer: true,
      needTime: true,
      review: false,
    });
    expect(allowedQuestionActions(parties, waiting, "robin")).toMatchObject({
      answer: false,
      needTime: false,
      review: false,
    });
    const answered = questionState([answer(1)], at(2));
    expect(allowedQuestionActions(parties, answered, "robin")).toMatchObject({ review: true, answer: false });
    expect(allowedQuestionActions(parties, answered, "kit")).toMatchObject({
      review: false,
      editAnswer: true,
    });
  });

  it("lets either person set a question aside, and the asker or whoever set it aside bring it back", () => {
    const open = questionState([], at(0));
    expect(allowedQuestionActions(parties, open, "robin").setAside).toBe(true);
    expect(allowedQuestionActions(parties, open, "kit").setAside).toBe(true);
    const asideByAsker = questionState([mark("set_aside", 1, "robin")], at(2));
    expect(allowedQuestionActions(parties, asideByAsker, "kit").reopen).toBe(false);
    expect(allowedQuestionActions(parties, asideByAsker, "robin").reopen).toBe(true);
    const asideByAnswerer = questionState([mark("set_aside", 1, "kit")], at(2));
    expect(allowedQuestionActions(parties, asideByAnswerer, "kit").reopen).toBe(true);
    expect(allowedQuestionActions(parties, asideByAnswerer, "robin").reopen).toBe(true);
  });

  it("gives nothing to someone outside the question", () => {
    const actions = allowedQuestionActions(parties, questionState([answer(1)], at(2)), "someone");
    expect(Object.values(actions).every((allowed) => !allowed)).toBe(true);
  });

  it("does not let an answer be changed while the asker is not ready to hear more", () => {
    const state = questionState([answer(1), mark("not_ready", 2)], at(3));
    expect(allowedQuestionActions(parties, state, "kit").editAnswer).toBe(false);
  });
});

describe("missed dates", () => {
  it("counts a date that passed before the answer came, even when the answer came later", () => {
    expect(missedDueDates([needTime(1, 24), answer(30)], at(40))).toEqual([at(24)]);
  });

  it("does not count a date moved before it passed, or a question set aside in time", () => {
    expect(missedDueDates([needTime(1, 24), needTime(20, 48)], at(30))).toEqual([]);
    expect(missedDueDates([needTime(1, 24), mark("set_aside", 10)], at(30))).toEqual([]);
  });

  it("counts a date still unanswered at now, and a date moved after it had already passed", () => {
    expect(missedDueDates([needTime(1, 24)], at(25))).toEqual([at(24)]);
    expect(missedDueDates([needTime(1, 24), needTime(30, 48)], at(40))).toEqual([at(24)]);
  });
});
