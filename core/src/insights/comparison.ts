const dayMs = 86_400_000;

/**
 * Whether "than a month ago" (or any look back `windowDays`) can be said truthfully: the space must
 * have existed then, and something must be on record both from before then and since. Without data
 * on each side, a change is only the distance from a starting guess, not a change anyone made.
 */
export function canCompareWithBefore(input: {
  /** When the things being compared happened. */
  times: readonly Date[];
  spaceCreatedAt: Date;
  now: Date;
  windowDays: number;
}): boolean {
  const then = input.now.getTime() - input.windowDays * dayMs;
  if (input.spaceCreatedAt.getTime() > then) return false;
  const at = input.times.map((time) => time.getTime()).filter((t) => t <= input.now.getTime());
  return at.some((t) => t <= then) && at.some((t) => t > then);
}
