import { z } from "zod";
import { emailSchema } from "../accounts/email.ts";
import { type ReminderDelivery, type ReminderKind, reminderKinds } from "../reminders/kinds.ts";

/**
 * How reminders reach a person: which kinds, on which channels, when not, and how much they say.
 * Only the person themselves ever reads or changes these; the other person never learns whether
 * anything is switched on.
 */

/** "discreet" says only that something is waiting; "more" names the kind of thing, never who or what. */
export const detailLevels = ["discreet", "more"] as const;
export type DetailLevel = (typeof detailLevels)[number];

export const timeOfDay = z
  .string({ error: "Give a time of day such as 22:00." })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "Give a time of day such as 22:00." });

/** An IANA time zone this runtime knows (Europe/London, America/New_York…). */
export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const timeZoneSchema = z
  .string({ error: "Choose a time zone." })
  .max(64, { error: "That time zone isn't known." })
  .refine(isKnownTimeZone, { error: "That time zone isn't known." });

export const quietHoursSchema = z.strictObject({ start: timeOfDay, end: timeOfDay });
export type QuietHours = z.infer<typeof quietHoursSchema>;

export const defaultQuietHours: QuietHours = { start: "22:00", end: "08:00" };

export const notificationPreferencesInput = z.strictObject({
  /** The kinds switched on; every other kind is off. */
  kinds: z
    .array(z.enum(reminderKinds, { error: "That isn't a kind of reminder Mend sends." }))
    .max(reminderKinds.length),
  push: z.boolean(),
  email: z.boolean(),
  /** No reminder arrives between start and end (in `timeZone`); null: any time. */
  quietHours: quietHoursSchema.nullable(),
  detail: z.enum(detailLevels, { error: "Choose how much a reminder says." }),
  timeZone: timeZoneSchema,
});
export type NotificationPreferencesInput = z.infer<typeof notificationPreferencesInput>;

export const notificationPreferencesView = z.object({
  kinds: z.array(z.enum(reminderKinds)),
  push: z.boolean(),
  email: z.boolean(),
  quietHours: quietHoursSchema.nullable(),
  detail: z.enum(detailLevels),
  /** Null until the person first saves: the page then offers the browser's own time zone. */
  timeZone: z.string().nullable(),
  /** How many devices of this person receive push reminders. */
  pushDevices: z.number(),
});
export type NotificationPreferencesView = z.infer<typeof notificationPreferencesView>;

/** Everything off until the person chooses: reminders are opt-in, kind by kind. */
export const defaultPreferences: Omit<NotificationPreferencesView, "pushDevices"> = {
  kinds: [],
  push: true,
  email: false,
  quietHours: defaultQuietHours,
  detail: "discreet",
  timeZone: null,
};

const base64url = (max: number) =>
  z
    .string({ error: "This device's notification keys are missing." })
    .min(1)
    .max(max)
    .regex(/^[A-Za-z0-9_-]+=*$/, { error: "This device's notification keys can't be read." });

/** An https address with a host name (push services' addresses are all of this shape). */
const isHttpsAddress = (value: string) => /^https:\/\/[A-Za-z0-9.-]+(:\d{1,5})?(\/|$)/.test(value);

/** What a browser's PushManager.subscribe() gives back (PushSubscription.toJSON()). */
export const pushSubscriptionInput = z.strictObject({
  endpoint: z
    .string({ error: "This device's notification address is missing." })
    .max(2048)
    // Push services hand out plain ASCII addresses; anything else cannot be one (and must not bloat its index).
    .regex(/^[\x21-\x7e]+$/, { error: "This device's notification address can't be read." })
    .refine(isHttpsAddress, { error: "This device's notification address isn't a secure web address." }),
  keys: z.strictObject({ p256dh: base64url(200), auth: base64url(100) }),
});
export type PushSubscriptionInput = z.infer<typeof pushSubscriptionInput>;

export const pushUnsubscribeInput = z.strictObject({ endpoint: pushSubscriptionInput.shape.endpoint });
export type PushUnsubscribeInput = z.infer<typeof pushUnsubscribeInput>;

export const pushPublicKeyView = z.object({ publicKey: z.string() });
export type PushPublicKeyView = z.infer<typeof pushPublicKeyView>;

/** What the reminder job is handed (the shape of `ReminderDelivery`), checked before it is trusted. */
export const reminderDeliverySchema = z.strictObject({
  accountId: z.uuid(),
  spaceId: z.uuid(),
  kind: z.enum(reminderKinds),
  key: z.string().min(1).max(300),
}) satisfies z.ZodType<ReminderDelivery>;

export type { ReminderKind };

/** "Email me a reset link": answered the same whether or not the address has an account. */
export const emailResetLinkInput = z.strictObject({ email: emailSchema });
export type EmailResetLinkInput = z.infer<typeof emailResetLinkInput>;

/** "Email the link": Mend makes a new invitation link and sends it to this address. */
export const emailInvitationInput = z.strictObject({ email: emailSchema });
export type EmailInvitationInput = z.infer<typeof emailInvitationInput>;
