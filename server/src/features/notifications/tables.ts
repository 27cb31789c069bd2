import type { DetailLevel } from "@mend/core/notifications/contract";
import type { ReminderKind } from "@mend/core/reminders/kinds";
import { boolean, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { accounts } from "../accounts/tables.ts";
import { spaces } from "../spaces/tables.ts";

/**
 * How reminders reach one person: read and changed only by that person, never shown, exported or
 * streamed to anyone else. No row means everything is off (the defaults in core).
 */
export const notificationPreferences = pgTable("notification_preferences", {
  accountId: uuid("account_id")
    .primaryKey()
    .references(() => accounts.id, { onDelete: "cascade" }),
  kinds: jsonb("kinds").$type<ReminderKind[]>().notNull(),
  push: boolean("push").notNull(),
  email: boolean("email").notNull(),
  quietStart: text("quiet_start"),
  quietEnd: text("quiet_end"),
  detail: text("detail").$type<DetailLevel>().notNull(),
  timeZone: text("time_zone").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
});

/**
 * A device that receives push reminders: the address its browser's push service gave it and the keys
 * the message is encrypted with. The label is read from the browser's User-Agent when it subscribes
 * (browser family and system, as for sessions), never from an address.
 */
export const pushSubscriptions = pgTable(
  "push_subscriptions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    endpoint: text("endpoint").notNull().unique(),
    p256dh: text("p256dh").notNull(),
    auth: text("auth").notNull(),
    label: text("label").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (table) => [index("push_subscriptions_account_idx").on(table.accountId)],
);

/**
 * Each reminder that was sent, once: the reminder's key is unique per person, so a reminder reached
 * twice (two app servers, a retried job) finds its row and sends nothing more. Only the kind is kept.
 */
export const notificationDeliveries = pgTable(
  "notification_deliveries",
  {
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    spaceId: uuid("space_id")
      .notNull()
      .references(() => spaces.id, { onDelete: "cascade" }),
    kind: text("kind").$type<ReminderKind>().notNull(),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.accountId, table.key] }),
    index("notification_deliveries_space_idx").on(table.spaceId),
  ],
);

/**
 * Reminders waiting for the person's next email digest: recorded by the "notify" job together with
 * the delivery, claimed by the "digest" job while it sends them as one email, and removed once the
 * mail server has taken it. Only the kind is kept, so a digest can say what kind of thing is waiting
 * and nothing more; turning email off empties it.
 */
export const reminderDigestItems = pgTable(
  "reminder_digest_items",
  {
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    kind: text("kind").$type<ReminderKind>().notNull(),
    spaceId: uuid("space_id")
      .notNull()
      .references(() => spaces.id, { onDelete: "cascade" }),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull(),
    /**
     * When a digest run took this reminder to send it; another run leaves it alone until the claim
     * is `digestClaimMinutes` old (the run that took it died before sending).
     */
    claimedAt: timestamp("claimed_at", { withTimezone: true }),
  },
  (table) => [
    primaryKey({ columns: [table.accountId, table.key] }),
    index("reminder_digest_items_space_idx").on(table.spaceId),
  ],
);
