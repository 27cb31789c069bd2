import { describe, expect, it } from "vitest";
import { canCompareWithBefore } from "./comparison.ts";

const now = new Date("2026-05-04T09:00:00Z");
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);

describe("comparing with a month ago", () => {
  it("is refused on day one, however much has happened today", () => {
    expect(
      canCompareWithBefore({
        times: [daysAgo(0), daysAgo(0.5)],
        spaceCreatedAt: daysAgo(1),
        now,
        windowDays: 30,
      }),
    ).toBe(false);
  });

  it("is refused when nothing is on record from before the window, even in an old space", () => {
    expect(
      canCompareWithBefore({ times: [daysAgo(3)], spaceCreatedAt: daysAgo(90), now, windowDays: 30 }),
    ).toBe(false);
  });

  it("is refused when nothing has happened since", () => {
    expect(
      canCompareWithBefore({ times: [daysAgo(45)], spaceCreatedAt: daysAgo(90), now, windowDays: 30 }),
    ).toBe(false);
  });

  it("is refused when the space is younger than the window, whatever the records claim", () => {
    expect(
      canCompareWithBefore({
        times: [daysAgo(45), daysAgo(3)],
        spaceCreatedAt: daysAgo(10),
        now,
        windowDays: 30,
      }),
    ).toBe(false);
  });

  it("is allowed with evidence on both sides in a space older than the window", () => {
    expect(
      canCompareWithBefore({
        times: [daysAgo(45), daysAgo(3)],
        spaceCreatedAt: daysAgo(60),
        now,
        windowDays: 30,
      }),
    ).toBe(true);
  });

  it("ignores what is dated after now", () => {
    expect(
      canCompareWithBefore({
        times: [daysAgo(45), daysAgo(-3)],
        spaceCreatedAt: daysAgo(60),
        now,
        windowDays: 30,
      }),
    ).toBe(false);
  });
});
