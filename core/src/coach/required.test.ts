import { describe, expect, it } from "vitest";
import { requiredClause } from "./required.ts";

describe("requiredClause", () => {
  it("finds a literal word every match must contain", () => {
    expect(requiredClause("(?<![\\w'])(?:i'm\\s+(?:so\\s+)?sorry)(?!\\w)")).toEqual(["sorry"]);
  });

  it("takes one word from each branch of an alternation", () => {
    expect(requiredClause("(?:you\\s+made\\s+me|it's\\s+your\\s+fault)")).toEqual(["made", "fault"]);
  });

  it("ignores optional parts and lookarounds", () => {
    expect(requiredClause("(?:really\\s+)?(?<=\\bwell\\s)calm\\s+down")).toEqual(["calm"]);
  });

  it("gives up when a branch has no word of its own", () => {
    expect(requiredClause("(?:[a-z]+|sorry)")).toBeUndefined();
  });
});
