import { formatLocalDate, wallTimeAt } from "@mend/core/agreements/local-time";
import ical, { ICalEventRepeatingFreq } from "ical-generator";

/**
 * What one person's calendar holds: their own promises' occurrences, their own check-in rhythm,
 * and what the two of them share: review dates, talks both agreed a time for, time-together plans.
 */
export interface CalendarContent {
  discreet: boolean;
  occurrences: readonly { promiseId: string; key: string; dueAt: Date; text: string; scheduleText: string }[];
  reviews: readonly { agreementId: string; what: string; at: Date; timeZone: string }[];
  talks: readonly { talkId: string; topic: string; startsAt: Date; minutes: number }[];
  /** `on` is the plan's local date, "YYYY-MM-DD". */
  plans: readonly { planId: string; title: string; on: string }[];
  /** The person's own check-in rhythm, repeated until `until`; absent before their first check-in. */
  checkins?: { cadence: "daily" | "weekly"; firstAt: Date; until: Date } | undefined;
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
  for (const talk of content.talks) {
    calendar.createEvent({
      id: `talk-${talk.talkId}-${talk.startsAt.getTime()}@mend`,
      stamp: content.now,
      start: talk.startsAt,
      end: new Date(talk.startsAt.getTime() + talk.minutes * 60_000),
      summary: content.discreet ? "Reminder" : `Talk together: ${talk.topic}`,
      ...(content.discreet ? {} : { description: "The talk you both agreed on. Open it in Mend to begin." }),
    });
  }
  for (const plan of content.plans) {
    const [year, month, day] = plan.on.split("-").map(Number);
    calendar.createEvent({
      id: `plan-${plan.planId}-${plan.on}@mend`,
      stamp: content.now,
      start: new Date(Date.UTC(year ?? 2000, (month ?? 1) - 1, day ?? 1)),
      allDay: true,
      summary: content.discreet ? "Reminder" : `Time together: ${plan.title}`,
    });
  }
  if (content.checkins) {
    const { cadence, firstAt, until } = content.checkins;
    calendar.createEvent({
      id: `checkin-${cadence}@mend`,
      stamp: content.now,
      start: firstAt,
      end: new Date(firstAt.getTime() + occurrenceMinutes * 60_000),
      repeating: {
        freq: cadence === "daily" ? ICalEventRepeatingFreq.DAILY : ICalEventRepeatingFreq.WEEKLY,
        until,
      },
      summary: content.discreet
        ? "Reminder"
        : cadence === "daily"
          ? "Your daily check-in"
          : "Your weekly check-in",
      ...(content.discreet
        ? {}
        : { description: "A few minutes in Mend, for you; share only what you choose." }),
    });
  }
  return calendar.toString();
}
