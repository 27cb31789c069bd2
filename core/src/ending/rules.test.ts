import { describe, expect, it } from "vitest";
import { ENDING_GRACE_DAYS, endingState } from "./rules.ts";

const DAY = 86_400_000;
const ended = new Date("2026-05-04T09:00:00Z");
const after = (ms: number) => new Date(ended.getTime() + ms);

describe("endingState", () => {
  it("is open when nobody has ended the repair", () => {
    expect(endingState(null, ended)).toEqual({ status: "open" });
  });

  it("stays readable for 30 days, counting the last day as one day left", () => {
    expect(endingState(ended, ended)).toMatchObject({ status: "ending", daysLeft: ENDING_GRACE_DAYS });
    expect(endingState(ended, after(29 * DAY + 1))).toMatchObject({ status: "ending", daysLeft: 1 });
    expect(endingState(ended, after(30 * DAY - 1))).toMatchObject({
      status: "ending",
      closesAt: after(30 * DAY),
    });
  });

  it("closes exactly 30 days after it was ended", () => {
    expect(endingState(ended, after(30 * DAY))).toEqual({
      status: "closed",
      endedAt: ended,
      closesAt: after(30 * DAY),
    });
  });
});
