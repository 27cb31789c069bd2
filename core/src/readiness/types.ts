/**
 * Where the readiness check points a member, privately:
 * - "repair": nothing found that stands in the way of trying;
 * - "deciding": they are unsure, or something blocks repair for now; Mend helps them decide;
 * - "safety": any sign of fear or abuse; safety comes first and nothing nudges toward repair.
 */
export const readinessPaths = ["repair", "deciding", "safety"] as const;
export type ReadinessPath = (typeof readinessPaths)[number];
