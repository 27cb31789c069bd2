import type { Rule } from "../engine.ts";
import type { ApologyPart } from "../labels.ts";
import { forgivenessRules, repairRules, repentanceRules } from "./commitments.ts";
import { explanationRules, regretRules } from "./regret.ts";
import { responsibilityRules } from "./responsibility.ts";

/** The six parts of an apology (Lewicki, Polin & Lount, 2016), each family in its own module. */
export const apologyPartRules: readonly Rule<ApologyPart>[] = [
  ...regretRules,
  ...explanationRules,
  ...responsibilityRules,
  ...repentanceRules,
  ...repairRules,
  ...forgivenessRules,
];
