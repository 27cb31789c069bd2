import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RepairRole } from "../spaces/roles.ts";
import { assessReadiness, type ReadinessResult } from "./assess.ts";
import { answers, calm } from "./sample-answers.ts";
import { answerValues, type ReadinessAnswers } from "./schema.ts";

type Control = ReadinessAnswers["control"];

const roles: RepairRole[] = ["broke_trust", "hurt", "both"];

/** Wording that would push toward staying or repairing. */
const NUDGE =
  /repair|reconcil|rebuild|stay together|give (it|them) (a|another) chance|try again|forgiv|work (it|things) out|save (the|this|your) relationship/i;

function allText(r: ReadinessResult): string[] {
  return [
    r.summary,
    ...r.hopeful.map((f) => f.text),
    ...r.hard.map((f) => f.text),
    ...r.suggestions.map((s) => s.text),
  ];
}

function expectNoNudge(r: ReadinessResult) {
  expect(r.path).toBe("safety");
  expect(r.hopeful).toEqual([]);
  for (const s of r.suggestions) expect(["safety", "professional_help", "self_care"]).toContain(s.kind);
  for (const text of allText(r)) expect(text).not.toMatch(NUDGE);
}

describe("assessReadiness: the repair path", () => {
  it.each(roles)("points a ready %s member toward a first step, with what looks hopeful", (role) => {
    const r = assessReadiness(calm, role);
    expect(r.path).toBe("repair");
    expect(r.blockers).toEqual([]);
    expect(r.safetyConcerns).toEqual([]);
    expect(r.hard).toEqual([]);
    expect(r.hopeful.length).toBeGreaterThan(3);
    expect(r.suggestions.map((s) => s.id)).toContain("first_step");
    expect(r.summary).toMatch(/months/);
  });

  it("words findings for the reader's role", () => {
    const hurt = assessReadiness(calm, "hurt").hopeful.find((f) => f.factor === "willingness");
    const broke = assessReadiness(calm, "broke_trust").hopeful.find((f) => f.factor === "willingness");
    expect(hurt?.text).toMatch(/you see/i);
    expect(broke?.text).toMatch(/you feel/i);
  });

  it("names what will be hard and suggests a counselor when it happened before", () => {
    const r = assessReadiness(answers({ pattern: "repeated", wellbeing: "strained" }), "hurt");
    expect(r.path).toBe("repair");
    expect(r.hard.map((f) => f.factor)).toEqual(["pattern", "wellbeing"]);
    expect(r.suggestions.map((s) => s.id)).toContain("counselor_repair");
  });
});

describe("assessReadiness: deciding", () => {
  it.each(roles)("leads a %s member who is not sure to support for deciding", (role) => {
    const r = assessReadiness(answers({ intent: "not_sure" }), role);
    expect(r.path).toBe("deciding");
    expect(r.summary).toMatch(/not sure/i);
    expect(r.summary).toMatch(/ending things can be the right outcome/i);
    expect(r.suggestions.map((s) => s.id)).toEqual(
      expect.arrayContaining(["deciding_page", "counselor_deciding"]),
    );
    expect(r.suggestions.map((s) => s.id)).not.toContain("first_step");
  });

  it("respects a member who doesn't want to repair", () => {
    const r = assessReadiness(answers({ intent: "no" }), "hurt");
    expect(r.path).toBe("deciding");
    expect(r.summary).toMatch(/legitimate choice/);
  });

  const blockers = [
    ["no_remorse", { willingness: "no" }],
    ["no_remorse", { blame: "yes" }],
    ["ongoing_deception", { hidden: "yes" }],
    ["addiction", { addiction: "untreated" }],
    ["refuses_help", { outside_help: "no" }],
  ] as const;

  it.each(blockers)("treats %s (%o) as blocking repair for now", (factor, change) => {
    for (const role of roles) {
      const r = assessReadiness(answers(change), role);
      expect(r.path).toBe("deciding");
      expect(r.blockers).toEqual([factor]);
      expect(r.hard.map((f) => f.factor)).toContain(factor);
      expect(r.summary).toMatch(/stands in the way/);
      expect(r.suggestions.map((s) => s.id)).not.toContain("first_step");
    }
  });

  it("suggests professional help that fits the blocker", () => {
    expect(
      assessReadiness(answers({ addiction: "untreated" }), "broke_trust").suggestions.map((s) => s.id),
    ).toContain("addiction_help");
    expect(assessReadiness(answers({ hidden: "yes" }), "broke_trust").suggestions.map((s) => s.id)).toContain(
      "bring_to_light",
    );
    expect(assessReadiness(answers({ wellbeing: "harmed" }), "hurt").suggestions.map((s) => s.id)).toContain(
      "own_support",
    );
  });

  it("lists several blockers in one sentence", () => {
    const r = assessReadiness(answers({ hidden: "yes", outside_help: "no" }), "hurt");
    expect(r.summary).toMatch(/something still being hidden and outside help being refused stand in the way/);
  });
});

