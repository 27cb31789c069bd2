/**
 * Plain readings of an estimate, so the app never shows a bare number.
 *
 * Confidence follows u = 2 / (r + s + 2): above 1/2 there is less than two units of evidence in
 * memory ("too early to tell"); at or below 1/3 there is at least four ("well supported"). With the
 * default 30-day half-life, four units in memory means roughly two-thirds of a unit every week.
 *
 * The stage follows Rempel, Holmes & Zanna: trust grows from predictability (specific actions are
 * consistent) to dependability (the person's character can be counted on) to faith (confidence about
 * the future). We read it from the elements: reliability first; then honesty and respect; then
 * loyalty and empathy. An element counts as established when E ≥ 0.7 and it is well supported.
 */
import { type TrustElement, trustElements } from "./elements.ts";
import type { Estimate, TrustEstimate } from "./model.ts";

export const establishedExpectation = 0.7;
export const establishedUncertainty = 1 / 3;

export type Confidence = "too_early" | "taking_shape" | "well_supported";

export function confidenceOf(estimate: Estimate): Confidence {
  if (estimate.uncertainty > 0.5) return "too_early";
  if (estimate.uncertainty > establishedUncertainty) return "taking_shape";
  return "well_supported";
}

export const confidenceText: Record<Confidence, string> = {
  too_early: "Too early to tell: there is not enough recent evidence yet.",
  taking_shape: "Taking shape: a few weeks of steady evidence will make this clearer.",
  well_supported: "Well supported by what has happened recently.",
};

export function isEstablished(estimate: Estimate): boolean {
  return estimate.expected >= establishedExpectation && estimate.uncertainty <= establishedUncertainty;
}

export type TrustStage = "predictability" | "dependability" | "faith";

const stageElements: Record<TrustStage, readonly TrustElement[]> = {
  predictability: ["reliability"],
  dependability: ["honesty", "respect"],
  faith: ["loyalty", "empathy"],
};

export const stageText: Record<TrustStage, { title: string; meaning: string }> = {
  predictability: {
    title: "Building a track record",
    meaning: "Small promises, kept again and again, are what let the other person start to predict you.",
  },
  dependability: {
    title: "Counting on who you are",
    meaning: "The actions are steady; now honesty and respect show that they come from who you are.",
  },
  faith: {
    title: "Confidence in what comes next",
    meaning: "Loyalty and care over time let the other person feel safe about the future, not just today.",
  },
};

export interface StageReading {
  stage: TrustStage;
  /** Elements already established, in the fixed element order. */
  established: TrustElement[];
  /** The elements this stage is working on that are not yet established. */
  workingOn: TrustElement[];
  /** True when every element is established: the work becomes keeping it that way. */
  complete: boolean;
}

export function trustStage(estimate: TrustEstimate): StageReading {
  const established = trustElements.filter((element) => isEstablished(estimate.elements[element]));
  const missing = (stage: TrustStage) => stageElements[stage].filter((e) => !established.includes(e));
  const order: TrustStage[] = ["predictability", "dependability", "faith"];
  for (const stage of order) {
    const workingOn = missing(stage);
    if (workingOn.length > 0) return { stage, established, workingOn, complete: false };
  }
  return { stage: "faith", established, workingOn: [], complete: true };
}
