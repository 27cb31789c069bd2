import { describe, expect, it } from "vitest";
import { conversationHealth, referenceRatio, weekHealth } from "./conversation-health.ts";

const weekStart = new Date(Date.UTC(2026, 1, 2));
const week = (helpful: number, harmful: number, weeksLater = 0) => ({
  weekStart: new Date(weekStart.getTime() + weeksLater * 7 * 86_400_000),
  helpful,
  harmful,
});

describe("weekHealth", () => {
  it("uses about five to one as the reference", () => {
    expect(referenceRatio).toBe(5);
    expect(weekHealth(week(10, 2), "partner")).toMatchObject({ ratio: 5, band: "at_reference" });
  });

  it("says how far below the reference a week is and suggests one small step, without blame", () => {
    const health = weekHealth(week(6, 3), "partner");
    expect(health).toMatchObject({ ratio: 2, band: "below_reference" });
    expect(health.summary).toContain("About 2 helpful moments for each hard one");
    expect(health.summary).toContain("5 to 1");
  });

  it("names a hard week plainly and points to what helps", () => {
    const health = weekHealth(week(1, 3), "partner");
    expect(health.band).toBe("harmful_outweighs");
    expect(health.summary).toMatch(/outnumbered/);
  });

  it("has no ratio to show when nothing harmful was noted", () => {
    expect(weekHealth(week(4, 0), "partner")).toMatchObject({ ratio: null, band: "all_helpful" });
    expect(weekHealth(week(0, 0), "partner")).toMatchObject({ ratio: null, band: "quiet" });
  });

  it("rounds the ratio for reading", () => {
    expect(weekHealth(week(7, 3), "partner").summary).toContain("About 2.3 helpful");
    expect(weekHealth(week(37, 3), "partner").summary).toContain("About 12 helpful");
  });

  it("rejects counts that are not whole numbers of at least zero", () => {
    expect(() => weekHealth(week(-1, 0), "partner")).toThrow(RangeError);
    expect(() => weekHealth(week(1.5, 0), "partner")).toThrow(RangeError);
  });
});

describe("conversationHealth", () => {
  it("orders the weeks and adds a picture of all of them together", () => {
    const health = conversationHealth([week(12, 2, 1), week(2, 2, 0)], "partner");
    expect(health.weeks.map((w) => w.band)).toEqual(["below_reference", "at_reference"]);
    expect(health.overall).toMatchObject({ helpful: 14, harmful: 4, ratio: 3.5, weekStart });
  });

  it("handles no weeks at all", () => {
    expect(conversationHealth([], "partner").overall.band).toBe("quiet");
  });
});
