import { describe, expect, it } from "vitest";
import { type AgreementStatus, replay } from "./lifecycle.ts";
import { nextReviewAt, reviewDateProblem, reviewView } from "./review.ts";

const since = new Date("2026-05-04T09:00:00Z");

function activeSince(at: Date): AgreementStatus {
  const version = { id: "v1", appliesTo: ["b"] };
  return replay([
    { type: "propose", eventId: "1", by: "a", at: new Date(at.getTime() - 1000), version },
    { type: "accept", eventId: "2", by: "b", at },
  ]).status;
}

describe("review dates", () => {
  it("falls at the start of the local review day", () => {
    expect(nextReviewAt({ kind: "on", date: "2026-06-01" }, since, "Europe/London").toISOString()).toBe(
      "2026-05-31T23:00:00.000Z",
    );
    expect(
      nextReviewAt({ kind: "every", count: 2, unit: "weeks" }, since, "America/New_York").toISOString(),
    ).toBe("2026-05-18T04:00:00.000Z");
    expect(nextReviewAt({ kind: "every", count: 1, unit: "months" }, since, "UTC").toISOString()).toBe(
      "2026-06-04T00:00:00.000Z",
    );
  });

  it("refuses a review date that is today or already past", () => {
    const now = new Date("2026-05-04T22:30:00Z");
    expect(reviewDateProblem({ kind: "on", date: "2026-05-05" }, "UTC", now)).toBeUndefined();
    // 22:30 UTC is 23:30 on the 4th in London, but already the 5th in Tokyo.
    expect(reviewDateProblem({ kind: "on", date: "2026-05-05" }, "Europe/London", now)).toBeUndefined();
    expect(reviewDateProblem({ kind: "on", date: "2026-05-05" }, "Asia/Tokyo", now)).toMatch(/after today/);
    expect(reviewDateProblem({ kind: "every", count: 1, unit: "weeks" }, "UTC", now)).toBeUndefined();
  });

  it("derives 'due for review' from now, with no background job", () => {
    const status = activeSince(since);
    const inForce = { review: { kind: "every" as const, count: 1, unit: "weeks" as const }, timeZone: "UTC" };
    expect(reviewView(status, inForce, new Date("2026-05-10T23:59:59Z"))).toMatchObject({
      due: false,
      state: "active",
    });
    expect(reviewView(status, inForce, new Date("2026-05-11T00:00:00Z"))).toMatchObject({
      due: true,
      state: "due_for_review",
    });
  });

  it("has no review date for an agreement that is not in force", () => {
    const version = { id: "v1", appliesTo: ["b"] };
    const proposed = replay([{ type: "propose", eventId: "1", by: "a", at: since, version }]).status;
    expect(reviewView(proposed, undefined, since)).toEqual({
      nextReviewAt: null,
      due: false,
      state: "proposed",
    });
  });
});
