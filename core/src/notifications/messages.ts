import type { ReminderKind } from "../reminders/kinds.ts";
import type { DetailLevel } from "./contract.ts";

/** What a notification shows on a lock screen or in an inbox. */
export interface NotificationText {
  title: string;
  body: string;
}

/** Seen by anyone who glances at the screen: no names, no content, no word about a relationship. */
export const discreetText: NotificationText = { title: "Mend", body: "Something is waiting for you" };

/**
 * With "more detail": what kind of thing is waiting, in words that still never name the other
 * person, quote anything, or say what the two people are to each other.
 */
const kindLines: Record<ReminderKind, string> = {
  "promise-due": "One of your promises is due",
  "promise-to-confirm": "Something is ready for you to confirm",
  "checkin-due": "It's time for your check-in",
  "talk-soon": "A talk you planned starts soon",
  "agreement-review-due": "An agreement is ready to review",
  "shared-with-you": "Something new was shared with you",
  "monthly-conversation": "It's time for your monthly conversation",
  "decision-revisit": "A date you set to look at something again has come",
};

export function notificationText(kind: ReminderKind, detail: DetailLevel): NotificationText {
  return detail === "more" ? { title: "Mend", body: kindLines[kind] } : discreetText;
}

/** The subject of every reminder email, whatever the detail level: an inbox is often seen by others. */
export const reminderEmailSubject = "Mend: something is waiting for you";
