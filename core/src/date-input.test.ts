import { describe, expect, it } from "vitest";
import { calendarDateInput, dateRangeMessage, instantInput, isBoundedDateInput } from "./date-input.ts";

const instant = instantInput({ error: "Give a date and time." });
const day = calendarDateInput({ error: "Give a date." });

describe("dates people type", () => {
  it("takes dates and times in the years Mend accepts", () => {
    expect(instant.safeParse("2026-05-04T09:00:00Z").success).toBe(true);
    expect(instant.safeParse("2000-01-01T00:30:00+01:00").success).toBe(true);
    expect(day.safeParse("2200-12-31").success).toBe(true);
  });

  it("refuses year 0 and years the database or a person would not mean, in words a person understands", () => {
    for (const text of ["0000-01-01T00:00:00Z", "1999-12-31T23:59:59Z", "9999-12-31T23:59:59-14:00"]) {
      const result = instant.safeParse(text);
      expect(result.error?.issues[0]?.message).toBe(dateRangeMessage);
    }
    expect(day.safeParse("0000-01-01").error?.issues[0]?.message).toBe(dateRangeMessage);
  });

  it("keeps the field's own message for text that is not a date", () => {
    expect(instant.safeParse("soon").error?.issues[0]?.message).toBe("Give a date and time.");
  });

  it("marks its schemas, wrapped or not, so a contract test can find dates taken any other way", () => {
    expect(isBoundedDateInput(instant)).toBe(true);
    expect(isBoundedDateInput(day)).toBe(true);
  });
});
