import { TZDate } from "@date-fns/tz";
import { type PromiseTiming, windowsBetween } from "../agreements/occurrences.ts";
import { type CheckinStamp, dayNumber, dueCheckins } from "../checkins/cadence.ts";
import { earlyStartMinutes } from "../talks/rules.ts";
import {
  agreementReviewKey,
  checkinDueKey,
  decisionRevisitKey,
  monthlyConversationKey,
  promiseDueKey,
  talkSoonKey,
} from "./keys.ts";
import type { ReminderKind } from "./kinds.ts";

const minuteMs = 60_000;
const hourMs = 60 * minuteMs;
const dayMs = 24 * hourMs;

/** A stretch of time `[from, to)`: the reminders whose moment falls in it are the ones due. */
export interface ReminderWindow {
  from: Date;
  to: Date;
}

/** One reminder for one person: which kind, the moment it falls due, and the key that names it. */
export interface DueReminder {
  kind: ReminderKind;
  key: string;
  at: Date;
}

/** One of the person's own check-ins: when, which kind, and their offset from UTC at the time. */
export interface OwnCheckin extends CheckinStamp {
  utcOffsetMinutes: number;
}

/**
 * What one person's reminders are computed from, in one space. Each list holds only what reminds
 * this person of their own rhythm or of something both agreed on: their own promises and their own
 * check-ins (never the other person's), the talks and agreements both take part in, and the
 * space's monthly conversation. Nothing here says what the other person did or did not do privately.
 */
export interface PersonReminderFacts {
  spaceId: string;
  memberId: string;
  /** Promises this person made; `timing.markedKeys` names the occurrences they have already marked. */
  ownPromises: readonly { id: string; timing: PromiseTiming }[];
  /** This person's own check-ins (at least the last eight days', and their latest of each kind). */
  ownCheckins: readonly OwnCheckin[];
  /** Talks this person takes part in whose start both agreed on. */
  scheduledTalks: readonly { id: string; startsAt: Date }[];
  /** When each agreement in force (and not already being reviewed) next comes up for review. */
  agreementReviews: readonly { agreementId: string; dueAt: Date }[];
  /** When the monthly conversation next falls due, while the space is in maintenance. */
  monthlyConversationDue?: Date | undefined;
  /** The check-in rhythm this person chose; absent or "auto": the one their check-ins show. */
  chosenCadence?: ChosenCadence | undefined;
  /** The revisit date of this person's own latest decision about the relationship, if they recorded one. */
  decisionRevisit?: { decisionId: string; revisitOn: string } | undefined;
}

/** A check-in rhythm a person chose for themselves (see `checkinCadenceInput`). */
export type ChosenCadence =
  | { rhythm: "auto" }
  | { rhythm: "daily"; timeZone: string }
  | { rhythm: "weekly"; weekday: number; timeZone: string }
  | { rhythm: "off" };

/**
 * A revisit date is a calendar day with no time zone: it is recalled at noon UTC, which falls in the
 * daytime of most of the world, and the person's quiet hours hold it back where it does not.
 */
export const decisionRevisitAt = (revisitOn: string) => new Date(`${revisitOn}T12:00:00Z`);

/** The hour of the person's own day at which a check-in that is still to come is recalled. */
export const checkinReminderHour = 19;

export type CheckinCadence = "daily" | "weekly";

/**
 * The rhythm a person chose by checking in: daily while they have made a daily check-in in the
 * last seven days, weekly otherwise. Someone who has never checked in has no rhythm yet, so nothing
 * reminds them (the check-in page itself invites the first one); someone who stops checking in
 * daily is reminded once a week rather than every evening.
 */
export function checkinCadence(history: readonly CheckinStamp[], now: Date): CheckinCadence | undefined {
  const past = history.filter((stamp) => stamp.submittedAt.getTime() <= now.getTime());
  if (past.length === 0) return undefined;
  const recentDaily = past.some(
    (stamp) => stamp.kind === "daily" && now.getTime() - stamp.submittedAt.getTime() < 7 * dayMs,
  );
  return recentDaily ? "daily" : "weekly";
}

/** The evening moment of one of the person's days (a day number as `dayNumber` counts them). */
const eveningOf = (day: number, utcOffsetMinutes: number) =>
  new Date(day * dayMs + checkinReminderHour * hourMs - utcOffsetMinutes * minuteMs);

