import { z } from "zod";
import { instantInput } from "../date-input.ts";
import {
  localDateField,
  localTimeField,
  noteField,
  people,
  requiredText,
  timeZoneField,
  wallTimeField,
} from "./fields.ts";
import { compareLocalDates, parseLocalDate } from "./local-time.ts";
import { defaultGraceHours, maxGraceHours, occurrenceStatuses } from "./occurrences.ts";
import { type PromiseSchedule, weekdays } from "./schedule.ts";

/** Contracts of promises, their occurrences, acts of proactive transparency and the calendar feed. */

const endsOn = localDateField.optional();

const endsAfterStart = (schedule: { startsOn: string; endsOn?: string | undefined }) => {
  if (schedule.endsOn === undefined) return true;
  const start = parseLocalDate(schedule.startsOn);
  const end = parseLocalDate(schedule.endsOn);
  return start !== undefined && end !== undefined && compareLocalDates(end, start) >= 0;
};
const endsAfterStartError = { error: "The end date can't be before the start date.", path: ["endsOn"] };

export const promiseScheduleInput = z.discriminatedUnion(
  "kind",
  [
    z.strictObject({ kind: z.literal("once"), at: wallTimeField }),
    z
      .strictObject({ kind: z.literal("daily"), time: localTimeField, startsOn: localDateField, endsOn })
      .refine(endsAfterStart, endsAfterStartError),
    z
      .strictObject({
        kind: z.literal("weekly"),
        time: localTimeField,
        days: z
          .array(z.enum(weekdays, { error: "Choose days from mon, tue, wed, thu, fri, sat and sun." }))
          .min(1, { error: "Choose at least one day of the week." })
          .max(weekdays.length)
          .refine((days) => new Set(days).size === days.length, { error: "Each day can be chosen once." }),
        startsOn: localDateField,
        endsOn,
      })
      .refine(endsAfterStart, endsAfterStartError),
    z
      .strictObject({
        kind: z.literal("every_n_days"),
        time: localTimeField,
        interval: z
          .int({ error: "Say every how many days, from 2 to 30." })
          .min(2, { error: "Say every how many days, from 2 to 30 (for every day, choose daily)." })
          .max(30, { error: "Say every how many days, from 2 to 30." }),
        startsOn: localDateField,
        endsOn,
      })
      .refine(endsAfterStart, endsAfterStartError),
  ],
  { error: "Choose when the promise falls due: once, daily, weekly on chosen days, or every few days." },
) satisfies z.ZodType<PromiseSchedule>;

export const makePromiseInput = z.strictObject({
  text: requiredText("The promise", 500),
  schedule: promiseScheduleInput,
  /** The maker's IANA time zone: "every day at 18:00" means 18:00 there, through daylight saving. */
  timeZone: timeZoneField,
  /** How long after the due time it can still be marked kept. */
  graceHours: z
    .int({ error: `Give the hours allowed for marking it, from 1 to ${maxGraceHours}.` })
    .min(1, { error: `Give the hours allowed for marking it, from 1 to ${maxGraceHours}.` })
    .max(maxGraceHours, { error: `Give the hours allowed for marking it, from 1 to ${maxGraceHours}.` })
    .default(defaultGraceHours),
});
export type MakePromiseInput = z.infer<typeof makePromiseInput>;

export const endPromiseInput = z.strictObject({ note: noteField });
export type EndPromiseInput = z.infer<typeof endPromiseInput>;

export const markOccurrenceInput = z.strictObject({
  /** The occurrence's `key`: its local date and time, "YYYY-MM-DDTHH:MM". */
  occurrence: wallTimeField,
  outcome: z.enum(["kept", "missed"], { error: "Say whether you kept it or missed it." }),
  note: noteField,
});
export type MarkOccurrenceInput = z.infer<typeof markOccurrenceInput>;

export const respondInput = z.strictObject({
  response: z.enum(["confirm", "dispute"], { error: "Say whether you saw it kept, or see it differently." }),
  note: noteField,
});
export type RespondInput = z.infer<typeof respondInput>;

export const logTransparencyInput = z.strictObject({ note: requiredText("What you shared", 1000) });
export type LogTransparencyInput = z.infer<typeof logTransparencyInput>;

