import { describe, expect, it } from "vitest";
import {
  comingWindows,
  markRefusal,
  occurrenceState,
  type PromiseTiming,
  windowAt,
  windowsBetween,
  windowsUpTo,
} from "./occurrences.ts";

const t = (text: string) => new Date(text);
const daily: PromiseTiming = {
  schedule: { kind: "daily", time: "18:00", startsOn: "2026-05-04" },
  timeZone: "Europe/London",
  graceHours: 12,
  createdAt: t("2026-05-04T09:00:00Z"),
};

describe("occurrence windows", () => {
  it("are the same when walked on from an earlier reading as when walked from the start", () => {
    // Each reading goes on from where the last stopped: through both clock changes, backwards in
    // time, and with an end and an early mark, which only filter what the walk found.
    const weekly: PromiseTiming = {
      schedule: { kind: "weekly", days: ["mon", "thu"], time: "01:30", startsOn: "2026-01-05" },
      timeZone: "Europe/London",
      graceHours: 6,
      createdAt: t("2026-01-04T20:00:00Z"),
    };
    const fromScratch = (timing: PromiseTiming, now: Date) =>
      windowsBetween(timing, timing.createdAt, new Date(now.getTime() + 48 * 3_600_000)).filter(
        (w) => w.opensAt.getTime() <= now.getTime(),
      );
    const readings = ["2026-02-01", "2026-03-30", "2026-03-29", "2026-11-02", "2027-06-01", "2026-01-20"];
    for (const day of readings) {
      const now = t(`${day}T01:00:00Z`);
      expect(windowsUpTo(weekly, now), day).toEqual(fromScratch(weekly, now));
      const ended = {
        ...weekly,
        endedAt: t("2026-06-01T00:00:00Z"),
        markedKeys: new Set(["2026-06-04T01:30"]),
      };
      expect(windowsUpTo(ended, now), `${day}, ended`).toEqual(fromScratch(ended, now));
    }
  });

  it("opens at the start of the local day and closes the chosen hours after the due time", () => {
    const window = windowAt(daily, "2026-05-05T18:00");
    expect(window?.opensAt.toISOString()).toBe("2026-05-04T23:00:00.000Z");
    expect(window?.dueAt.toISOString()).toBe("2026-05-05T17:00:00.000Z");
    expect(window?.closesAt.toISOString()).toBe("2026-05-06T05:00:00.000Z");
  });

  it("opens a one-off promise as soon as it is made, so it can be kept early", () => {
    const once: PromiseTiming = { ...daily, schedule: { kind: "once", at: "2026-05-20T18:00" } };
    expect(windowAt(once, "2026-05-20T18:00")?.opensAt).toEqual(once.createdAt);
    expect(windowsUpTo(once, t("2026-05-05T00:00:00Z")).map((w) => w.key)).toEqual(["2026-05-20T18:00"]);
  });

  it("never opens a window before the promise was made", () => {
    const late = { ...daily, createdAt: t("2026-05-04T12:00:00Z") };
    expect(windowAt(late, "2026-05-04T18:00")?.opensAt).toEqual(late.createdAt);
  });

  it("leaves out what fell due before the promise was made or after it was ended", () => {
    const madeAfterSix = { ...daily, createdAt: t("2026-05-04T18:30:00Z") };
    expect(windowAt(madeAfterSix, "2026-05-04T18:00")).toBeUndefined();
    const ended = { ...daily, endedAt: t("2026-05-06T12:00:00Z") };
    expect(
      windowsBetween(ended, t("2026-05-01T00:00:00Z"), t("2026-05-10T00:00:00Z")).map((w) => w.key),
    ).toEqual(["2026-05-04T18:00", "2026-05-05T18:00"]);
  });

  it("lists only occurrences whose window has opened by now", () => {
    expect(windowsUpTo(daily, t("2026-05-06T10:00:00Z")).map((w) => w.key)).toEqual([
      "2026-05-04T18:00",
      "2026-05-05T18:00",
      "2026-05-06T18:00",
    ]);
  });
});

