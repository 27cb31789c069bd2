import { describe, expect, it } from "vitest";
import type { RepairRole } from "../spaces/roles.ts";
import { blockingFactors, safetyFactors, viabilityFactors } from "./factors.ts";
import { questions, questionsFor } from "./questions.ts";
import { answerValues } from "./schema.ts";

const roles: RepairRole[] = ["broke_trust", "hurt", "both"];

describe("the readiness questions", () => {
  it("ask every question of every role, with an option for each answer value", () => {
    for (const role of roles) {
      const list = questionsFor(role);
      expect(list.map((q) => q.id)).toEqual(Object.keys(answerValues));
      for (const q of list) {
        expect(q.text).not.toBe("");
        expect(q.options.map((o) => o.value)).toEqual([...answerValues[q.id]]);
        for (const o of q.options) expect(o.label).not.toBe(o.value);
      }
    }
  });

  it("cover every viability, blocking and safety factor", () => {
    const covered = new Set(questions.map((q) => q.factor));
    for (const f of [...viabilityFactors, ...blockingFactors, ...safetyFactors]) {
      // Willingness also informs "no remorse", through the blame question.
      expect(covered.has(f), f).toBe(true);
    }
  });

  it("let a person say they are not sure they want to repair this", () => {
    const intent = questionsFor("hurt").find((q) => q.id === "intent");
    expect(intent?.options.find((o) => o.value === "not_sure")?.label).toBe(
      "I'm not sure I want to repair this",
    );
  });

  it("word questions for the person's role", () => {
    const text = (role: RepairRole) => questionsFor(role).find((q) => q.id === "willingness")?.text;
    expect(new Set(roles.map(text)).size).toBe(3);
    expect(text("hurt")).toMatch(/the other person/);
    expect(text("broke_trust")).toMatch(/do you feel/i);
  });

  it("ask the hardest questions last and mark the multiple-choice one", () => {
    const list = questionsFor("both");
    const firstSafety = list.findIndex((q) => q.group === "safety");
    expect(list.slice(firstSafety).every((q) => q.group === "safety")).toBe(true);
    expect(list.filter((q) => q.multiple).map((q) => q.id)).toEqual(["control"]);
  });
});
