import { describe, expect, it } from "vitest";
import { countActivity, emptyCounts, summarySentence, weekRanges } from "./consistency.ts";

describe("consistency weeks", () => {
  it("starts weeks on Monday in the reader's zone, oldest first, the last holding now", () => {
    // Sunday 10 May 2026, 23:30 in London is still that Sunday; in Tokyo it is already Monday.
    const now = new Date("2026-05-10T22:30:00Z");
    expect(weekRanges(now, "Europe/London", 2).map((w) => w.weekStart)).toEqual(["2026-04-27", "2026-05-04"]);
    expect(weekRanges(now, "Asia/Tokyo", 2).map((w) => w.weekStart)).toEqual(["2026-05-04", "2026-05-11"]);
    const [week] = weekRanges(now, "Europe/London", 1);
    expect(week?.from.toISOString()).toBe("2026-05-03T23:00:00.000Z");
    expect(week?.to.toISOString()).toBe("2026-05-10T23:00:00.000Z");
  });

  it("counts occurrences in the week they were due, and separates disputed from kept", () => {
    const from = new Date("2026-05-04T00:00:00Z");
    const to = new Date("2026-05-11T00:00:00Z");
    const counts = countActivity(
      {
        occurrences: [
          { dueAt: new Date("2026-05-04T18:00:00Z"), state: { status: "kept", confirmation: "confirmed" } },
          { dueAt: new Date("2026-05-05T18:00:00Z"), state: { status: "kept", confirmation: "awaiting" } },
          { dueAt: new Date("2026-05-06T18:00:00Z"), state: { status: "kept", confirmation: "disputed" } },
          { dueAt: new Date("2026-05-07T18:00:00Z"), state: { status: "missed", missed: "unmarked" } },
          { dueAt: new Date("2026-05-08T18:00:00Z"), state: { status: "open" } },
          { dueAt: new Date("2026-05-11T18:00:00Z"), state: { status: "kept", confirmation: "confirmed" } },
        ],
        proactive: [new Date("2026-05-05T08:00:00Z")],
        honoured: [],
        breaches: [{ at: new Date("2026-05-09T08:00:00Z"), selfReported: true }],
      },
      from,
      to,
    );
    expect(counts).toEqual({
      kept: 2,
      confirmed: 1,
      disputed: 1,
      missed: 1,
      proactive: 1,
      honoured: 0,
      breaches: 1,
      selfReported: 1,
    });
  });
});

describe("the one-sentence summary", () => {
  const totals = (overrides: Partial<ReturnType<typeof emptyCounts>>) => ({ ...emptyCounts(), ...overrides });

  it("says plainly how many promises were kept, and that no agreement was broken", () => {
    expect(
      summarySentence(8, [{ subject: "Robin", totals: totals({ kept: 21, disputed: 1, missed: 2 }) }], 2),
    ).toBe(
      "Over the last 8 weeks, Robin kept 21 of 24 promises that came due (1 seen differently) and no agreement was reported broken.",
    );
  });

  it("credits breaches told by the person who broke them", () => {
    expect(
      summarySentence(1, [{ subject: "you", totals: totals({ kept: 3, breaches: 1, selfReported: 1 }) }], 1),
    ).toBe(
      "This week, you kept 3 of 3 promises that came due and 1 breach of an agreement was reported, told by the person who broke it.",
    );
  });

  it("has something kind to say when there is nothing yet", () => {
    expect(summarySentence(8, [], 0)).toMatch(/^Nothing to show yet/);
  });
});
