import { describe, expect, it } from "vitest";
import { insideQuote, negatedBefore, normalize, prepare, reportedBefore } from "./text.ts";

describe("normalize", () => {
  it("keeps every offset where it was while straightening quotes and lowering case", () => {
    const raw = "I’M “Sorry” — İstanbul";
    const norm = normalize(raw);
    expect(norm.length).toBe(raw.length);
    expect(norm.startsWith(`i'm "sorry" -`)).toBe(true);
  });
});

describe("prepare", () => {
  it("splits sentences at end punctuation and line breaks", () => {
    const text = prepare("I'm sorry. It was me!\nCan we talk?");
    expect(text.sentences.map((s) => text.raw.slice(s.start, s.end))).toEqual([
      "I'm sorry.",
      "It was me!",
      "Can we talk?",
    ]);
  });

  it("treats double and single quotation marks as quotes but leaves apostrophes alone", () => {
    const text = prepare(`You said "calm down" and 'get over it', and I don't forget.`);
    const quoted = text.quotes.map((q) => text.raw.slice(q.start, q.end));
    expect(quoted).toEqual(['"calm down"', "'get over it'"]);
    expect(insideQuote(text, { start: 10, end: 14 })).toBe(true);
  });

  it("does not treat a message wrapped whole in quotation marks as a quotation", () => {
    expect(prepare('"You never listen."').quotes).toEqual([]);
  });
});

describe("negatedBefore", () => {
  const at = (text: string, word: string): boolean => {
    const prepared = prepare(text);
    return negatedBefore(prepared, prepared.norm.indexOf(word));
  };

  it("sees a negation earlier in the same clause", () => {
    expect(at("I'm not making excuses", "excuses")).toBe(true);
    expect(at("I won't pretend it was nothing", "nothing")).toBe(true);
    expect(at("I don’t think you're overreacting", "you're")).toBe(true);
  });

  it("stops at the edge of the clause", () => {
    expect(at("I didn't sleep, but you're overreacting", "you're")).toBe(false);
    expect(at("It wasn't planned. You're overreacting", "you're")).toBe(false);
  });
});

describe("reportedBefore", () => {
  it("recognises words reported from someone else", () => {
    const text = prepare("My sister said you're selfish.");
    expect(reportedBefore(text, text.norm.indexOf("you're"))).toBe(true);
  });

  it("does not treat the writer's own opinion as reported", () => {
    const text = prepare("I think you're selfish.");
    expect(reportedBefore(text, text.norm.indexOf("you're"))).toBe(false);
  });
});