describe("assessReadiness: safety", () => {
  const signals: [string, Partial<ReadinessAnswers>][] = [
    ["fear (sometimes)", { fear: "sometimes" }],
    ["fear (yes)", { fear: "yes" }],
    ["threats", { threats: "yes" }],
    ["physical harm", { physical_harm: "yes" }],
    ["put-downs (sometimes)", { put_downs: "sometimes" }],
    ["put-downs (often)", { put_downs: "often" }],
    ["control of money", { control: ["money"] }],
    ["control of the phone", { control: ["phone"] }],
    ["being kept from friends", { control: ["friends"] }],
    ["control of movements", { control: ["movements"] }],
  ];

  it.each(signals)("puts safety first on any sign of %s, for every role", (_name, change) => {
    for (const role of roles) {
      const r = assessReadiness(answers(change), role);
      expectNoNudge(r);
      expect(r.safetyConcerns.length).toBe(1);
      expect(r.hard.length).toBe(1);
      expect(r.suggestions.map((s) => s.id)).toEqual(expect.arrayContaining(["emergency", "safety_page"]));
    }
  });

  it("puts safety ahead of wanting to try, and ahead of blockers", () => {
    const r = assessReadiness(
      answers({ intent: "yes", hidden: "yes", fear: "yes", control: ["money", "phone"] }),
      "hurt",
    );
    expectNoNudge(r);
    expect(r.safetyConcerns).toEqual(["fear", "control"]);
    expect(r.suggestions.map((s) => s.id)).toContain("safe_device");
  });

  it("also protects the person who broke trust", () => {
    expectNoNudge(assessReadiness(answers({ physical_harm: "yes" }), "broke_trust"));
  });

  it("keeps safety help in view for someone who would rather not say", () => {
    const changes: Partial<ReadinessAnswers>[] = [
      { fear: "rather_not_say" },
      { control: ["rather_not_say"] },
    ];
    for (const change of changes) {
      const r = assessReadiness(answers(change), "hurt");
      expect(r.path).toBe("repair");
      expect(r.suggestions.map((s) => s.id)).toContain("safety_available");
    }
  });

  it("never nudges toward repair on the safety path, whatever else was answered", () => {
    const arb = fc.record({
      intent: fc.constantFrom(...answerValues.intent),
      willingness: fc.constantFrom(...answerValues.willingness),
      blame: fc.constantFrom(...answerValues.blame),
      pattern: fc.constantFrom(...answerValues.pattern),
      respect_affection: fc.constantFrom(...answerValues.respect_affection),
      shared_goals: fc.constantFrom(...answerValues.shared_goals),
      wellbeing: fc.constantFrom(...answerValues.wellbeing),
      hidden: fc.constantFrom(...answerValues.hidden),
      addiction: fc.constantFrom(...answerValues.addiction),
      outside_help: fc.constantFrom(...answerValues.outside_help),
      fear: fc.constantFrom(...answerValues.fear),
      threats: fc.constantFrom(...answerValues.threats),
      physical_harm: fc.constantFrom(...answerValues.physical_harm),
      put_downs: fc.constantFrom(...answerValues.put_downs),
      control: fc.oneof(
        fc.constant<Control>(["none"]),
        fc.constant<Control>(["rather_not_say"]),
        fc.uniqueArray(fc.constantFrom<Control[number]>("money", "phone", "friends", "movements"), {
          minLength: 1,
        }),
      ),
    });
    fc.assert(
      fc.property(arb, fc.constantFrom(...roles), (a, role) => {
        const r = assessReadiness(a, role);
        expect(assessReadiness(a, role)).toEqual(r);
        const danger =
          a.fear === "sometimes" ||
          a.fear === "yes" ||
          a.threats === "yes" ||
          a.physical_harm === "yes" ||
          a.put_downs === "sometimes" ||
          a.put_downs === "often" ||
          a.control.some((c) => c !== "none" && c !== "rather_not_say");
        expect(r.path === "safety").toBe(danger);
        if (danger) expectNoNudge(r);
        if (a.intent !== "yes" && !danger) expect(r.path).toBe("deciding");
      }),
      { numRuns: 500 },
    );
  });
});
