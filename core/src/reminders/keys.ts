/**
 * The key of each reminder: its kind, the id of the thing it is about, and the occurrence or day,
 * so the same reminder always has the same key and a different one never shares it. Keys carry ids
 * and dates only, never words anyone wrote.
 */
const iso = (at: Date) => at.toISOString();

/** One occurrence (named by its local wall time) of one promise. */
export const promiseDueKey = (promiseId: string, occurrence: string) =>
  `promise-due:${promiseId}:${occurrence}`;

/** One kept mark waiting for the other person's answer. */
export const promiseToConfirmKey = (markId: string) => `promise-to-confirm:${markId}`;

/** One member's check-in on one of their own days ("2026-05-04"). */
export const checkinDueKey = (memberId: string, localDay: string) => `checkin-due:${memberId}:${localDay}`;

/** One agreed start of one talk: moving the talk makes a new reminder. */
export const talkSoonKey = (talkId: string, startsAt: Date) => `talk-soon:${talkId}:${iso(startsAt)}`;

/** One review date of one agreement: renewing it makes the next one a new reminder. */
export const agreementReviewKey = (agreementId: string, dueAt: Date) =>
  `agreement-review-due:${agreementId}:${iso(dueAt)}`;

/** One due date of a space's monthly conversation. */
export const monthlyConversationKey = (spaceId: string, dueAt: Date) =>
  `monthly-conversation:${spaceId}:${iso(dueAt)}`;

/** The revisit date of one recorded decision: deciding again with a new date makes a new reminder. */
export const decisionRevisitKey = (decisionId: string, revisitOn: string) =>
  `decision-revisit:${decisionId}:${revisitOn}`;

/** What the other person can deliberately share with you. */
export const sharedThings = [
  "statement",
  "answer",
  "reassurance",
  "appreciation",
  "amend",
  "amend_made",
] as const;
export type SharedThing = (typeof sharedThings)[number];

/** One shared thing: a statement version, an answer, a reassurance request or an appreciation. */
export const sharedWithYouKey = (thing: SharedThing, id: string) => `shared-with-you:${thing}:${id}`;