const isoDay = (day: number) => new Date(day * dayMs).toISOString().slice(0, 10);

/**
 * The evening of day number `day` (as counted in the zone) at `checkinReminderHour`, built as a
 * local time of `timeZone`, so a change of clocks is counted right; with that evening's offset.
 */
function zonedEvening(day: number, timeZone: string): { at: Date; offset: number } {
  const date = new Date(day * dayMs);
  const local = new TZDate(
    date.getUTCFullYear(),
    date.getUTCMonth(),
    date.getUTCDate(),
    checkinReminderHour,
    0,
    timeZone,
  );
  return { at: new Date(local.getTime()), offset: -local.getTimezoneOffset() };
}

const zonedDay = (at: Date, timeZone: string) =>
  dayNumber(at, -new TZDate(at.getTime(), timeZone).getTimezoneOffset());

/**
 * The evenings a chosen rhythm asks for a check-in, from the day of `from` on: every evening for a
 * daily one, the chosen weekday's for a weekly one (0 is Sunday).
 */
function* chosenEvenings(
  cadence: Exclude<ChosenCadence, { rhythm: "auto" } | { rhythm: "off" }>,
  from: Date,
): Generator<{ day: number; at: Date; offset: number }> {
  for (let day = zonedDay(from, cadence.timeZone) - 1; ; day += 1) {
    if (cadence.rhythm === "weekly" && new Date(day * dayMs).getUTCDay() !== cadence.weekday) continue;
    yield { day, ...zonedEvening(day, cadence.timeZone) };
  }
}

/**
 * The person's check-in rhythm as a calendar can show it: its cadence and the first evening at or
 * after `now` it recalls. A rhythm the person chose is read in its own time zone (none when they
 * chose "off"); otherwise the one their check-ins show, a weekly one counting its weeks from the
 * last check-in, in the offset from UTC of their latest check-in, and none before the first.
 */
export function checkinRhythm(
  history: readonly OwnCheckin[],
  now: Date,
  chosen?: ChosenCadence,
): { cadence: CheckinCadence; firstAt: Date } | undefined {
  if (chosen?.rhythm === "off") return undefined;
  if (chosen && chosen.rhythm !== "auto") {
    for (const evening of chosenEvenings(chosen, now)) {
      if (evening.at.getTime() >= now.getTime()) return { cadence: chosen.rhythm, firstAt: evening.at };
    }
  }
  const past = history
    .filter((c) => c.submittedAt.getTime() <= now.getTime())
    .sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
  const latest = past.at(-1);
  const cadence = checkinCadence(past, now);
  if (!latest || !cadence) return undefined;
  const offset = latest.utcOffsetMinutes;
  const step = cadence === "daily" ? 1 : 7;
  let day = cadence === "daily" ? dayNumber(now, offset) : dayNumber(latest.submittedAt, offset) + 7;
  while (eveningOf(day, offset).getTime() < now.getTime()) day += step;
  return { cadence, firstAt: eveningOf(day, offset) };
}

/**
 * A reminder that lapses is only worth sending while it still helps: a promise until its marking
 * window closes, a check-in until the end of its day, a talk until it starts. Late catching up
 * (after a server was down) drops what has lapsed.
 */
interface Candidate extends DueReminder {
  lapsesAt?: Date;
}

const within = (at: Date, window: ReminderWindow) =>
  at.getTime() >= window.from.getTime() && at.getTime() < window.to.getTime();

function promiseReminders(facts: PersonReminderFacts, window: ReminderWindow): Candidate[] {
  return facts.ownPromises.flatMap(({ id, timing }) =>
    windowsBetween(timing, window.from, window.to)
      .filter((occurrence) => timing.markedKeys?.has(occurrence.key) !== true)
      .map((occurrence) => ({
        kind: "promise-due" as const,
        key: promiseDueKey(id, occurrence.key),
        at: occurrence.dueAt,
        lapsesAt: occurrence.closesAt,
      })),
  );
}

