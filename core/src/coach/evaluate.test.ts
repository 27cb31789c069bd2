import { describe, expect, it } from "vitest";
import { evaluate, parseExamples, shortfalls } from "./evaluate.ts";

type L = "a" | "b" | "c";
const isL = (v: string): v is L => v === "a" || v === "b" || v === "c";

describe("evaluate", () => {
  const examples = [
    { text: "x", labels: ["a" as L] },
    { text: "y", labels: ["a" as L, "b" as L] },
    { text: "z", labels: [] as L[] },
  ];
  const predictions: Record<string, L[]> = { x: ["a"], y: ["a"], z: ["b"] };
  const report = evaluate(examples, (text) => ({ labels: predictions[text] ?? [] }), ["a", "b", "c"]);

  it("counts per-label precision, recall and F1", () => {
    const a = report.labels.find((s) => s.label === "a");
    const b = report.labels.find((s) => s.label === "b");
    expect(a).toMatchObject({ support: 2, truePositives: 2, precision: 1, recall: 1, f1: 1 });
    expect(b).toMatchObject({ support: 1, truePositives: 0, falsePositives: 1, falseNegatives: 1, f1: 0 });
  });

  it("leaves out labels nobody expected or predicted, and averages the rest", () => {
    expect(report.labels.map((s) => s.label)).toEqual(["a", "b"]);
    expect(report.macroF1).toBe(0.5);
    expect(report.exactMatch).toBeCloseTo(1 / 3);
    expect(report.misses.map((m) => m.text)).toEqual(["y", "z"]);
  });

  it("names every way a report falls short of the bar", () => {
    expect(shortfalls(report)).toEqual(["macro F1 0.500 is below 0.85", "b F1 0.000 is below 0.7"]);
  });
});

describe("parseExamples", () => {
  it("reads JSON lines and skips blank ones", () => {
    expect(parseExamples('{"text":"hi","labels":["a"]}\n\n{"text":"yo","labels":[]}\n', isL)).toEqual([
      { text: "hi", labels: ["a"] },
      { text: "yo", labels: [] },
    ]);
  });

  it("rejects a label outside the set, naming the line", () => {
    expect(() => parseExamples('{"text":"hi","labels":["zzz"]}', isL)).toThrow("line 1: unknown label zzz");
  });
});
