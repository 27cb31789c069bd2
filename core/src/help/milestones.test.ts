import { describe, expect, it } from "vitest";
import { type MilestoneFacts, milestones, type PromiseOutcome } from "./milestones.ts";

const dayMs = 86_400_000;
const start = Date.UTC(2026, 0, 5, 9);
const day = (n: number, hours = 0) => new Date(start + n * dayMs + hours * 3_600_000);
const dayStart = (n: number) => new Date(Date.UTC(2026, 0, 5) + n * dayMs);

const promise = (n: number, outcome: PromiseOutcome["outcome"], ownerId = "p"): PromiseOutcome => ({
  ownerId,
  dueAt: day(n),
  outcome,
});

const ids = (facts: MilestoneFacts, now: Date) => milestones(facts, now).map((m) => m.id);

describe("promise milestones", () => {
  it("celebrates the first complete week in which every promise was kept, at the end of that week", () => {
    const facts = { promises: [promise(0, "kept"), promise(3, "kept"), promise(8, "kept")] };
    expect(milestones(facts, day(6))).toEqual([]);
    const [week] = milestones(facts, day(7));
    expect(week).toMatchObject({ id: "first_week_promises_kept", memberId: "p", achievedAt: dayStart(7) });
    expect(week?.title).toBe("A whole week of promises kept");
  });

  it("does not count a week with a missed or disputed promise", () => {
    expect(ids({ promises: [promise(0, "kept"), promise(2, "missed")] }, day(30))).toEqual([]);
    expect(ids({ promises: [promise(0, "disputed"), promise(9, "kept")] }, day(30))).toEqual([
      "first_week_promises_kept",
    ]);
  });

  it("celebrates four good weeks in a row, restarting the count after a missed one or an empty week", () => {
    const good = (weeks: number[]) => weeks.map((w) => promise(7 * w + 1, "kept"));
    const run = [promise(0, "missed"), ...good([1, 2, 4, 5, 6, 7])];
    const found = milestones({ promises: run }, day(100));
    expect(found.map((m) => m.id)).toEqual(["first_week_promises_kept", "four_weeks_promises_kept"]);
    expect(found[1]?.achievedAt).toEqual(dayStart(56));
  });

  it("keeps each promiser's milestones apart", () => {
    const found = milestones({ promises: [promise(0, "kept", "a"), promise(0, "missed", "b")] }, day(20));
    expect(found.map((m) => m.memberId)).toEqual(["a"]);
  });
});

describe("other milestones", () => {
  it("marks the first time each person felt heard, ignoring anything after now", () => {
    const found = milestones(
      {
        feltHeard: [
          { memberId: "a", at: day(5) },
          { memberId: "a", at: day(2) },
          { memberId: "b", at: day(40) },
        ],
      },
      day(10),
    );
    expect(found).toMatchObject([{ id: "first_felt_heard", memberId: "a", achievedAt: day(2) }]);
  });

  it("marks a seven-day check-in streak on the day it is completed, in the person's own time zone", () => {
    const checkins = Array.from({ length: 7 }, (_, i) => ({ authorId: "a", submittedAt: day(i, 14) }));
    expect(milestones({ checkins }, day(10))).toMatchObject([
      { id: "checkin_streak_7", memberId: "a", achievedAt: day(6, 14) },
    ]);
    expect(ids({ checkins }, day(5))).toEqual([]);
    // Late-evening check-ins: the seventh, at 00:30 UTC, is still the evening before at UTC-2.
    const evenings = [...checkins.slice(0, 6), { authorId: "a", submittedAt: day(7, -8.5) }];
    expect(ids({ checkins: evenings }, day(10))).toEqual([]);
    expect(ids({ checkins: evenings, utcOffsetMinutes: -120 }, day(10))).toEqual(["checkin_streak_7"]);
  });

  it("marks the first talk carried through, the first openness offered and the first hard question answered", () => {
    const found = milestones(
      {
        talks: [
          { startedAt: day(1), pauses: 2, outcome: "ended_early" },
          { startedAt: day(3), pauses: 1, outcome: "completed" },
        ],
        transparency: [{ memberId: "b", at: day(2) }],
        answersAccepted: [{ memberId: "b", at: day(4) }],
      },
      day(10),
    );
    expect(found.map((m) => [m.id, m.memberId])).toEqual([
      ["first_transparency", "b"],
      ["first_talk_completed", undefined],
      ["first_question_answered", "b"],
    ]);
    expect("memberId" in (found[1] ?? {})).toBe(false);
  });
});
