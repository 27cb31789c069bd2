/**
 * The trust model: how evidence about one person becomes a trust estimate per element.
 *
 * Based on Jøsang & Ismail's Beta Reputation System (BRS) with a Subjective Logic reading, plus two
 * choices of ours for broken trust (Slovic's asymmetry and Schweitzer's finding on deception).
 *
 * For each element of trust, and for each event e at or before `now` that touches it:
 *
 *   age(e)   = (now − e.at) in days
 *   decay(e) = 0.5 ^ (age(e) / H)                  H = half-life in days (default 30)
 *   units(e) = the element's signed units for e.kind in `evidenceTable` × (e.weight ?? 1)
 *
 *   r = Σ units(e) · decay(e) · damp(e)     over events with positive units
 *   s = N · Σ |units(e)| · decay(e)         over events with negative units; N = negative weight (default 3)
 *
 *   damp(e) = D (default 0.5) for honesty-positive units when a found-out breach or deception
 *             happened strictly before e; otherwise 1.
 *
 * From r and s (W = 2, base rate a = 1/2):
 *
 *   expected trust E = (r + 1) / (r + s + 2)      (BRS expectation; also b + a·u in Subjective Logic)
 *   belief b         = r / (r + s + 2)
 *   disbelief d      = s / (r + s + 2)
 *   uncertainty u    = 2 / (r + s + 2)            (1 with no evidence: "too early to tell")
 *
 * The overall estimate applies the same formulas to the mean evidence per element,
 * r̄ = (Σ r_element) / 5 and s̄ = (Σ s_element) / 5: it reads like one element that saw the average
 * amount of evidence, so it is neither more certain nor more extreme than the elements behind it,
 * and (being a fixed scaling of all evidence) it keeps every property of the per-element estimates.
 *
 * Why these choices:
 * - Exponential forgetting (BRS's forgetting factor λ per day, λ = 0.5^(1/H)) keeps the estimate about
 *   recent behaviour. Every event fades at the same rate, so with no new evidence r and s shrink by
 *   the same factor and E drifts steadily back toward 1/2 while u grows: old certainty expires.
 * - N > 1 encodes Slovic's asymmetry: one broken commitment outweighs one kept commitment.
 * - A breach someone reports themselves (`agreement_self_reported`) is honesty-positive and carries a
 *   third of the negative units of the same breach found out (`agreement_breached`), which also counts
 *   against honesty. Owning a slip must never be scored worse than hiding it.
 * - After a breach was found out, or a lie uncovered, later honesty-positive evidence counts D times:
 *   Schweitzer, Hershey & Bradlow saw trust rebuilt after deception more slowly and never fully. The
 *   damping does not fade (it slows recovery without capping it) and is fixed per event, so it never
 *   breaks the uniform forgetting above.
 * - Events dated after `now` are ignored, so the same function gives past points of a trajectory.
 */
import { type PerElement, perElement, type TrustElement, trustElements } from "./elements.ts";
import { effectsOf, evidenceTable, evidenceWeight, type TrustEvidence } from "./evidence.ts";

export interface TrustModelOptions {
  /** Days after which an event counts half as much. */
  halfLifeDays: number;
  /** How many times a negative unit outweighs a positive one. */
  negativeWeight: number;
  /** Factor on honesty-positive units that follow a found-out breach or deception, in (0, 1]. */
  afterDeceptionFactor: number;
}

export const defaultTrustModelOptions: TrustModelOptions = {
  halfLifeDays: 30,
  negativeWeight: 3,
  afterDeceptionFactor: 0.5,
};

export interface Estimate {
  /** Expected trust E in [0, 1]; 1/2 means "no lean either way". */
  expected: number;
  /** u in (0, 1]: how little evidence stands behind E. */
  uncertainty: number;
  belief: number;
  disbelief: number;
  /** Weighted, decayed positive evidence r. */
  positive: number;
  /** Weighted, decayed negative evidence s (the asymmetry already applied). */
  negative: number;
}

