import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ResolvedOutcome, streak } from "./streaks.ts";

describe("gentle streaks", () => {
  it("counts kept in a row up to the latest, and remembers the longest run", () => {
    expect(streak(["kept", "kept", "missed", "kept"])).toMatchObject({ current: 1, longest: 2 });
    expect(streak(["kept", "kept", "kept"])).toMatchObject({ current: 3, longest: 3 });
  });

  it("lets a disputed occurrence neither add to a run nor end it", () => {
    expect(streak(["kept", "disputed", "kept"])).toMatchObject({ current: 2, longest: 2 });
  });

  it("speaks of a miss as a fresh start, never as failure", () => {
    const afterMiss = streak(["kept", "kept", "kept", "missed"]);
    expect(afterMiss.current).toBe(0);
    expect(afterMiss.text).toMatch(/fresh start/);
    for (const text of [afterMiss.text, streak([]).text, streak(["missed"]).text, streak(["kept"]).text]) {
      expect(text).not.toMatch(/fail|broke|lost|only|should|disappoint|again\?/i);
    }
  });

  it("never reports a current run longer than the longest, nor more kept than there were", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<ResolvedOutcome>("kept", "missed", "disputed"), { maxLength: 60 }),
        (list) => {
          const result = streak(list);
          expect(result.current).toBeLessThanOrEqual(result.longest);
          expect(result.longest).toBeLessThanOrEqual(list.filter((o) => o === "kept").length);
        },
      ),
    );
  });
});
