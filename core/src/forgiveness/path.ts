import { type ForgivenessStepId, forgivenessStepIds } from "../method/facts.ts";

/** One reflection as the path needs it: which step, when, and the optional resentment rating. */
export interface PathEntry {
  step: ForgivenessStepId;
  at: Date;
  /** 0 (none) to 10 (as much as one can hold); absent when the person left it out. */
  resentment?: number;
}

export interface StepProgress {
  id: ForgivenessStepId;
  reflections: number;
  lastReflectedAt?: Date;
}

export interface ResentmentPoint {
  at: Date;
  rating: number;
}

export interface ForgivenessPath {
  steps: StepProgress[];
  /** The step of the latest reflection, or the first step before anything is written. */
  current: ForgivenessStepId;
  /**
   * The first step, in order, not yet reflected on: a suggestion, never a gate. Any step can be
   * opened at any time. `null` once every step has at least one reflection.
   */
  next: ForgivenessStepId | null;
  walkedAll: boolean;
  /** Every rating given, oldest first. */
  resentment: ResentmentPoint[];
}

const validRating = (r: number | undefined): r is number =>
  r !== undefined && Number.isInteger(r) && r >= 0 && r <= 10;

/**
 * Where a person stands on their own forgiveness path as of `now`. Self-paced: entries may visit the
 * steps in any order and repeat them; entries dated after `now` or with invalid dates are ignored.
 */
export function forgivenessPath(entries: readonly PathEntry[], now: Date): ForgivenessPath {
  const limit = now.getTime();
  const past = entries
    .filter((e) => Number.isFinite(e.at.getTime()) && e.at.getTime() <= limit)
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  const steps: StepProgress[] = forgivenessStepIds.map((id) => {
    const mine = past.filter((e) => e.step === id);
    const last = mine.at(-1);
    return { id, reflections: mine.length, ...(last ? { lastReflectedAt: last.at } : {}) };
  });
  const next = steps.find((s) => s.reflections === 0)?.id ?? null;
  return {
    steps,
    current: past.at(-1)?.step ?? forgivenessStepIds[0],
    next,
    walkedAll: next === null,
    resentment: past.flatMap((e) => (validRating(e.resentment) ? [{ at: e.at, rating: e.resentment }] : [])),
  };
}
