import { describe, expect, it } from "vitest";
import { calm } from "./sample-answers.ts";
import { readinessAnswersSchema } from "./schema.ts";

describe("readinessAnswersSchema", () => {
  it("accepts a complete set of answers", () => {
    expect(readinessAnswersSchema.parse(calm)).toEqual(calm);
    expect(readinessAnswersSchema.safeParse({ ...calm, control: ["money", "phone"] }).success).toBe(true);
  });

  it.each([
    ["a missing answer", (({ fear: _fear, ...rest }) => rest)(calm)],
    ["an unknown question", { ...calm, notes: "free text must not sneak in" }],
    ["a value the question doesn't offer", { ...calm, intent: "maybe" }],
    ["a wrong type", { ...calm, threats: true }],
    ["no answer to the multiple-choice question", { ...calm, control: [] }],
    ["a single value where a list is expected", { ...calm, control: "money" }],
    ["'none' combined with another answer", { ...calm, control: ["none", "money"] }],
    ["'rather not say' combined with another answer", { ...calm, control: ["phone", "rather_not_say"] }],
    ["the same answer twice", { ...calm, control: ["money", "money"] }],
    ["something other than an object", "yes"],
    ["nothing", null],
  ])("rejects %s", (_name, input) => {
    expect(readinessAnswersSchema.safeParse(input).success).toBe(false);
  });
});
