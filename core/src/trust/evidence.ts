import { type PerElement, type TrustElement, trustElements } from "./elements.ts";

/**
 * Every kind of evidence the trust model understands. A feature that produces evidence (promises,
 * agreements, questions, reassurance...) adds its kinds here and one row to `evidenceTable`; the
 * compiler then refuses to build until the row exists.
 */
export const evidenceKinds = [
  "promise_kept",
  "promise_missed",
  "promise_disputed",
  "agreement_honoured",
  "agreement_breached",
  "agreement_self_reported",
  "deception_discovered",
  "question_answered",
  "question_overdue",
  "acknowledgment_accepted",
  "proactive_transparency",
  "reassurance_helped",
  "reassurance_unanswered",
  "need_met",
  "amend_made",
  "amend_late",
] as const;
export type EvidenceKind = (typeof evidenceKinds)[number];

interface EvidenceBase {
  /** When the thing happened (or was confirmed); events after the estimate's `now` are ignored. */
  at: Date;
  /**
   * How much this one event counts, relative to an ordinary one (default 1). A source may use it for
   * a bigger promise or a partial answer; 0 records the event without moving the estimate.
   */
  weight?: number;
  /** The record the event came from, so a chart can link a setback to what caused it. */
  sourceId?: string;
}

/**
 * One piece of evidence about one person's trustworthiness (the person the list is about; a caller
 * keeps one list per person, which is how a mutual breach gets two independent estimates).
 * A discriminated union on `kind`, so a kind that needs extra detail later can carry it.
 */
export type TrustEvidence = { [K in EvidenceKind]: EvidenceBase & { kind: K } }[EvidenceKind];

export interface EvidenceRow {
  /** Signed units per element: positive supports trust, negative counts against it. */
  effects: Partial<PerElement<number>>;
  /**
   * The person was found out rather than telling it themselves. Schweitzer et al. saw trust after
   * deception recover more slowly than after other breaches, so later honesty-positive evidence
   * counts for less (see `model.ts`).
   */
  foundOut?: true;
  /** Why the row looks the way it does, for reviewers and for ARCHITECTURE.md. */
  why: string;
}

/**
 * The one table from evidence kinds to elements of trust. Units are before the negative multiplier:
 * a `-1` with the default 3× asymmetry weighs as much as three `+1`s.
 */
export const evidenceTable: Record<EvidenceKind, EvidenceRow> = {
  promise_kept: {
    effects: { reliability: 1, honesty: 0.25 },
    why: "Doing what was said is the plainest sign of reliability, and shows words can be believed.",
  },
  promise_missed: {
    effects: { reliability: -1 },
    why: "A missed promise counts against reliability only; lying about it would be a separate event.",
  },
  promise_disputed: {
    effects: { reliability: -0.5 },
    why: "The person relying on the promise did not experience it as kept; half weight because it is unconfirmed.",
  },
  agreement_honoured: {
    effects: { loyalty: 1, respect: 0.5, reliability: 0.5 },
    why: "Keeping a shared agreement protects the relationship and the other's limits.",
  },
  agreement_breached: {
    effects: { loyalty: -1, respect: -0.5, reliability: -0.5, honesty: -1 },
    foundOut: true,
    why: "A breach the other person discovered hurts loyalty and, because it was hidden, honesty too.",
  },
  agreement_self_reported: {
    effects: { honesty: 1, loyalty: -0.5, respect: -0.25, reliability: -0.25 },
    why: "Telling on oneself is honest; the breach still counts, at a third of what being found out costs.",
  },
  deception_discovered: {
    effects: { honesty: -2, loyalty: -0.5 },
    foundOut: true,
    why: "A new lie uncovered is the heaviest blow to honesty the model knows.",
  },
  question_answered: {
    effects: { honesty: 1, empathy: 0.5 },
    why: "A hard question answered openly is honesty, and staying with the other's need to know is empathy.",
  },
  question_overdue: {
    effects: { honesty: -0.5, empathy: -0.5 },
    why: "A question left waiting past the agreed time reads as avoidance; mild, since life gets in the way.",
  },
  acknowledgment_accepted: {
    effects: { honesty: 1, empathy: 1, respect: 0.5 },
    why: "The hurt person judged the acknowledgment true to what happened and to how it felt.",
  },
  proactive_transparency: {
    effects: { honesty: 1, loyalty: 0.5 },
    why: "Offering information before being asked shows there is nothing being kept back.",
  },
  reassurance_helped: {
    effects: { empathy: 1, reliability: 0.5 },
    why: "Answering a request for reassurance in a way that helped is empathy in action.",
  },
  reassurance_unanswered: {
    effects: { empathy: -0.5, reliability: -0.5 },
    why: "A request for reassurance that went unanswered leaves the person alone with the fear.",
  },
  need_met: {
    effects: { empathy: 1, respect: 0.5 },
    why: "The need named in a check-in was met: the other person listened and acted.",
  },
  amend_made: {
    effects: { reliability: 1, respect: 0.5, empathy: 0.5 },
    why: "An amend the other person confirmed was made: doing what was offered or asked is reliability, and repairing part of the damage done to them is respect and care for what they lost.",
  },
  amend_late: {
    effects: { reliability: -0.5 },
    why: "An agreed amend left unmade past its date lets down someone who was counting on it; half a missed promise, since the clock notices it rather than the other person, and it can still be made.",
  },
};

type Effects = ReadonlyArray<readonly [TrustElement, number]>;

/** Each kind's effects, listed once: the model reads them for every event at every point of a chart. */
const effectsByKind = new Map<EvidenceKind, Effects>(
  (Object.keys(evidenceTable) as EvidenceKind[]).map((kind) => {
    const { effects } = evidenceTable[kind];
    const pairs = trustElements.flatMap((element) => {
      const units = effects[element];
      return units === undefined ? [] : [Object.freeze([element, units] as const)];
    });
    return [kind, Object.freeze(pairs)];
  }),
);

/** The signed effects of a kind as (element, units) pairs, in the fixed element order. */
export function effectsOf(kind: EvidenceKind): Effects {
  const effects = effectsByKind.get(kind);
  if (effects === undefined) throw new RangeError(`Unknown kind of evidence: ${kind}`);
  return effects;
}

/** True when the kind carries any negative unit: such an event marks a setback on a chart. */
export function isNegativeKind(kind: EvidenceKind): boolean {
  return effectsOf(kind).some(([, units]) => units < 0);
}

export function evidenceWeight(event: TrustEvidence): number {
  const weight = event.weight ?? 1;
  if (!Number.isFinite(weight) || weight < 0) {
    throw new RangeError(`Evidence weight must be a finite number of at least 0 (got ${weight}).`);
  }
  return weight;
}
