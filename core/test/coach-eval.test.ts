import { describe, expect, it } from "vitest";
import { analyzeApology } from "../src/coach/apology/analyze.ts";
import { evaluate, type LabelledExample, shortfalls } from "../src/coach/evaluate.ts";
import { apologyLabels, messageLabels } from "../src/coach/labels.ts";
import { analyzeMessage } from "../src/coach/message/analyze.ts";
import { loadCoachFixtures } from "./coach-fixtures.ts";

const fixtures = loadCoachFixtures();

function problems<L extends string>(
  examples: LabelledExample<L>[],
  analyze: (text: string) => { labels: readonly L[] },
  labels: readonly L[],
): string[] {
  return shortfalls(evaluate(examples, analyze, labels));
}

describe("coach quality on the labelled fixtures (macro F1 at least 0.85, every label at least 0.7)", () => {
  it("has enough examples, with a held-out part", () => {
    const total =
      fixtures.apology.tuning.length +
      fixtures.apology.heldOut.length +
      fixtures.message.tuning.length +
      fixtures.message.heldOut.length;
    expect(total).toBeGreaterThanOrEqual(300);
    expect(fixtures.apology.heldOut.length).toBeGreaterThan(0);
    expect(fixtures.message.heldOut.length).toBeGreaterThan(0);
  });

  it.each([
    ["apology tuning", () => problems(fixtures.apology.tuning, analyzeApology, apologyLabels)],
    ["apology held-out", () => problems(fixtures.apology.heldOut, analyzeApology, apologyLabels)],
    ["message tuning", () => problems(fixtures.message.tuning, analyzeMessage, messageLabels)],
    ["message held-out", () => problems(fixtures.message.heldOut, analyzeMessage, messageLabels)],
  ])("meets the bar on the %s set", (_name, check) => {
    expect(check()).toEqual([]);
  });
});
