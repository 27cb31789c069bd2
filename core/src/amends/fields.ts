/** What an amend is and how long its words may be. */
export const maxAmendLength = 600;
export const maxAmendNoteLength = 600;

/** Who put the amend forward: the person who will make it offered it, or the other person asked for it. */
export const amendOrigins = ["offered", "asked"] as const;
export type AmendOrigin = (typeof amendOrigins)[number];

/**
 * What a member did to an amend, each a row that is never changed: the answer to a proposal, the
 * maker's "done", and the other person's confirmation or "not yet". A counter-proposal is a new
 * amend that points at the one it answers.
 */
export const amendActions = ["accepted", "declined", "withdrawn", "done", "confirmed", "not_yet"] as const;
export type AmendAction = (typeof amendActions)[number];

/**
 * Where an amend stands:
 * - proposed: waiting for the person who did not put it forward to accept, decline or suggest another;
 * - accepted: agreed, waiting for the maker to make it and say so;
 * - done: the maker says it is made, waiting for the other person to confirm;
 * - confirmed: the other person confirmed it was made (the end, and what counts as evidence);
 * - declined, withdrawn, countered: closed without being made (countered: another was suggested instead).
 */
export const amendStatuses = [
  "proposed",
  "accepted",
  "done",
  "confirmed",
  "declined",
  "withdrawn",
  "countered",
] as const;
export type AmendStatus = (typeof amendStatuses)[number];

export const amendStatusLabels: Record<AmendStatus, string> = {
  proposed: "Waiting for an answer",
  accepted: "Agreed, not made yet",
  done: "Made, waiting to be confirmed",
  confirmed: "Made and confirmed",
  declined: "Declined",
  withdrawn: "Withdrawn",
  countered: "Another was suggested",
};