describe("missed detection", () => {
  const window = windowAt(daily, "2026-05-05T18:00");
  if (!window) throw new Error("fixture has no window");

  it("is upcoming before the window, open inside it, and missed once it closes unmarked", () => {
    expect(occurrenceState(window, undefined, t("2026-05-04T22:59:59Z")).status).toBe("upcoming");
    expect(occurrenceState(window, undefined, t("2026-05-04T23:00:00Z")).status).toBe("open");
    expect(occurrenceState(window, undefined, t("2026-05-06T04:59:59Z")).status).toBe("open");
    expect(occurrenceState(window, undefined, t("2026-05-06T05:00:00Z"))).toEqual({
      status: "missed",
      missed: "unmarked",
    });
  });

  it("counts a kept mark as kept for good, awaiting the other person's answer until they give it", () => {
    const kept = { outcome: "kept" as const, at: t("2026-05-05T17:10:00Z") };
    expect(occurrenceState(window, kept, t("2026-06-01T00:00:00Z"))).toEqual({
      status: "kept",
      confirmation: "awaiting",
    });
    const disputed = { ...kept, response: { response: "disputed" as const, at: t("2026-05-05T20:00:00Z") } };
    expect(occurrenceState(window, disputed, t("2026-06-01T00:00:00Z")).confirmation).toBe("disputed");
  });

  it("records a miss the maker told about as self-reported", () => {
    const missed = { outcome: "missed" as const, at: t("2026-05-05T19:00:00Z") };
    expect(occurrenceState(window, missed, t("2026-05-05T19:00:00Z"))).toEqual({
      status: "missed",
      missed: "self_reported",
    });
  });

  it("lets the maker mark an occurrence only once and only while its window is open", () => {
    expect(markRefusal(window, undefined, t("2026-05-04T22:00:00Z"))).toBe("not_open_yet");
    expect(markRefusal(window, undefined, t("2026-05-05T17:00:00Z"))).toBeUndefined();
    expect(markRefusal(window, undefined, t("2026-05-06T05:00:00Z"))).toBe("closed");
    expect(
      markRefusal(window, { outcome: "kept", at: t("2026-05-05T17:00:00Z") }, t("2026-05-05T18:00:00Z")),
    ).toBe("already_marked");
  });
});

describe("coming occurrences", () => {
  it("lists what is still open or ahead, even when the schedule starts months from now", () => {
    const later: PromiseTiming = {
      ...daily,
      schedule: { kind: "weekly", time: "09:00", days: ["sat"], startsOn: "2026-09-01" },
    };
    expect(comingWindows(later, t("2026-05-04T10:00:00Z"))[0]?.key).toBe("2026-09-05T09:00");
    expect(
      comingWindows(daily, t("2026-05-05T04:00:00Z"))
        .map((w) => w.key)
        .slice(0, 2),
    ).toEqual(["2026-05-04T18:00", "2026-05-05T18:00"]);
  });

  it("is empty once a promise can no longer fall due", () => {
    const over: PromiseTiming = {
      ...daily,
      schedule: { kind: "daily", time: "18:00", startsOn: "2026-05-04", endsOn: "2026-05-04" },
    };
    expect(comingWindows(over, t("2026-05-05T06:00:00Z"))).toEqual([]);
  });
});

describe("ending a promise", () => {
  it("drops what falls due after the end, but keeps an occurrence already marked", () => {
    const ended: PromiseTiming = { ...daily, endedAt: t("2026-05-05T09:00:00Z") };
    expect(windowAt(ended, "2026-05-05T18:00")).toBeUndefined();
    const markedEarly = { ...ended, markedKeys: new Set(["2026-05-05T18:00"]) };
    expect(windowAt(markedEarly, "2026-05-05T18:00")?.key).toBe("2026-05-05T18:00");
    expect(windowAt(markedEarly, "2026-05-06T18:00")).toBeUndefined();
  });
});
