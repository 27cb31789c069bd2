import { describe, expect, it } from "vitest";
import { quietHoursEnd } from "./quiet-hours.ts";

const night = { start: "22:00", end: "08:00" };

describe("quiet hours", () => {
  it("reach from the evening to the next morning, in the person's own time zone", () => {
    // 23:30 in London on a winter evening (UTC+0).
    expect(quietHoursEnd(new Date("2026-12-07T23:30:00Z"), night, "Europe/London")?.toISOString()).toBe(
      "2026-12-08T08:00:00.000Z",
    );
    // 06:15 the next morning: they end at eight the same day.
    expect(quietHoursEnd(new Date("2026-12-08T06:15:00Z"), night, "Europe/London")?.toISOString()).toBe(
      "2026-12-08T08:00:00.000Z",
    );
    // 23:30 UTC is 18:30 in New York: not quiet there.
    expect(quietHoursEnd(new Date("2026-12-07T23:30:00Z"), night, "America/New_York")).toBeUndefined();
  });

  it("end at the morning's local time across a change of clocks", () => {
    // The night Europe/Berlin moves from UTC+1 to UTC+2 (29 March 2026): 08:00 there is 06:00 UTC.
    expect(quietHoursEnd(new Date("2026-03-28T22:30:00Z"), night, "Europe/Berlin")?.toISOString()).toBe(
      "2026-03-29T06:00:00.000Z",
    );
  });

  it("are a daytime stretch when the start comes before the end, and none when both are the same", () => {
    const work = { start: "09:00", end: "17:00" };
    expect(quietHoursEnd(new Date("2026-12-07T12:00:00Z"), work, "UTC")?.toISOString()).toBe(
      "2026-12-07T17:00:00.000Z",
    );
    expect(quietHoursEnd(new Date("2026-12-07T17:00:00Z"), work, "UTC")).toBeUndefined();
    expect(
      quietHoursEnd(new Date("2026-12-07T12:00:00Z"), { start: "10:00", end: "10:00" }, "UTC"),
    ).toBeUndefined();
    expect(quietHoursEnd(new Date("2026-12-07T23:00:00Z"), null, "UTC")).toBeUndefined();
  });
});
