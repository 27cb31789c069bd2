import { describe, expect, it } from "vitest";
import {
  addLocalMonths,
  canonicalTimeZone,
  instantOf,
  isoWeekday,
  parseLocalDate,
  parseLocalTime,
  parseWallTime,
  wallTimeAt,
} from "./local-time.ts";

describe("local dates and times", () => {
  it("accepts real dates and times only", () => {
    expect(parseLocalDate("2028-02-29")).toEqual({ year: 2028, month: 2, day: 29 });
    expect(parseLocalDate("2027-02-29")).toBeUndefined();
    expect(parseLocalDate("2026-13-01")).toBeUndefined();
    expect(parseLocalDate("1999-12-31")).toBeUndefined();
    expect(parseLocalDate("2026-5-1")).toBeUndefined();
    expect(parseLocalTime("23:59")).toEqual({ hour: 23, minute: 59 });
    expect(parseLocalTime("24:00")).toBeUndefined();
    expect(parseLocalTime("7:30")).toBeUndefined();
    expect(parseWallTime("2026-05-04T18:00")).toEqual({ year: 2026, month: 5, day: 4, hour: 18, minute: 0 });
    expect(parseWallTime("2026-05-04 18:00")).toBeUndefined();
  });

  it("knows IANA zones by their canonical name and refuses fixed offsets and unknown names", () => {
    expect(canonicalTimeZone("Europe/London")).toBe("Europe/London");
    expect(canonicalTimeZone("europe/london")).toBe("Europe/London");
    expect(canonicalTimeZone("America/New_York")).toBe("America/New_York");
    expect(canonicalTimeZone("Mars/Olympus_Mons")).toBeUndefined();
    expect(canonicalTimeZone("+02:00")).toBeUndefined();
    expect(canonicalTimeZone("")).toBeUndefined();
  });

  it("reads the wall clock of a zone at an instant", () => {
    expect(wallTimeAt(new Date("2026-07-01T12:00:00Z"), "Europe/London")).toEqual({
      year: 2026,
      month: 7,
      day: 1,
      hour: 13,
      minute: 0,
    });
    expect(
      instantOf({ year: 2026, month: 1, day: 15, hour: 9, minute: 0 }, "America/New_York").toISOString(),
    ).toBe("2026-01-15T14:00:00.000Z");
  });

  it("adds months keeping the day where the month has it", () => {
    expect(addLocalMonths({ year: 2026, month: 1, day: 31 }, 1)).toEqual({ year: 2026, month: 2, day: 28 });
    expect(addLocalMonths({ year: 2026, month: 11, day: 15 }, 3)).toEqual({ year: 2027, month: 2, day: 15 });
  });

  it("counts weekdays from Monday", () => {
    expect(isoWeekday({ year: 2026, month: 5, day: 4 })).toBe(0);
    expect(isoWeekday({ year: 2026, month: 5, day: 10 })).toBe(6);
  });
});
