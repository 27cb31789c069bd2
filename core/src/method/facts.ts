import type { RepairRole } from "../spaces/roles.ts";

/**
 * The facts later features provide about a space, as a snapshot.
 *
 * Contract: a snapshot holds only what both members may see (things that were shared) plus the fact
 * that a member completed their private readiness check. Drafts, private notes and readiness answers
 * never belong here, so anything derived from a snapshot is safe to show to either member.
 *
 * Every list is optional and empty by default, so a space that has no data yet works as it is.
 * Lists hold one date per occurrence: counts are their lengths, and the dates let progress tell
 * what happened before or after a setback. Events dated after `now` are ignored.
 */
export interface SpaceFacts {
  /** The members who have joined: none, one (solo), or two. */
  members: readonly MemberFacts[];
  /** Structured talks held together (with ground rules, a time limit and breaks). */
  talksHeld?: readonly Date[];
  /** Talks paused for a break when feelings ran high. */
  talksPaused?: readonly Date[];
  agreements?: readonly AgreementFacts[];
  /** Time spent together on purpose, and closeness-ladder steps taken together. */
  closenessActivities?: readonly Date[];
  /**
   * Check-ins about how things are between them that both can see: held together, or a member's
   * check-in shared with the other. Private check-ins don't belong here.
   */
  checkins?: readonly Date[];
  /** Something new came to light about what happened. */
  disclosures?: readonly Disclosure[];
}

export type MemberId = string;

/** What one member did or shared. Responses are about what the other member shared. */
export interface MemberFacts {
  id: MemberId;
  role: RepairRole;
  readinessChecksCompleted?: readonly Date[];
  /** Versions of this member's acknowledgment that they shared. */
  acknowledgmentsShared?: readonly Date[];
  /** This member's responses to the other member's acknowledgment. */
  acknowledgmentResponses?: readonly AcknowledgmentResponse[];
  impactStatementsShared?: readonly Date[];
  apologiesShared?: readonly Date[];
  /** Promises to change that this member made. */
  promisesMade?: readonly Date[];
  /** Occurrences of this member's promises, as the other member confirmed them. */
  promisesKept?: readonly Date[];
  promisesMissed?: readonly Date[];
  questionsAsked?: readonly Date[];
  /** Questions this member answered. */
  questionsAnswered?: readonly Date[];
  /** For each question put to this member that is still unanswered past its agreed time: when it fell due. */
  questionsOverdue?: readonly Date[];
  /** Questions put to this member that wait for their answer: a first answer, or more after "I need more". */
  questionsAwaitingAnswer?: readonly QuestionAwaiting[];
  /** Questions this member asked whose latest answer waits for them to say whether it was enough. */
  answersAwaitingReview?: readonly Date[];
  forgivenessSteps?: readonly ForgivenessStepShared[];
  appreciationsShared?: readonly Date[];
  /** Amends this member made that the other member confirmed were made. */
  amendsMade?: readonly Date[];
}

export interface QuestionAwaiting {
  /** When it began waiting: when it was sent, or when the asker asked for more. */
  since: Date;
  /** True when the asker said "I need more" and asked a follow-up. */
  followUp: boolean;
}

export const acknowledgmentResponses = ["heard", "partly", "not_yet"] as const;
export type AcknowledgmentResponseValue = (typeof acknowledgmentResponses)[number];

export interface AcknowledgmentResponse {
  response: AcknowledgmentResponseValue;
  at: Date;
}

/** The steps of forgiving, as a person walks through them; only shared steps appear in facts. */
export const forgivenessStepIds = [
  "name_the_hurt",
  "feel_it",
  "release_resentment",
  "choose_to_forgive",
  "accept_imperfection",
] as const;
export type ForgivenessStepId = (typeof forgivenessStepIds)[number];

export interface ForgivenessStepShared {
  step: ForgivenessStepId;
  at: Date;
}

export interface AgreementFacts {
  proposedAt: Date;
  /** When both accepted it. */
  activeSince?: Date;
  endedAt?: Date;
  /** Revisions both accepted while it stayed active. */
  revisedAt?: readonly Date[];
  breaches?: readonly Breach[];
  /** A proposal (new terms, a change, a renewal or retiring it) waiting for the other member's answer. */
  pendingProposal?: { by: MemberId; since: Date };
}

export interface Breach {
  at: Date;
  /** Who broke it, when the members recorded that. Unknown breaches count against everyone. */
  by?: MemberId;
}

export interface Disclosure {
  at: Date;
  /** Whose actions the new information is about. Unknown disclosures count against everyone. */
  about?: MemberId;
}

/** A snapshot with nothing in it yet, apart from the members. */
export function emptyFacts(members: readonly MemberFacts[] = []): SpaceFacts {
  return { members };
}
