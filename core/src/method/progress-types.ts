import type { Direction } from "./directions.ts";
import type { PhaseId } from "./types.ts";

/**
 * "revisited" means the phase was complete once and a setback (a broken agreement, something new
 * coming to light, check-ins lapsing) has opened it again. The earlier completion stays on record.
 */
export const phaseStatuses = ["not_started", "under_way", "complete", "revisited"] as const;
export type PhaseStatus = (typeof phaseStatuses)[number];

export const reasonCodes = [
  "nothing_yet",
  "acknowledgment_shared",
  "impact_statement_shared",
  "acknowledgment_partly",
  "acknowledgment_not_yet",
  "felt_heard",
  "apology_shared",
  "promise_made",
  "amend_made",
  "agreement_active",
  "talk_held",
  "talk_paused",
  "question_asked",
  "question_answered",
  "question_overdue",
  "talks_and_answers",
  "agreement_proposed",
  "agreement_renewed",
  "promise_kept",
  "promise_missed",
  "consistency_record",
  "forgiveness_step",
  "chose_to_forgive",
  "appreciation_shared",
  "time_together",
  "closeness_record",
  "checkin_held",
  "checkin_rhythm",
  "was_complete",
  "reopened_by_disclosure",
  "reopened_by_breach",
  "reopened_by_lapse",
] as const;
export type ReasonCode = (typeof reasonCodes)[number];

/**
 * A piece of shared evidence behind a status. `text` is a plain default; the web may word it for the
 * reader using `code`, `count` and `direction`.
 */
export interface Reason {
  code: ReasonCode;
  text: string;
  at?: Date;
  count?: number;
  /** Which way of a (possibly mutual) breach this is about; absent for phases the two share. */
  direction?: Direction;
}

interface ProgressCore {
  status: PhaseStatus;
  reasons: Reason[];
  /** The first evidence that the phase began. */
  startedAt?: Date;
  /** When the phase was last completed; kept when a setback reopens it, so history isn't erased. */
  completedAt?: Date;
  /** When a setback reopened the last completion (only when the status is "revisited"). */
  reopenedAt?: Date;
  /** How many times the phase has been completed, counting each completion a setback later reopened. */
  timesCompleted: number;
}

export type DirectionProgress = ProgressCore & Direction;

export interface PhaseProgress extends ProgressCore {
  phase: PhaseId;
  /**
   * For phases the person who broke trust and the person who was hurt each do their part in
   * (acknowledge, responsibility, communication, consistency, forgiveness): one entry per direction
   * of the breach. A mutual breach has two, and the phase is complete only when both are.
   * Empty for phases the two share.
   */
  directions: DirectionProgress[];
}
