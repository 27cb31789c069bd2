import type { TrustElement } from "./elements.ts";
import {
  type EvidenceKind,
  effectsOf,
  evidenceWeight,
  isNegativeKind,
  type TrustEvidence,
} from "./evidence.ts";
import {
  estimateRead,
  readEvidence,
  resolveOptions,
  type TrustEstimate,
  type TrustModelOptions,
} from "./model.ts";

export interface TrajectoryRange {
  from: Date;
  to: Date;
  /** Days between points (default 7: one point a week). */
  stepDays?: number;
}

/** Negative evidence that landed since the previous point: where a chart draws a setback marker. */
export interface Setback {
  kinds: EvidenceKind[];
  elements: TrustElement[];
  /** The `sourceId`s of the events, when their sources gave one. */
  sourceIds: string[];
}

export interface TrajectoryPoint {
  at: Date;
  estimate: TrustEstimate;
  /** Present only at points where negative evidence landed since the previous point. */
  setback?: Setback;
}

const dayMs = 86_400_000;
/** Ten years of weekly points: a guard against a mistaken range, not a product limit. */
export const maxTrajectoryPoints = 520;

function pointDates({ from, to, stepDays = 7 }: TrajectoryRange): Date[] {
  if (!(Number.isFinite(stepDays) && stepDays > 0))
    throw new RangeError("stepDays must be a positive number.");
  const start = from.getTime();
  const end = to.getTime();
  if (!(Number.isFinite(start) && Number.isFinite(end)) || end < start) {
    throw new RangeError("A trajectory needs valid dates with `from` no later than `to`.");
  }
  const step = stepDays * dayMs;
  const count = Math.floor((end - start) / step) + 1;
  if (count > maxTrajectoryPoints)
    throw new RangeError(`A trajectory is limited to ${maxTrajectoryPoints} points.`);
  const dates = Array.from({ length: count }, (_, i) => new Date(start + i * step));
  // The last point is always `to` itself, so a chart ends at "now" even when the range is not whole weeks.
  if (start + (count - 1) * step < end) dates.push(new Date(end));
  return dates;
}

/** `negatives`: the events that can mark a setback (a negative kind, a weight above 0). */
function setbackBetween(
  negatives: readonly TrustEvidence[],
  after: number,
  upTo: number,
): Setback | undefined {
  const landed = negatives.filter((event) => {
    const at = event.at.getTime();
    return at > after && at <= upTo;
  });
  if (landed.length === 0) return undefined;
  const kinds = [...new Set(landed.map((event) => event.kind))];
  const elements = new Set<TrustElement>();
  for (const kind of kinds) {
    for (const [element, units] of effectsOf(kind)) if (units < 0) elements.add(element);
  }
  const sourceIds = landed.flatMap((event) => (event.sourceId === undefined ? [] : [event.sourceId]));
  return { kinds, elements: [...elements], sourceIds };
}

/**
 * Estimates at evenly spaced dates for a chart. The first point's setback window is the step before
 * `from`, so every point answers the same question: "did something go wrong since the last point?"
 */
export function trustTrajectory(
  events: readonly TrustEvidence[],
  range: TrajectoryRange,
  options: Partial<TrustModelOptions> = {},
): TrajectoryPoint[] {
  const resolved = resolveOptions(options);
  const step = (range.stepDays ?? 7) * dayMs;
  const points: TrajectoryPoint[] = [];
  // Read once for every point: each point is still the estimate of all evidence up to it, exactly.
  const read = readEvidence(events);
  const negatives = events.filter((event) => isNegativeKind(event.kind) && evidenceWeight(event) > 0);
  let previous: number | undefined;
  for (const at of pointDates(range)) {
    const windowStart = previous ?? at.getTime() - step;
    const estimate = estimateRead(read, at, resolved);
    const setback = setbackBetween(negatives, windowStart, at.getTime());
    points.push(setback === undefined ? { at, estimate } : { at, estimate, setback });
    previous = at.getTime();
  }
  return points;
}
