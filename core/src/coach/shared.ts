/**
 * Shapes that both analyzers look for. Some keep their label in both ("blame_shift", "invalidation");
 * others are the same move under a different name: an excuse inside an apology is defensiveness in a
 * conversation, so those builders take the label to give.
 */
export { sharedRules } from "./shared/blame.ts";
export { denialShapes, whataboutShapes } from "./shared/denial.ts";
export { excuseShapes, minimizingShapes, smallDealShapes } from "./shared/excuses.ts";
