import type { AgreementState, AgreementStatus } from "./lifecycle.ts";
import {
  addLocalDays,
  addLocalMonths,
  compareLocalDates,
  type LocalDate,
  parseLocalDate,
  startOfLocalDay,
  wallTimeAt,
} from "./local-time.ts";

/** When to look at an agreement again: on a date, or every so many weeks or months after it took effect. */
export type ReviewSchedule =
  | { kind: "on"; date: string }
  | { kind: "every"; count: number; unit: "weeks" | "months" };

export const reviewLimits = { weeks: 52, months: 12 } as const;

function localDateOf(instant: Date, timeZone: string): LocalDate {
  const { year, month, day } = wallTimeAt(instant, timeZone);
  return { year, month, day };
}

/** The start of the local day the review falls on, for terms that took effect at `since`. */
export function nextReviewAt(review: ReviewSchedule, since: Date, timeZone: string): Date {
  if (review.kind === "on") {
    const date = parseLocalDate(review.date);
    if (!date) throw new RangeError("The review date is not a real date.");
    return startOfLocalDay(date, timeZone);
  }
  const start = localDateOf(since, timeZone);
  const date =
    review.unit === "weeks" ? addLocalDays(start, 7 * review.count) : addLocalMonths(start, review.count);
  return startOfLocalDay(date, timeZone);
}

/** A review date must lie after today, or the agreement would be due for review the moment it starts. */
export function reviewDateProblem(review: ReviewSchedule, timeZone: string, now: Date): string | undefined {
  if (review.kind !== "on") return undefined;
  const date = parseLocalDate(review.date);
  if (!date) return "Give a real date for the review.";
  if (compareLocalDates(date, localDateOf(now, timeZone)) <= 0) return "Choose a review date after today.";
  return undefined;
}

export type DisplayState = AgreementState | "due_for_review";

export interface ReviewView {
  /** When the terms in force are next due for review; null when nothing is in force. */
  nextReviewAt: Date | null;
  /** True when the review date has come and nobody has proposed a renewal, revision or retirement yet. */
  due: boolean;
  state: DisplayState;
}

/**
 * The review state derived from `now`; there is no background job, so "due for review" is whatever
 * this says at the moment someone looks.
 */
export function reviewView(
  status: AgreementStatus,
  inForceReview: { review: ReviewSchedule; timeZone: string } | undefined,
  now: Date,
): ReviewView {
  const inForce = status.state === "active" || status.state === "under_review";
  if (!inForce || !status.inForce || !inForceReview)
    return { nextReviewAt: null, due: false, state: status.state };
  const next = nextReviewAt(inForceReview.review, status.inForce.since, inForceReview.timeZone);
  const due = status.state === "active" && now.getTime() >= next.getTime();
  return { nextReviewAt: next, due, state: due ? "due_for_review" : status.state };
}
