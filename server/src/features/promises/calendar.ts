import { formatLocalDate, wallTimeAt } from "@mend/core/agreements/local-time";
import ical from "ical-generator";

/** What one person's calendar holds: their own promises' occurrences and the shared review dates. */
export interface CalendarContent {
  discreet: boolean;
  occurrences: readonly { promiseId: string; key: string; dueAt: Date; text: string; scheduleText: string }[];
  reviews: readonly { agreementId: string; what: string; at: Date; timeZone: string }[];
  now: Date;
}

const occurrenceMinutes = 15;

/**
 * Builds the .ics text. A discreet feed uses neutral titles and no descriptions, for calendars that
 * others can glance at or that sync to a shared account. Nothing about the other person's own
 * promises is ever included.
 */
export function buildCalendar(content: CalendarContent): string {
  const calendar = ical({
    name: content.discreet ? "Reminders" : "Mend",
    prodId: { company: "Mend", product: "Mend", language: "EN" },
    ttl: 60 * 60,
  });
  for (const o of content.occurrences) {
    calendar.createEvent({
      id: `promise-${o.promiseId}-${o.key.replace(":", "")}@mend`,
      stamp: content.now,
      start: o.dueAt,
      end: new Date(o.dueAt.getTime() + occurrenceMinutes * 60_000),
      summary: content.discreet ? "Reminder" : o.text,
      ...(content.discreet ? {} : { description: `${o.scheduleText}. Mark it in Mend once it's done.` }),
    });
  }
  for (const review of content.reviews) {
    // An all-day event on the local review date; ical-generator writes all-day dates from UTC fields.
    const day = wallTimeAt(review.at, review.timeZone);
    calendar.createEvent({
      id: `review-${review.agreementId}-${formatLocalDate(day)}@mend`,
      stamp: content.now,
      start: new Date(Date.UTC(day.year, day.month - 1, day.day)),
      allDay: true,
      summary: content.discreet ? "Check-in" : `Review your agreement: ${review.what}`,
      ...(content.discreet
        ? {}
        : { description: "Look at this agreement together: renew it, change it, or retire it." }),
    });
  }
  return calendar.toString();
}