/** At most this many days of occurrences in one request. */
export const maxRangeDays = 120;

export const occurrenceRangeQuery = z.strictObject({
  from: instantInput({ error: "Give `from` as a date and time." }).optional(),
  to: instantInput({ error: "Give `to` as a date and time." }).optional(),
});
export type OccurrenceRangeQuery = z.infer<typeof occurrenceRangeQuery>;

export const createCalendarFeedInput = z.strictObject({
  /** Neutral event titles ("Reminder"), for calendars that others can glance at or that sync elsewhere. */
  discreet: z.boolean({ error: "Say whether the calendar should use neutral titles." }).default(false),
});
export type CreateCalendarFeedInput = z.infer<typeof createCalendarFeedInput>;

// ---- Views ----

const person = z.enum(people);
const at = z.iso.datetime();

const responseView = z.object({
  response: z.enum(["confirmed", "disputed"]),
  note: z.string().nullable(),
  at,
});

export const occurrenceView = z.object({
  promiseId: z.string(),
  /** Local date and time in the promise's zone; names the occurrence when marking it. */
  key: z.string(),
  dueAt: at,
  /** The window in which the maker can mark it. */
  opensAt: at,
  closesAt: at,
  /** Derived from now: unmarked when its window closes means missed. */
  status: z.enum(occurrenceStatuses),
  missed: z.enum(["self_reported", "unmarked"]).nullable(),
  /** For a kept occurrence: the other person's answer so far. */
  confirmation: z.enum(["confirmed", "disputed", "awaiting"]).nullable(),
  mark: z
    .object({ id: z.string(), outcome: z.enum(["kept", "missed"]), note: z.string().nullable(), at })
    .nullable(),
  /** The latest answer from the other person; they may change their mind, and every answer is kept. */
  response: responseView.nullable(),
  can: z.object({ mark: z.boolean(), respond: z.boolean() }),
});
export type OccurrenceView = z.infer<typeof occurrenceView>;

export const promiseView = z.object({
  id: z.string(),
  maker: person,
  text: z.string(),
  schedule: promiseScheduleInput,
  /** The schedule as a short sentence, e.g. "Every Monday and Thursday at 07:30". */
  scheduleText: z.string(),
  timeZone: z.string(),
  graceHours: z.number(),
  createdAt: at,
  endedAt: at.nullable(),
  endNote: z.string().nullable(),
  /** The next occurrence that is open or still to come; null when none is left. */
  next: occurrenceView.nullable(),
  counts: z.object({ kept: z.number(), confirmed: z.number(), disputed: z.number(), missed: z.number() }),
  streak: z.object({ current: z.number(), longest: z.number(), text: z.string() }),
  can: z.object({ end: z.boolean() }),
});
export type PromiseView = z.infer<typeof promiseView>;

export const promiseListView = z.object({
  promises: z.array(promiseView),
  /** Small steps: start with few, easy promises. */
  guidance: z.object({ text: z.string(), ideas: z.array(z.string()) }),
  can: z.object({ make: z.boolean() }),
});
export type PromiseListView = z.infer<typeof promiseListView>;

export const occurrenceListView = z.object({ from: at, to: at, occurrences: z.array(occurrenceView) });
export type OccurrenceListView = z.infer<typeof occurrenceListView>;

export const transparencyActView = z.object({
  id: z.string(),
  by: person,
  note: z.string(),
  at,
  response: responseView.nullable(),
  can: z.object({ respond: z.boolean() }),
});
export type TransparencyActView = z.infer<typeof transparencyActView>;

export const transparencyListView = z.object({ acts: z.array(transparencyActView) });
export type TransparencyListView = z.infer<typeof transparencyListView>;

export const calendarFeedView = z.object({
  /** Whether a feed address is working now; the address itself is shown only once, when made. */
  active: z.boolean(),
  createdAt: at.nullable(),
  discreet: z.boolean(),
});
export type CalendarFeedView = z.infer<typeof calendarFeedView>;

export const createdCalendarFeedView = z.object({
  /** The secret address to paste into a calendar app, relative to this server. Shown only now. */
  path: z.string(),
  createdAt: at,
  discreet: z.boolean(),
});
export type CreatedCalendarFeedView = z.infer<typeof createdCalendarFeedView>;
