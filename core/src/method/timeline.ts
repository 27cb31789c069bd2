/** Milliseconds since the epoch. Progress works on numbers so that comparisons are cheap and exact. */
export type Ms = number;

export const DAY: Ms = 86_400_000;

/**
 * Finite timestamps up to `now`, sorted. Invalid dates and events dated in the future are dropped, so
 * a snapshot taken early or a clock skew between devices can't complete a phase ahead of time.
 */
export function toTimes(dates: readonly Date[] | undefined, now: Ms): Ms[] {
  if (!dates) return [];
  const out: Ms[] = [];
  for (const date of dates) {
    const t = toMs(date);
    if (t !== undefined && t <= now) out.push(t);
  }
  return out.sort((a, b) => a - b);
}

export function toMs(date: Date | undefined): Ms | undefined {
  if (!(date instanceof Date)) return undefined;
  const t = date.getTime();
  return Number.isFinite(t) ? t : undefined;
}

/** Index of the first element greater than `t` in a sorted list. */
function upperBound(sorted: readonly Ms[], t: Ms): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? Number.POSITIVE_INFINITY) <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many timestamps fall in (after, upTo]. */
export function countIn(sorted: readonly Ms[], after: Ms, upTo: Ms): number {
  if (upTo <= after) return 0;
  return Math.max(0, upperBound(sorted, upTo) - upperBound(sorted, after));
}

export function countUpTo(sorted: readonly Ms[], upTo: Ms): number {
  return upperBound(sorted, upTo);
}

/** The first timestamp strictly after `after`, if any. */
export function firstAfter(sorted: readonly Ms[], after: Ms): Ms | undefined {
  return sorted[upperBound(sorted, after)];
}

/** Timestamps in (after, upTo]. */
export function within(sorted: readonly Ms[], after: Ms, upTo: Ms): Ms[] {
  if (upTo <= after) return [];
  return sorted.slice(upperBound(sorted, after), upperBound(sorted, upTo));
}

export function earliest(...values: (Ms | undefined)[]): Ms | undefined {
  let best: Ms | undefined;
  for (const v of values) if (v !== undefined && (best === undefined || v < best)) best = v;
  return best;
}

export function latest(...values: (Ms | undefined)[]): Ms | undefined {
  let best: Ms | undefined;
  for (const v of values) if (v !== undefined && (best === undefined || v > best)) best = v;
  return best;
}
