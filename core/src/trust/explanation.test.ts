import { describe, expect, it } from "vitest";
import { evidenceTable } from "./evidence.ts";
import {
  countsNowInWords,
  durationInWords,
  explainEvent,
  explainTrustModel,
  fractionInWords,
  type TrustModelConfig,
  timesInWords,
  trustModelConfig,
} from "./explanation.ts";
import { defaultTrustModelOptions } from "./model.ts";

const allText = (config?: TrustModelConfig) => {
  const explanation = explainTrustModel(config);
  return [
    ...explanation.intro,
    ...explanation.sections.flatMap((section) => [section.title, ...section.paragraphs]),
    ...explanation.formula,
  ].join("\n");
};

describe("the trust explanation", () => {
  it("says the model's own numbers in words", () => {
    const text = allText();
    expect(trustModelConfig.options).toBe(defaultTrustModelOptions);
    expect(trustModelConfig.table).toBe(evidenceTable);
    expect(text).toContain(`after ${durationInWords(defaultTrustModelOptions.halfLifeDays)} it counts half`);
    expect(text).toContain("A broken promise weighs three times as much as a kept one");
    expect(text).toContain("it costs a third of what the same break costs when it is found out");
    expect(text).toContain("at half of its usual weight");
  });

  it("changes when the model changes, with no number of its own", () => {
    const changed: TrustModelConfig = {
      options: { halfLifeDays: 14, negativeWeight: 2, afterDeceptionFactor: 0.25 },
      table: {
        ...evidenceTable,
        agreement_self_reported: {
          ...evidenceTable.agreement_self_reported,
          effects: { honesty: 1, loyalty: -1.5 },
        },
      },
    };
    const text = allText(changed);
    expect(text).toContain("after two weeks it counts half as much, after four weeks a quarter");
    expect(text).toContain("A broken promise weighs twice as much as a kept one");
    expect(text).toContain("it costs half of what the same break costs");
    expect(text).toContain("at a quarter of its usual weight");
    expect(text).toContain("halves every 14 days");
    expect(text).toContain("times 2.");
    expect(text).not.toContain("30");
    expect(allText()).toContain("halves every 30 days");
  });

  it("lists, for each part of trust, what counts for it and against it, from the table", () => {
    const honesty = explainTrustModel().elements.find((element) => element.element === "honesty");
    expect(honesty?.raisedBy).toContain("a question answered");
    expect(honesty?.raisedBy).toContain("a broken agreement owned up to");
    expect(honesty?.loweredBy).toContain("something hidden that came to light");
    expect(honesty?.loweredBy).not.toContain("a promise missed");
    const withoutHonesty: TrustModelConfig = {
      ...trustModelConfig,
      table: {
        ...evidenceTable,
        question_answered: { ...evidenceTable.question_answered, effects: { empathy: 1 } },
      },
    };
    const changed = explainTrustModel(withoutHonesty).elements.find(
      (element) => element.element === "honesty",
    );
    expect(changed?.raisedBy).not.toContain("a question answered");
  });

  it("says how much an event still counts as it fades", () => {
    const now = new Date("2026-05-04T09:00:00Z");
    const halfLife = defaultTrustModelOptions.halfLifeDays;
    const atAge = (days: number) => new Date(now.getTime() - days * 86_400_000);
    const fresh = explainEvent({ kind: "promise_missed", at: atAge(0) }, now);
    expect(fresh).toMatchObject({
      raises: [],
      lowers: ["reliability"],
      countsNow: 1,
      countsNowText: "counts in full",
    });
    const old = explainEvent({ kind: "promise_kept", at: atAge(halfLife) }, now);
    expect(old).toMatchObject({ raises: ["honesty", "reliability"], countsNow: 0.5 });
    expect(old.countsNowText).toBe("counts half as much as at first");
    const faster = explainEvent({ kind: "promise_kept", at: atAge(halfLife) }, now, {
      ...trustModelConfig,
      options: { ...defaultTrustModelOptions, halfLifeDays: halfLife / 2 },
    });
    expect(faster.countsNowText).toBe("counts a quarter as much as at first");
  });

  it("puts numbers into everyday words", () => {
    expect(durationInWords(7)).toBe("a week");
    expect(durationInWords(10)).toBe("ten days");
    expect(durationInWords(30)).toBe("about a month");
    expect(durationInWords(60)).toBe("about two months");
    expect(durationInWords(45)).toBe("about six weeks");
    expect(durationInWords(365)).toBe("about a year");
    expect(timesInWords(3)).toBe("three times as much");
    expect(timesInWords(2.5)).toBe("two and a half times as much");
    expect(timesInWords(3.1)).toBe("about three times as much");
    expect(fractionInWords(0.5)).toBe("half");
    expect(fractionInWords(0.3)).toBe("about a third");
    expect(countsNowInWords(0.01)).toBe("has all but faded");
  });
});
