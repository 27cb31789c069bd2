import { describe, expect, it } from "vitest";
import {
  acknowledgmentParts,
  impactParts,
  includesApology,
  requiredParts,
  statementGuides,
  statementKinds,
  statementsFor,
  writesStatement,
} from "./parts.ts";

describe("who writes which statement", () => {
  it("gives the impact statement to the hurt person and the acknowledgment to the person who broke trust", () => {
    expect(statementsFor("hurt")).toEqual(["impact"]);
    expect(statementsFor("broke_trust")).toEqual(["acknowledgment"]);
  });

  it("gives both statements to each person when the breach was mutual", () => {
    expect(statementsFor("both")).toEqual(["impact", "acknowledgment"]);
    for (const kind of statementKinds) expect(writesStatement("both", kind)).toBe(true);
  });
});

describe("statement guidance", () => {
  it("has a title, a prompt and hints for every part, and required parts are real parts", () => {
    for (const part of impactParts)
      expect(statementGuides.impact.parts[part].prompt.length).toBeGreaterThan(20);
    for (const part of acknowledgmentParts) {
      expect(statementGuides.acknowledgment.parts[part].hints.length).toBeGreaterThan(0);
    }
    expect(requiredParts.impact.every((p) => (impactParts as readonly string[]).includes(p))).toBe(true);
    expect(
      requiredParts.acknowledgment.every((p) => (acknowledgmentParts as readonly string[]).includes(p)),
    ).toBe(true);
  });
});

describe("when an acknowledgment also counts as an apology", () => {
  it("needs responsibility together with a change or amends", () => {
    expect(includesApology({ whatIDid: "I lied", responsibility: "It was my choice" })).toBe(false);
    expect(includesApology({ responsibility: "It was my choice", change: "I will tell you first" })).toBe(
      true,
    );
    expect(includesApology({ responsibility: "It was my choice", amends: "  " })).toBe(false);
    expect(includesApology({ change: "I will tell you first" })).toBe(false);
  });
});
