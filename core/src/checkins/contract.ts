/**
 * The check-in API contract: request bodies and response shapes, shared by the server and the web.
 *
 * Routes (every one needs a session and membership of the space; anyone else gets 404):
 *   POST /api/spaces/:spaceId/checkins                        body `submitCheckinBody` → 201 `CheckinAuthorViewJson`
 *   GET  /api/spaces/:spaceId/checkins/mine                   → 200 `{ checkins: CheckinAuthorViewJson[] }`, newest first
 *   GET  /api/spaces/:spaceId/checkins/theirs                 → 200 `{ checkins: CheckinSharedViewJson[] }`, newest first
 *   GET  /api/spaces/:spaceId/checkins/due?utcOffsetMinutes=  → 200 `DueCheckinsView`
 *   PUT  /api/spaces/:spaceId/checkins/:checkinId/sharing     body `Sharing` → 200 `CheckinAuthorViewJson` (author only)
 *   PUT  /api/spaces/:spaceId/checkins/:checkinId/note        body `CheckinNoteInput` → 200 `CheckinAuthorViewJson` (author only)
 *   GET  /api/spaces/:spaceId/checkins/cadence                → 200 `CheckinCadenceView` (the viewer's own)
 *   PUT  /api/spaces/:spaceId/checkins/cadence                body `CheckinCadenceInput` → 200 `CheckinCadenceView`
 */
import { z } from "zod";
import { timeZoneSchema } from "../notifications/contract.ts";
import { trustElements } from "../trust/elements.ts";
import { envelopeSchema } from "../vault/wire.ts";
import {
  checkinKinds,
  emotions,
  maxIntensity,
  maxRating,
  minIntensity,
  minRating,
  trustSigns,
} from "./fields.ts";
import { dailyCheckinInput, weeklyCheckinInput } from "./schema.ts";

/** UTC−12:00 to UTC+14:00: every offset in use on Earth. */
export const minUtcOffsetMinutes = -720;
export const maxUtcOffsetMinutes = 840;

const offsetError = "Send the device's offset from UTC in minutes (for example 120 for UTC+2).";

/**
 * Only the offset is stored, never a named zone: an offset is all the calendar needs, and a zone
 * name would say roughly where a person lives.
 */
export const utcOffsetMinutes = z
  .int({ error: offsetError })
  .min(minUtcOffsetMinutes, { error: offsetError })
  .max(maxUtcOffsetMinutes, { error: offsetError })
  .refine((minutes) => minutes % 15 === 0, { error: offsetError });

/**
 * What goes with the check-in: the device's current offset from UTC, and a private note sealed in the
 * browser under the id it made for the check-in (so `sealedNote` comes with `id`). The note is never
 * sent in the clear: a `privateNote` field is refused.
 */
const submitted = {
  id: z.uuid({ error: "A check-in with a note needs an id made by your browser." }).optional(),
  sealedNote: envelopeSchema.optional(),
  utcOffsetMinutes,
};

/**
 * What the check-in form sends: the check-in itself (`checkinInput` in schema.ts) plus the device's
 * current offset from UTC (`-new Date().getTimezoneOffset()` in a browser), which decides which
 * calendar day the check-in belongs to for the author, and the sealed private note.
 */
export const submitCheckinBody = z
  .discriminatedUnion("kind", [dailyCheckinInput.extend(submitted), weeklyCheckinInput.extend(submitted)], {
    error: "Choose a daily or a weekly check-in.",
  })
  .refine((input) => input.sealedNote === undefined || input.id !== undefined, {
    error: "A sealed note needs the id it was sealed under.",
    path: ["id"],
  });
export type SubmitCheckinBody = z.input<typeof submitCheckinBody>;
export type SubmitCheckin = z.output<typeof submitCheckinBody>;

/** Every switch must be sent, so a change of sharing is always a whole, deliberate choice. */
export const sharingBody = z.strictObject(
  {
    trustNow: z.boolean({ error: "Choose whether to share your trust rating." }),
    elements: z.boolean({ error: "Choose whether to share your ratings of each part of trust." }),
    emotions: z.boolean({ error: "Choose whether to share your feelings." }),
    signs: z.boolean({ error: "Choose whether to share the signs you noticed." }),
    need: z.boolean({ error: "Choose whether to share what you need." }),
  },
  { error: "Choose what to share with on/off switches." },
);
export type SharingBody = z.infer<typeof sharingBody>;

/** A private note from before the vault, sealed for the first time under its check-in's id. */
export const checkinNoteInput = z.strictObject({ sealed: envelopeSchema });
export type CheckinNoteInput = z.infer<typeof checkinNoteInput>;

