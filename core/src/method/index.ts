export type { Direction } from "./directions.ts";
export * from "./facts.ts";
export { acrossPhases, type GuidanceNote } from "./guidance.ts";
export {
  forOwnReadinessPath,
  type NextSteps,
  nextSteps,
  type Step,
  type Waiting,
} from "./next-step.ts";
export { getPhase, phases, tasksFor } from "./phases.ts";
export { derivePhases } from "./progress.ts";
export * from "./progress-types.ts";
export { isToolId, type ToolId, toolIds } from "./tools.ts";
export * from "./types.ts";
