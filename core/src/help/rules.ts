/**
 * The signals that suggest professional help. Each takes what one audience may see (see
 * `suggestions.ts`) and `now`, and returns what it counted, so the explanation can quote it.
 */

import { distressEmotions, highIntensity } from "../checkins/fields.ts";
import type { CheckinSharedView } from "../checkins/present.ts";
import { dayMs, type TalkRecord, withinDays } from "./facts.ts";

/** The parts of a check-in the rules read; both a stored check-in and a shared view fit. */
export type RuleCheckin = Pick<
  CheckinSharedView,
  "authorId" | "kind" | "submittedAt" | "trustNow" | "emotions" | "signs"
>;

export interface Signal {
  met: boolean;
  count: number;
  of: number;
  windowDays: number;
}

/** Below this many check-ins a "most of them" reading would be one bad day, not a pattern. */
export const minCheckinsForPattern = 3;

export const talkRule = { windowDays: 14, interruptions: 3 } as const;

/** Pauses and early ends in the window: three or more in two weeks. */
export function talksStruggling(talks: readonly TalkRecord[], now: Date): Signal {
  const recent = talks.filter((talk) => withinDays(talk.startedAt, now, talkRule.windowDays));
  const count = recent.reduce(
    (total, talk) => total + Math.max(0, talk.pauses) + (talk.outcome === "ended_early" ? 1 : 0),
    0,
  );
  return { met: count >= talkRule.interruptions, count, of: recent.length, windowDays: talkRule.windowDays };
}

export const hurtRule = { windowDays: 14, lowRating: 2 } as const;

function isOverwhelmed(checkin: RuleCheckin): boolean {
  const lowTrust = checkin.trustNow !== undefined && checkin.trustNow <= hurtRule.lowRating;
  const strongDistress = distressEmotions.some(
    (emotion) => (checkin.emotions?.[emotion] ?? 0) >= highIntensity,
  );
  return lowTrust || strongDistress;
}

/** Very low trust, or a painful feeling at 4–5, on more than half of at least three recent check-ins. */
export function hurtOverwhelming(checkins: readonly RuleCheckin[], now: Date): Signal {
  const recent = checkins.filter((c) => withinDays(c.submittedAt, now, hurtRule.windowDays));
  const count = recent.filter(isOverwhelmed).length;
  const met = recent.length >= minCheckinsForPattern && count * 2 > recent.length;
  return { met, count, of: recent.length, windowDays: hurtRule.windowDays };
}

/**
 * "Can't let go" on most weekly check-ins across four weeks: at least three weekly check-ins in the
 * last 28 days, the first and last at least three weeks apart (so it spans four weekly slots even
 * with one skipped), and the sign on more than half of them.
 */
export const lettingGoRule = { windowDays: 28, minSpanDays: 21 } as const;

export function cantMovePast(checkins: readonly RuleCheckin[], now: Date): Signal {
  const weekly = checkins.filter(
    (c) => c.kind === "weekly" && withinDays(c.submittedAt, now, lettingGoRule.windowDays),
  );
  const count = weekly.filter((c) => c.signs?.includes("cant_let_go") === true).length;
  const times = weekly.map((c) => c.submittedAt.getTime());
  const spanDays = times.length === 0 ? 0 : (Math.max(...times) - Math.min(...times)) / dayMs;
  const met =
    weekly.length >= minCheckinsForPattern &&
    spanDays >= lettingGoRule.minSpanDays &&
    count * 2 > weekly.length;
  return { met, count, of: weekly.length, windowDays: lettingGoRule.windowDays };
}

/**
 * No upward trend: the least-squares slope of the trust ratings over six weeks is under 0.1 point a
 * week (less than about half a point in total) while the average is below 7. The average condition
 * keeps a couple who are steady at a good level from being told they are stuck.
 */
export const stuckRule = {
  windowDays: 42,
  minRatings: 6,
  minSpanDays: 35,
  minSlopePerWeek: 0.1,
  goodLevel: 7,
} as const;

export interface TrendSignal extends Signal {
  /** Points per week; absent when there were too few ratings to say. */
  slopePerWeek?: number;
  average?: number;
}

export function ratingSlopePerWeek(points: ReadonlyArray<{ at: Date; rating: number }>): number | undefined {
  if (points.length < 2) return undefined;
  const xs = points.map((p) => p.at.getTime() / dayMs);
  const ys = points.map((p) => p.rating);
  const meanX = xs.reduce((a, b) => a + b, 0) / xs.length;
  const meanY = ys.reduce((a, b) => a + b, 0) / ys.length;
  let covariance = 0;
  let variance = 0;
  xs.forEach((x, i) => {
    covariance += (x - meanX) * ((ys[i] ?? meanY) - meanY);
    variance += (x - meanX) ** 2;
  });
  return variance === 0 ? undefined : (covariance / variance) * 7;
}

export function feelsStuck(checkins: readonly RuleCheckin[], now: Date): TrendSignal {
  const points = checkins.flatMap((c) =>
    c.trustNow !== undefined && withinDays(c.submittedAt, now, stuckRule.windowDays)
      ? [{ at: c.submittedAt, rating: c.trustNow }]
      : [],
  );
  const base = { count: points.length, of: points.length, windowDays: stuckRule.windowDays };
  const times = points.map((p) => p.at.getTime());
  const spanDays = times.length === 0 ? 0 : (Math.max(...times) - Math.min(...times)) / dayMs;
  const slopePerWeek = ratingSlopePerWeek(points);
  if (
    points.length < stuckRule.minRatings ||
    spanDays < stuckRule.minSpanDays ||
    slopePerWeek === undefined
  ) {
    return { ...base, met: false };
  }
  const average = points.reduce((total, p) => total + p.rating, 0) / points.length;
  const met = slopePerWeek < stuckRule.minSlopePerWeek && average < stuckRule.goodLevel;
  return { ...base, met, slopePerWeek, average };
}