/** `?utcOffsetMinutes=` on reads that depend on the viewer's calendar; defaults to their last check-in's. */
export const calendarQuery = z.object({
  utcOffsetMinutes: z.coerce.number({ error: offsetError }).pipe(utcOffsetMinutes).optional(),
});
export type CalendarQuery = z.infer<typeof calendarQuery>;

const rating = z.int().min(minRating).max(maxRating);
export const elementRatingsView = z.object(
  Object.fromEntries(trustElements.map((element) => [element, rating])) as Record<
    (typeof trustElements)[number],
    typeof rating
  >,
);
export const emotionIntensitiesView = z.partialRecord(
  z.enum(emotions),
  z.int().min(minIntensity).max(maxIntensity),
);
export const sharingView = sharingBody;

/**
 * The author's own check-in: everything they wrote, the private note as the envelope only their browser
 * opens (`sealedNote`), or, for a note from before the vault, in the clear (`plainNote`) until their
 * browser seals it on their next visit. `safetyFollowUp` is present (and true) only when
 * their private safety answer gave cause for concern; the web then offers the private safety page.
 * The safety answer itself is never sent back.
 */
export const checkinAuthorView = z.object({
  audience: z.literal("author"),
  id: z.string(),
  /** The author's membership id in this space (not their account id). */
  authorId: z.string(),
  kind: z.enum(checkinKinds),
  submittedAt: z.iso.datetime(),
  trustNow: rating,
  /** Weekly check-ins only. */
  elements: elementRatingsView.optional(),
  emotions: emotionIntensitiesView,
  signs: z.array(z.enum(trustSigns)),
  need: z.string().optional(),
  sealedNote: z.string().optional(),
  plainNote: z.string().optional(),
  sharing: sharingView,
  safetyFollowUp: z.literal(true).optional(),
});
export type CheckinAuthorViewJson = z.infer<typeof checkinAuthorView>;

/**
 * The other person's check-in, as they shared it. A section they did not share is absent (not null).
 * Check-ins with nothing shared are not listed at all, so nobody can read another person's habits
 * (or missed days) from the list.
 */
export const checkinSharedView = z.object({
  audience: z.literal("other"),
  id: z.string(),
  authorId: z.string(),
  kind: z.enum(checkinKinds),
  submittedAt: z.iso.datetime(),
  trustNow: rating.optional(),
  elements: elementRatingsView.optional(),
  emotions: emotionIntensitiesView.optional(),
  signs: z.array(z.enum(trustSigns)).optional(),
  need: z.string().optional(),
});
export type CheckinSharedViewJson = z.infer<typeof checkinSharedView>;

export const myCheckinsView = z.object({ checkins: z.array(checkinAuthorView) });
export type MyCheckinsView = z.infer<typeof myCheckinsView>;
export const theirCheckinsView = z.object({ checkins: z.array(checkinSharedView) });
export type TheirCheckinsView = z.infer<typeof theirCheckinsView>;

/**
 * What is due for the viewer today, for a gentle line on the home page. Only ever about the viewer;
 * nothing about anyone's missed days is shown to the other person. `reminder` is null when nothing
 * is due, and `nothingDue` says why. `streakDays` counts consecutive days with a check-in (0 when there is none to celebrate).
 */
export const dueCheckinsView = z.object({
  daily: z.boolean(),
  weekly: z.boolean(),
  streakDays: z.int().min(0),
  reminder: z.string().nullable(),
  /** What to say instead while `reminder` is null, in the words of the person's own rhythm. */
  nothingDue: z.string(),
});
export type DueCheckinsView = z.infer<typeof dueCheckinsView>;

/**
 * The rhythm a person keeps their own check-ins to, chosen by them: "auto" follows what they do
 * (daily while they check in daily, weekly otherwise); "weekly" falls on `weekday` (0 is Sunday,
 * as the calendar counts); "off" keeps no rhythm, so nothing reminds them and their calendar shows
 * none. The time zone is the one their evenings are read in. Private to its owner: it never reaches
 * the other person in any view, export, fact or stream.
 */
export const checkinCadenceInput = z.discriminatedUnion(
  "rhythm",
  [
    z.strictObject({ rhythm: z.literal("auto") }),
    z.strictObject({ rhythm: z.literal("daily"), timeZone: timeZoneSchema }),
    z.strictObject({
      rhythm: z.literal("weekly"),
      weekday: z
        .int({ error: "Choose a day of the week." })
        .min(0)
        .max(6, { error: "Choose a day of the week." }),
      timeZone: timeZoneSchema,
    }),
    z.strictObject({ rhythm: z.literal("off") }),
  ],
  { error: "Choose how often you want to check in." },
);
export type CheckinCadenceInput = z.infer<typeof checkinCadenceInput>;
export const checkinCadenceView = checkinCadenceInput;
export type CheckinCadenceView = CheckinCadenceInput;
