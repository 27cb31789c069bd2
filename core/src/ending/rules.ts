/** How long shared things stay readable to both after one person ends the repair. */
export const ENDING_GRACE_DAYS = 30;
const DAY = 86_400_000;

export type EndingState =
  | { status: "open" }
  | { status: "ending"; endedAt: Date; closesAt: Date; daysLeft: number }
  | { status: "closed"; endedAt: Date; closesAt: Date };

export function closesAt(endedAt: Date): Date {
  return new Date(endedAt.getTime() + ENDING_GRACE_DAYS * DAY);
}

/**
 * Where an ending stands at `now`, derived at read time so no background job is needed: the space
 * is readable until exactly `ENDING_GRACE_DAYS` after it was ended, and closed from then on.
 * `daysLeft` counts started days, so the last day reads as 1, never 0.
 */
export function endingState(endedAt: Date | null | undefined, now: Date): EndingState {
  if (!endedAt) return { status: "open" };
  const closes = closesAt(endedAt);
  const left = closes.getTime() - now.getTime();
  if (left <= 0) return { status: "closed", endedAt, closesAt: closes };
  return { status: "ending", endedAt, closesAt: closes, daysLeft: Math.ceil(left / DAY) };
}
