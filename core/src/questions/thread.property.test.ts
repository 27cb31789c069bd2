import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  allowedQuestionActions,
  missedDueDates,
  type QuestionAction,
  type QuestionStep,
  questionActions,
  questionState,
} from "./thread.ts";

const parties = { askerId: "asker", answererId: "answerer" };
const start = Date.UTC(2026, 4, 4);
const hour = 3_600_000;

/** Builds a history by only ever taking steps the rules allow, the way the server does. */
function play(choices: readonly { who: 0 | 1; action: number; gap: number; due: number; verdict: number }[]) {
  const steps: QuestionStep[] = [];
  let t = start;
  for (const [i, choice] of choices.entries()) {
    t += choice.gap * hour;
    const at = new Date(t);
    const viewer = choice.who === 0 ? parties.askerId : parties.answererId;
    const allowed = allowedQuestionActions(parties, questionState(steps, at), viewer);
    const open = questionActions.filter((a) => allowed[a]);
    const action: QuestionAction | undefined = open[choice.action % Math.max(open.length, 1)];
    const id = `s${i}`;
    const state = questionState(steps, at);
    switch (action) {
      case "answer":
        steps.push({ id, kind: "answer", by: viewer, at, text: "an answer", replaces: null });
        break;
      case "editAnswer":
        steps.push({
          id,
          kind: "answer",
          by: viewer,
          at,
          text: "edited",
          replaces: state.latestAnswer?.id ?? null,
        });
        break;
      case "needTime":
        steps.push({
          id,
          kind: "need_time",
          by: viewer,
          at,
          answerBy: new Date(t + choice.due * hour),
          note: null,
        });
        break;
      case "review": {
        const verdict = (["answered", "need_more", "not_ready"] as const)[choice.verdict % 3] ?? "answered";
        steps.push(
          verdict === "need_more"
            ? { id, kind: verdict, by: viewer, at, followUp: "more" }
            : { id, kind: verdict, by: viewer, at },
        );
        break;
      }
      case "setAside":
        steps.push({ id, kind: "set_aside", by: viewer, at });
        break;
      case "reopen":
        steps.push({ id, kind: "reopened", by: viewer, at });
        break;
      case undefined:
        break;
    }
  }
  return { steps, now: new Date(t + hour) };
}

const choicesArb = fc.array(
  fc.record({
    who: fc.constantFrom(0 as const, 1 as const),
    action: fc.nat(10),
    gap: fc.integer({ min: 0, max: 48 }),
    due: fc.integer({ min: 1, max: 72 }),
    verdict: fc.nat(2),
  }),
  { maxLength: 30 },
);

describe("question rules, for any history the rules allow", () => {
  it("is overdue only while awaiting an answer past the promised date", () => {
    fc.assert(
      fc.property(choicesArb, (choices) => {
        const { steps, now } = play(choices);
        const state = questionState(steps, now);
        if (state.overdue) {
          expect(state.status).toBe("awaiting_answer");
          expect(state.answerBy?.getTime()).toBeLessThan(now.getTime());
        }
        if (state.overdue) expect(missedDueDates(steps, now)).toContainEqual(state.answerBy);
      }),
    );
  });

  it("never lets the same person both answer and review, and never lets the asker answer", () => {
    fc.assert(
      fc.property(choicesArb, (choices) => {
        const { steps, now } = play(choices);
        const state = questionState(steps, now);
        const asker = allowedQuestionActions(parties, state, parties.askerId);
        const answerer = allowedQuestionActions(parties, state, parties.answererId);
        expect(asker.answer || asker.needTime || asker.editAnswer).toBe(false);
        expect(answerer.review).toBe(false);
      }),
    );
  });

  it('misses at most one date per "I need time"', () => {
    fc.assert(
      fc.property(choicesArb, (choices) => {
        const { steps, now } = play(choices);
        const promises = steps.filter((s) => s.kind === "need_time").length;
        expect(missedDueDates(steps, now).length).toBeLessThanOrEqual(promises);
      }),
    );
  });
});
