import { describe, expect, it } from "vitest";
import { apologyPartRules } from "../src/coach/apology/parts.ts";
import { apologyPitfallRules } from "../src/coach/apology/pitfalls.ts";
import { controlRules } from "../src/coach/message/control.ts";
import { horsemenRules } from "../src/coach/message/horsemen.ts";
import { messageStrengthRules } from "../src/coach/message/strengths.ts";
import { prepare } from "../src/coach/text.ts";
import { coachSets, readSet } from "./coach-fixtures.ts";

const rules = [
  ...apologyPartRules,
  ...apologyPitfallRules,
  ...messageStrengthRules,
  ...horsemenRules,
  ...controlRules,
];

describe("rule triggers", () => {
  // Tuning sets only: a failure prints the text, and blind text must never be read.
  it("never skip a rule that would have matched one of the tuning texts", () => {
    const texts = coachSets()
      .filter((s) => s.status === "tuning")
      .flatMap((s) => readSet(s).map((e) => e.text));
    const skippedWrongly: string[] = [];
    // One non-global copy of each pattern, compiled once: the sets hold over two thousand texts.
    const patterns = rules.map((rule) => new RegExp(rule.pattern.source));
    for (const text of texts) {
      const norm = prepare(text).norm;
      for (const [i, rule] of rules.entries()) {
        // Only a rule its trigger would skip needs its pattern run.
        if (!rule.trigger || rule.trigger.some((s) => norm.includes(s))) continue;
        if (patterns[i]?.test(norm)) skippedWrongly.push(`${rule.label}: ${text}`);
      }
    }
    expect(skippedWrongly).toEqual([]);
    // It runs every rule a trigger would skip over every tuning text, which grows with the sets.
  }, 120_000);
});