export interface TrustEstimate {
  at: Date;
  elements: PerElement<Estimate>;
  overall: Estimate;
}

const dayMs = 86_400_000;

export function resolveOptions(options: Partial<TrustModelOptions> = {}): TrustModelOptions {
  const resolved = { ...defaultTrustModelOptions, ...options };
  if (!(Number.isFinite(resolved.halfLifeDays) && resolved.halfLifeDays > 0)) {
    throw new RangeError("halfLifeDays must be a positive number.");
  }
  if (!(Number.isFinite(resolved.negativeWeight) && resolved.negativeWeight > 0)) {
    throw new RangeError("negativeWeight must be a positive number.");
  }
  if (!(resolved.afterDeceptionFactor > 0 && resolved.afterDeceptionFactor <= 1)) {
    throw new RangeError("afterDeceptionFactor must be in (0, 1].");
  }
  return resolved;
}

/** Beta expectation and Subjective Logic opinion from positive and negative evidence. */
export function betaEstimate(positive: number, negative: number): Estimate {
  const total = positive + negative + 2;
  return {
    expected: (positive + 1) / total,
    uncertainty: 2 / total,
    belief: positive / total,
    disbelief: negative / total,
    positive,
    negative,
  };
}

/** One event as the model reads it: its time, weight and effects looked up once. */
interface ReadEvent {
  at: number;
  weight: number;
  effects: ReturnType<typeof effectsOf>;
}

/** Evidence read once, to be estimated at many moments (the points of a chart). */
export interface ReadEvidence {
  events: readonly ReadEvent[];
  /** When a found-out breach or deception happened, earliest first. */
  foundOut: readonly number[];
}

export function readEvidence(events: readonly TrustEvidence[]): ReadEvidence {
  const foundOut: number[] = [];
  const read = events.map((event) => {
    const weight = evidenceWeight(event);
    const at = event.at.getTime();
    if (evidenceTable[event.kind].foundOut === true && weight !== 0) foundOut.push(at);
    return { at, weight, effects: effectsOf(event.kind) };
  });
  return { events: read, foundOut: foundOut.sort((a, b) => a - b) };
}

/** The trust estimate for one person from the evidence about them, as of `now`. */
export function estimateTrust(
  events: readonly TrustEvidence[],
  now: Date,
  options: Partial<TrustModelOptions> = {},
): TrustEstimate {
  return estimateRead(readEvidence(events), now, resolveOptions(options));
}

/** The same estimate from evidence already read, so a chart reads its evidence once for all points. */
export function estimateRead(
  evidence: ReadEvidence,
  now: Date,
  { halfLifeDays, negativeWeight, afterDeceptionFactor }: TrustModelOptions,
): TrustEstimate {
  const nowMs = now.getTime();
  const first = evidence.foundOut[0];
  const deceivedAt = first !== undefined && first <= nowMs ? first : undefined;
  const r = perElement<number>(() => 0);
  const s = perElement<number>(() => 0);

  for (const { at, weight, effects } of evidence.events) {
    if (at > nowMs) continue;
    const decay = 0.5 ** ((nowMs - at) / dayMs / halfLifeDays);
    const damped = deceivedAt !== undefined && at > deceivedAt;
    for (const [element, units] of effects) {
      if (units > 0) {
        const damp = damped && element === "honesty" ? afterDeceptionFactor : 1;
        r[element] += units * weight * decay * damp;
      } else {
        s[element] += negativeWeight * -units * weight * decay;
      }
    }
  }

  const elements = perElement((element: TrustElement) => betaEstimate(r[element], s[element]));
  const mean = (values: PerElement<number>) =>
    trustElements.reduce((total, e) => total + values[e], 0) / trustElements.length;
  return { at: now, elements, overall: betaEstimate(mean(r), mean(s)) };
}
