// Answer sets for the readiness check, shared by the tests and `mend demo`.
import type { ReadinessAnswers } from "./schema.ts";

/** Someone who wants to try, with nothing in the way and no sign of danger. */
export const calm: ReadinessAnswers = {
  intent: "yes",
  willingness: "yes",
  blame: "no",
  pattern: "once",
  respect_affection: "yes",
  shared_goals: "yes",
  wellbeing: "okay",
  hidden: "no",
  addiction: "none",
  outside_help: "yes",
  fear: "no",
  threats: "no",
  physical_harm: "no",
  put_downs: "no",
  control: ["none"],
};

export function answers(changes: Partial<ReadinessAnswers>): ReadinessAnswers {
  return { ...calm, ...changes };
}
