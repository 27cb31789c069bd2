import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { relationshipKinds } from "../spaces/contract.ts";
import {
  type LadderAnswer,
  type LadderAnswers,
  ladderAnswers,
  ladderFor,
  ladderKindFor,
  nonRomanticLadder,
  revealTogether,
  romanticLadder,
} from "./ladder.ts";

const steps = romanticLadder;
const answersArb: fc.Arbitrary<LadderAnswers> = fc.dictionary(
  fc.constantFrom(...steps.map((s) => s.id)),
  fc.constantFrom(...ladderAnswers),
);

describe("revealTogether", () => {
  it("reveals only the steps both said yes to, in ladder order", () => {
    const mine: LadderAnswers = { kiss: "yes", hold_hands: "yes", hug: "yes", sit_close: "no" };
    const theirs: LadderAnswers = { hug: "yes", kiss: "yes", hold_hands: "maybe_later", sit_close: "yes" };
    expect(revealTogether(steps, mine, theirs)).toEqual(["hug", "kiss"]);
  });

  it("reveals nothing while the other person hasn't answered", () => {
    expect(revealTogether(steps, { hug: "yes" }, {})).toEqual([]);
  });

  it("hides a step again as soon as either person withdraws their yes", () => {
    const mine: LadderAnswers = { hug: "yes" };
    expect(revealTogether(steps, mine, { hug: "yes" })).toEqual(["hug"]);
    expect(revealTogether(steps, mine, { hug: "maybe_later" })).toEqual([]);
    expect(revealTogether(steps, mine, {})).toEqual([]);
    expect(revealTogether(steps, { hug: "no" }, { hug: "yes" })).toEqual([]);
  });

  it("ignores answers for steps that aren't on the ladder", () => {
    expect(revealTogether(steps, { spend_time: "yes" }, { spend_time: "yes" })).toEqual([]);
  });

  it("is symmetric: swapping the two people changes nothing", () => {
    fc.assert(
      fc.property(answersArb, answersArb, (a, b) => {
        expect(revealTogether(steps, a, b)).toEqual(revealTogether(steps, b, a));
      }),
    );
  });

  it("only ever reveals steps both said yes to", () => {
    fc.assert(
      fc.property(answersArb, answersArb, (a, b) => {
        for (const id of revealTogether(steps, a, b)) {
          expect(a[id]).toBe("yes");
          expect(b[id]).toBe("yes");
        }
        for (const step of steps) {
          if (a[step.id] === "yes" && b[step.id] === "yes")
            expect(revealTogether(steps, a, b)).toContain(step.id);
        }
      }),
    );
  });

  it("can't tell the other person's no, maybe later and silence apart", () => {
    const notYes: (LadderAnswer | undefined)[] = ["no", "maybe_later", undefined];
    fc.assert(
      fc.property(
        answersArb,
        answersArb,
        fc.constantFrom(...steps.map((s) => s.id)),
        fc.constantFrom(...notYes),
        (mine, theirs, stepId, replacement) => {
          if (theirs[stepId] === "yes") return;
          const changed: Record<string, LadderAnswer | undefined> = { ...theirs };
          if (replacement === undefined) delete changed[stepId];
          else changed[stepId] = replacement;
          expect(revealTogether(steps, mine, changed)).toEqual(revealTogether(steps, mine, theirs));
        },
      ),
    );
  });
});

describe("ladder choice", () => {
  it("offers the romantic ladder to partners and a non-romantic one to family, friends and others", () => {
    expect(relationshipKinds.map((r) => ladderKindFor(r))).toEqual([
      "romantic",
      "non_romantic",
      "non_romantic",
      "non_romantic",
    ]);
    expect(ladderFor("romantic")).toBe(romanticLadder);
    expect(ladderFor("non_romantic")).toBe(nonRomanticLadder);
  });

  it("starts small and keeps step ids unique across both ladders", () => {
    expect(romanticLadder[0]?.id).toBe("sit_close");
    expect(nonRomanticLadder[0]?.id).toBe("spend_time");
    const ids = [...romanticLadder, ...nonRomanticLadder].map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
