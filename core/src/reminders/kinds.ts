/**
 * What Mend may remind a person of. Each is about the person's own rhythm or a deliberate act of the
 * other person towards them; none is about something the other person did (or did not do) privately.
 */
export const reminderKinds = [
  /** One of your promises falls due (to its maker). */
  "promise-due",
  /** A promise the other person kept is ready for you to confirm. */
  "promise-to-confirm",
  /** Your check-in, at the cadence you chose. */
  "checkin-due",
  /** A talk you both agreed on starts soon (both). */
  "talk-soon",
  /** An agreement's review date has come (both). */
  "agreement-review-due",
  /** The other person shared something with you: a statement version, an answer, a reassurance request, an appreciation. */
  "shared-with-you",
  /** The monthly conversation, once a space is in maintenance. */
  "monthly-conversation",
  /** The date you set to look at your own latest decision again (only ever to its author). */
  "decision-revisit",
] as const;

export type ReminderKind = (typeof reminderKinds)[number];

/** What the job that reaches a person carries: who, in which space, about what. Never content. */
export interface ReminderDelivery {
  accountId: string;
  spaceId: string;
  kind: ReminderKind;
  /**
   * Names this one reminder (for example the kind, the promise and the day it falls due); a delivery is
   * recorded under it so that a reminder reached twice (two app servers, a retried job) is sent once.
   */
  key: string;
}
