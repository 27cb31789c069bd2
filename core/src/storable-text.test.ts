import { describe, expect, it } from "vitest";
import { findUnstorableText, isStorableText } from "./storable-text.ts";

describe("text the database can keep", () => {
  it("keeps ordinary text, emoji and other whole pairs", () => {
    for (const text of ["", "A line.", "I'm sorry 💙", "Ça va", "日本語", "\t\n"]) {
      expect(isStorableText(text)).toBe(true);
    }
  });

  it("refuses NUL and either half of a pair on its own", () => {
    for (const text of ["\u0000", "a\u0000b", "\uD800", "x\uDFFF", "\uDC00\uD800", "💙".slice(0, 1)]) {
      expect(isStorableText(text)).toBe(false);
    }
  });

  it("finds the first unstorable text with its path, in values and keys", () => {
    expect(findUnstorableText({ a: "ok", parts: { felt: "x\u0000" } })).toEqual(["parts", "felt"]);
    expect(findUnstorableText({ texts: ["ok", "\uD800"] })).toEqual(["texts", 1]);
    expect(findUnstorableText({ nested: { "\u0000": 1 } })).toEqual(["nested"]);
    expect(findUnstorableText("\u0000")).toEqual([]);
    expect(findUnstorableText({ a: 1, b: [true, null, "fine"] })).toBeUndefined();
  });
});
