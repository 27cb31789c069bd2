import { describe, expect, it } from "vitest";
import { defaultSharing } from "./fields.ts";
import { checkinInput, checkinNoteWords, maxNeedLength } from "./schema.ts";

const weeklyElements = { honesty: 3, reliability: 4, respect: 6, loyalty: 5, empathy: 7 };

function messages(input: unknown): string[] {
  const result = checkinInput.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe("checkinInput", () => {
  it("accepts a minimal daily check-in and fills the private-by-default sharing", () => {
    const parsed = checkinInput.parse({ kind: "daily", trustNow: 4 });
    expect(parsed).toEqual({ kind: "daily", trustNow: 4, emotions: {}, signs: [], sharing: defaultSharing });
  });

  it("shares nothing the author did not switch on, not even what they need", () => {
    const parsed = checkinInput.parse({ kind: "daily", trustNow: 4, need: "A call at lunch." });
    expect(parsed.sharing).toEqual({
      trustNow: false,
      elements: false,
      emotions: false,
      signs: false,
      need: false,
    });
  });

  it("accepts a full weekly check-in", () => {
    const parsed = checkinInput.parse({
      kind: "weekly",
      trustNow: 5,
      elements: weeklyElements,
      emotions: { anger: 2, hope: 4 },
      signs: ["checking", "cant_let_go"],
      need: "  Tell me when you will be late.  ",
      safety: { feelSafe: "yes", pressured: false },
      sharing: { trustNow: true, emotions: true },
    });
    expect(parsed.kind === "weekly" && parsed.elements).toEqual(weeklyElements);
    expect(parsed.need).toBe("Tell me when you will be late.");
    expect(parsed.sharing).toEqual({ ...defaultSharing, trustNow: true, emotions: true });
  });

  it("treats a blank text answer as no answer", () => {
    const parsed = checkinInput.parse({ kind: "daily", trustNow: 4, need: "   " });
    expect(parsed.need).toBeUndefined();
    expect(checkinNoteWords.parse({ privateNote: "  " }).privateNote).toBeUndefined();
  });

  it("takes no private note in the clear: the note is sealed in the browser and sent apart", () => {
    expect(messages({ kind: "daily", trustNow: 4, privateNote: "Mine." })).toEqual([
      "This check-in has fields it does not use: privateNote.",
    ]);
  });

  it("explains an out-of-range or fractional rating in plain words", () => {
    expect(messages({ kind: "daily", trustNow: 11 })).toEqual([
      "Rate how much you trust and feel safe right now with a whole number from 0 to 10.",
    ]);
    expect(messages({ kind: "daily", trustNow: 2.5 })).toHaveLength(1);
  });

  it("requires the five elements on a weekly check-in and rejects them on a daily one", () => {
    expect(messages({ kind: "weekly", trustNow: 5 })).toEqual(["Rate each of the five parts of trust."]);
    expect(messages({ kind: "weekly", trustNow: 5, elements: { ...weeklyElements, empathy: -1 } })).toEqual([
      "Rate empathy with a whole number from 0 to 10.",
    ]);
    expect(messages({ kind: "daily", trustNow: 5, elements: weeklyElements })).toEqual([
      "This check-in has fields it does not use: elements.",
    ]);
  });

  it("checks feelings, their strength and the signs against the lists", () => {
    expect(messages({ kind: "daily", trustNow: 5, emotions: { fury: 3 } })).toEqual([
      "Choose feelings from the list.",
    ]);
    expect(messages({ kind: "daily", trustNow: 5, emotions: { fear: 6 } })).toEqual([
      "Give each feeling a strength from 1 to 5.",
    ]);
    expect(messages({ kind: "daily", trustNow: 5, signs: ["checking", "checking"] })).toEqual([
      "Each sign can be chosen once.",
    ]);
    expect(messages({ kind: "daily", trustNow: 5, signs: ["spying"] })).toEqual([
      "Choose signs from the list.",
    ]);
  });

  it("limits the length of the request and rejects an unknown kind", () => {
    expect(messages({ kind: "daily", trustNow: 5, need: "x".repeat(maxNeedLength + 1) })).toEqual([
      `Keep the thing you need under ${maxNeedLength} characters.`,
    ]);
    expect(messages({ kind: "monthly", trustNow: 5 })).toEqual(["Choose a daily or a weekly check-in."]);
  });

  it("accepts the safety questions only in the expected shape", () => {
    expect(messages({ kind: "daily", trustNow: 5, safety: { feelSafe: "maybe" } })).toEqual([
      "Answer whether you feel safe, or skip the question.",
    ]);
    expect(checkinInput.safeParse({ kind: "daily", trustNow: 5, safety: { feelSafe: "no" } }).success).toBe(
      true,
    );
  });
});
