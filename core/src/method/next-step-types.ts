import type { ToolId } from "./tools.ts";
import type { PhaseId } from "./types.ts";

export interface Step {
  /** Stable, so the web can word or link it differently. */
  id: string;
  text: string;
  phase?: PhaseId;
  /** The method task this step comes from. */
  taskId?: string;
  tool?: ToolId;
}

export interface Waiting {
  id: string;
  text: string;
  phase?: PhaseId;
}

export interface NextSteps {
  /** The one thing worth doing next, or null when there is nothing for this member to do right now. */
  yourNextStep: Step | null;
  /** What the other person could do next, worded without pressure. Never more than three items. */
  waitingOn: Waiting[];
}
