import { type TriggerCategory, triggerCategories } from "./fields.ts";

export interface TriggerPoint {
  occurredAt: Date;
  category: TriggerCategory;
  intensity: number;
}

export interface TriggerWeek {
  /** Monday 00:00 UTC. */
  weekStart: Date;
  count: number;
  /** Null in a week with no triggers. */
  averageIntensity: number | null;
}

export interface TriggerPattern {
  weeks: TriggerWeek[];
  byCategory: Record<TriggerCategory, number>;
  total: number;
  averageIntensity: number | null;
}

const weekMs = 7 * 86_400_000;
export const maxPatternWeeks = 104;

/** Monday 00:00 UTC of the week holding `date`. */
export function weekStartOf(date: Date): Date {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - sinceMonday * 86_400_000);
}

const average = (values: readonly number[]) =>
  values.length === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;

/**
 * Triggers per week over the last `weeks` weeks up to `now` (the current week included, oldest
 * first, empty weeks kept so a chart shows the quiet stretches too), with counts by category.
 * Fewer and milder triggers over time is what healing tends to look like; the shape is what matters.
 */
export function triggerPattern(points: readonly TriggerPoint[], now: Date, weeks: number): TriggerPattern {
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > maxPatternWeeks) {
    throw new RangeError(`weeks must be a whole number from 1 to ${maxPatternWeeks} (got ${weeks}).`);
  }
  const last = weekStartOf(now).getTime();
  const first = last - (weeks - 1) * weekMs;
  const buckets = Array.from({ length: weeks }, () => [] as number[]);
  const byCategory = Object.fromEntries(triggerCategories.map((c) => [c, 0])) as Record<
    TriggerCategory,
    number
  >;
  const all: number[] = [];
  for (const point of points) {
    const t = point.occurredAt.getTime();
    if (t > now.getTime() || t < first) continue;
    const index = Math.floor((weekStartOf(point.occurredAt).getTime() - first) / weekMs);
    buckets[index]?.push(point.intensity);
    byCategory[point.category] += 1;
    all.push(point.intensity);
  }
  return {
    weeks: buckets.map((intensities, i) => ({
      weekStart: new Date(first + i * weekMs),
      count: intensities.length,
      averageIntensity: average(intensities),
    })),
    byCategory,
    total: all.length,
    averageIntensity: average(all),
  };
}
