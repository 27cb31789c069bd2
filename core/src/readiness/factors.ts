/** What helps repair succeed (METHOD: viability factors). */
export const viabilityFactors = [
  "willingness",
  "pattern",
  "respect_affection",
  "shared_goals",
  "wellbeing",
] as const;
/** What stands in the way of repair until it changes. Abuse is among them, handled as a safety factor. */
export const blockingFactors = ["no_remorse", "ongoing_deception", "addiction", "refuses_help"] as const;
/** Any of these puts safety first. */
export const safetyFactors = ["fear", "threats", "physical_harm", "emotional_abuse", "control"] as const;

export type ViabilityFactor = (typeof viabilityFactors)[number];
export type BlockingFactor = (typeof blockingFactors)[number];
export type SafetyFactor = (typeof safetyFactors)[number];
/** "intent" is whether the person wants to repair at all; Mend supports deciding, too. */
export type FactorId = ViabilityFactor | BlockingFactor | SafetyFactor | "intent";