/**
 * At `checkinReminderHour` of each of the person's days in the window, the check-in their rhythm
 * asks for, if it is still to come. A rhythm they chose: every evening in its time zone the day's
 * check-in for a daily one, or on the chosen weekday the weekly check-in unless one was made in the
 * week before; "off": none. Otherwise (their offset from UTC is that of their latest check-in) the
 * check-in the cadence asks for, if it is still to come: the
 * day's check-in for a daily rhythm, or, for a weekly one, the weekly check-in on every seventh
 * day after their last check-in once `dueCheckins` says it is due.
 */
function checkinReminders(facts: PersonReminderFacts, window: ReminderWindow): Candidate[] {
  const history = [...facts.ownCheckins].sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
  const chosen = facts.chosenCadence;
  if (chosen?.rhythm === "off") return [];
  if (chosen && chosen.rhythm !== "auto") {
    const reminders: Candidate[] = [];
    for (const { day, at, offset } of chosenEvenings(chosen, window.from)) {
      if (at.getTime() >= window.to.getTime()) break;
      if (!within(at, window)) continue;
      const due = dueCheckins(history, at, offset);
      if (chosen.rhythm === "daily" ? !due.daily : !due.weekly) continue;
      reminders.push({
        kind: "checkin-due",
        key: checkinDueKey(facts.memberId, isoDay(day)),
        at,
        lapsesAt: new Date((day + 1) * dayMs - offset * minuteMs),
      });
    }
    return reminders;
  }
  const latest = history.filter((c) => c.submittedAt.getTime() < window.to.getTime()).at(-1);
  if (!latest) return [];
  const offset = latest.utcOffsetMinutes;
  const reminders: Candidate[] = [];
  for (let day = dayNumber(window.from, offset) - 1; day <= dayNumber(window.to, offset); day += 1) {
    const at = eveningOf(day, offset);
    if (!within(at, window)) continue;
    const cadence = checkinCadence(history, at);
    if (!cadence) continue;
    const due = dueCheckins(history, at, offset);
    const past = history.filter((c) => c.submittedAt.getTime() <= at.getTime());
    const lastDay = dayNumber(past.at(-1)?.submittedAt ?? at, offset);
    const wanted = cadence === "daily" ? due.daily : due.weekly && (day - lastDay) % 7 === 0;
    if (!wanted) continue;
    reminders.push({
      kind: "checkin-due",
      key: checkinDueKey(facts.memberId, isoDay(day)),
      at,
      lapsesAt: new Date((day + 1) * dayMs - offset * minuteMs),
    });
  }
  return reminders;
}

/** A talk is recalled when it can be started, a little before its agreed time. */
function talkReminders(facts: PersonReminderFacts): Candidate[] {
  return facts.scheduledTalks.map((talk) => ({
    kind: "talk-soon" as const,
    key: talkSoonKey(talk.id, talk.startsAt),
    at: new Date(talk.startsAt.getTime() - earlyStartMinutes * minuteMs),
    lapsesAt: talk.startsAt,
  }));
}

/**
 * Every reminder due to this person in `[from, to)`, oldest first, with a stable key: computing
 * the same window twice gives the same keys, which is what makes handing one over twice harmless.
 */
export function remindersDue(facts: PersonReminderFacts, window: ReminderWindow): DueReminder[] {
  const candidates: Candidate[] = [
    ...promiseReminders(facts, window),
    ...checkinReminders(facts, window),
    ...talkReminders(facts),
    ...facts.agreementReviews.map((review) => ({
      kind: "agreement-review-due" as const,
      key: agreementReviewKey(review.agreementId, review.dueAt),
      at: review.dueAt,
    })),
    ...(facts.decisionRevisit
      ? [
          {
            kind: "decision-revisit" as const,
            key: decisionRevisitKey(facts.decisionRevisit.decisionId, facts.decisionRevisit.revisitOn),
            at: decisionRevisitAt(facts.decisionRevisit.revisitOn),
          },
        ]
      : []),
    ...(facts.monthlyConversationDue
      ? [
          {
            kind: "monthly-conversation" as const,
            key: monthlyConversationKey(facts.spaceId, facts.monthlyConversationDue),
            at: facts.monthlyConversationDue,
          },
        ]
      : []),
  ];
  return candidates
    .filter((c) => within(c.at, window) && (c.lapsesAt === undefined || c.lapsesAt > window.to))
    .sort((a, b) => a.at.getTime() - b.at.getTime() || a.key.localeCompare(b.key))
    .map(({ kind, key, at }) => ({ kind, key, at }));
}
