import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeApology } from "./apology/analyze.ts";
import { analyzeMessage } from "./message/analyze.ts";

const analyzers = { analyzeApology, analyzeMessage } as const;

/** Words the rules care about, so generated drafts exercise the rules and not only the fast path. */
const vocabulary = [
  "I'm",
  "I’m",
  "sorry",
  "if",
  "but",
  "you",
  "you're",
  "never",
  "always",
  "not",
  "don't",
  "just",
  "a",
  "kiss",
  "it",
  "was",
  "my",
  "fault",
  "overreacting",
  "forgive",
  "me",
  "please",
  "because",
  "selfish",
  '"',
  "'",
  ".",
  ",",
  "?",
  "!",
  "\n",
  "THANK",
  "feel",
  "hurt",
  "İ",
  "😀",
];

const draft = fc.oneof(
  fc.string({ maxLength: 5000 }),
  fc.string({ maxLength: 5000, unit: "grapheme" }),
  fc.array(fc.constantFrom(...vocabulary), { maxLength: 400 }).map((words) => words.join(" ")),
);

describe.each(Object.entries(analyzers))("%s", (_name, analyze) => {
  it("never throws, and every finding slices the input to its text", () => {
    fc.assert(
      fc.property(draft, (text) => {
        const result = analyze(text);
        for (const f of result.findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.start).toBeLessThan(f.end);
          expect(text.slice(f.start, f.end)).toBe(f.text);
          expect(result.labels).toContain(f.label);
        }
        expect(new Set(result.labels).size).toBe(result.labels.length);
      }),
      { numRuns: 150 },
    );
  });

  it("gives the same answer every time for the same text", () => {
    fc.assert(
      fc.property(draft, (text) => {
        expect(analyze(text)).toEqual(analyze(text));
      }),
      { numRuns: 60 },
    );
  });
});
