import type { ToolId } from "./tools.ts";

/** The phases of the method, in the order people usually meet them (they overlap and repeat). */
export const phaseIds = [
  "acknowledge",
  "responsibility",
  "communication",
  "agreements",
  "consistency",
  "forgiveness",
  "closeness",
  "maintain",
] as const;

export type PhaseId = (typeof phaseIds)[number];

export interface Task {
  /** Stable across releases: progress, tools and translations refer to it. */
  id: string;
  title: string;
  detail: string;
  /** The tool that helps with this task, once a later issue builds it. */
  tool?: ToolId;
}

export interface PhaseEvidence {
  /** What shows, in the shared data, that the phase has begun. */
  underWay: readonly string[];
  /** What shows that the phase is done for now (a setback can reopen it). */
  complete: readonly string[];
}

export interface Phase {
  id: PhaseId;
  title: string;
  purpose: string;
  /** Tasks for the person who broke trust. */
  forBrokeTrust: readonly Task[];
  /** Tasks for the person who was hurt. */
  forHurt: readonly Task[];
  /** Tasks for each of the two people, whatever their role. */
  forBoth: readonly Task[];
  /** Realistic expectations: how long it can take and what setbacks look like. */
  whatToExpect: readonly string[];
  evidence: PhaseEvidence;
}
