import { describe, expect, it } from "vitest";
import { assessReadiness } from "./assess.ts";
import { presentReadinessToOther } from "./presenter.ts";
import { answers } from "./sample-answers.ts";

describe("presentReadinessToOther", () => {
  it("lets the other member learn only that the check was completed", () => {
    const stored = {
      answers: answers({ fear: "yes" }),
      result: assessReadiness(answers({ fear: "yes" }), "hurt"),
    };
    expect(presentReadinessToOther(stored)).toStrictEqual({ completed: true });
  });

  it("says not completed when there is no check", () => {
    expect(presentReadinessToOther(null)).toStrictEqual({ completed: false });
    expect(presentReadinessToOther(undefined)).toStrictEqual({ completed: false });
  });
});
