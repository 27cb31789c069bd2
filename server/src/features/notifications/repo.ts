import type { NotificationPreferencesInput, PushSubscriptionInput } from "@mend/core/notifications/contract";
import type { ReminderDelivery } from "@mend/core/reminders/kinds";
import { and, count, eq, inArray, isNull, lt, lte, min, or } from "drizzle-orm";
import type { Database } from "../../db/database.ts";
import {
  notificationDeliveries,
  notificationPreferences,
  pushSubscriptions,
  reminderDigestItems,
} from "./tables.ts";

export type PreferencesRow = typeof notificationPreferences.$inferSelect;
export type PushSubscriptionRow = typeof pushSubscriptions.$inferSelect;
export type DigestItemRow = typeof reminderDigestItems.$inferSelect;

export function notificationsRepo(db: Database) {
  const dropDigest = async (accountId: string) => {
    await db.delete(reminderDigestItems).where(eq(reminderDigestItems.accountId, accountId));
  };
  return {
    async preferencesOf(accountId: string): Promise<PreferencesRow | undefined> {
      const [row] = await db
        .select()
        .from(notificationPreferences)
        .where(eq(notificationPreferences.accountId, accountId));
      return row;
    },

    async savePreferences(accountId: string, input: NotificationPreferencesInput, now: Date) {
      const values = {
        kinds: input.kinds,
        push: input.push,
        email: input.email,
        quietStart: input.quietHours?.start ?? null,
        quietEnd: input.quietHours?.end ?? null,
        detail: input.detail,
        timeZone: input.timeZone,
        updatedAt: now,
      };
      await db
        .insert(notificationPreferences)
        .values({ accountId, ...values })
        .onConflictDoUpdate({ target: notificationPreferences.accountId, set: values });
      if (!input.email) await dropDigest(accountId);
    },

    async turnEmailOff(accountId: string, now: Date) {
      await db
        .update(notificationPreferences)
        .set({ email: false, updatedAt: now })
        .where(eq(notificationPreferences.accountId, accountId));
      await dropDigest(accountId);
    },

    /**
     * Keeps a device's subscription for `accountId`. The same browser subscribing again (its push
     * service hands out one address per subscription) replaces its keys, and moves to whoever is
     * signed in now, so a shared device never reaches the person who used it before.
     */
    async saveSubscription(accountId: string, input: PushSubscriptionInput, label: string, now: Date) {
      const values = { accountId, p256dh: input.keys.p256dh, auth: input.keys.auth, label, createdAt: now };
      await db
        .insert(pushSubscriptions)
        .values({ endpoint: input.endpoint, ...values })
        .onConflictDoUpdate({ target: pushSubscriptions.endpoint, set: values });
    },

    async removeSubscription(accountId: string, endpoint: string) {
      await db
        .delete(pushSubscriptions)
        .where(and(eq(pushSubscriptions.accountId, accountId), eq(pushSubscriptions.endpoint, endpoint)));
    },

    async removeSubscriptionById(id: string) {
      await db.delete(pushSubscriptions).where(eq(pushSubscriptions.id, id));
    },

    async subscriptionsOf(accountId: string): Promise<PushSubscriptionRow[]> {
      return db.select().from(pushSubscriptions).where(eq(pushSubscriptions.accountId, accountId));
    },

    async countSubscriptions(accountId: string): Promise<number> {
      const [row] = await db
        .select({ n: count() })
        .from(pushSubscriptions)
        .where(eq(pushSubscriptions.accountId, accountId));
      return row?.n ?? 0;
    },

    async subscription(id: string): Promise<PushSubscriptionRow | undefined> {
      const [row] = await db.select().from(pushSubscriptions).where(eq(pushSubscriptions.id, id));
      return row;
    },

    /** Records a reminder as sent; false when it was recorded before (it must not be sent again). */
    async recordDelivery(delivery: ReminderDelivery, now: Date): Promise<boolean> {
      const inserted = await db
        .insert(notificationDeliveries)
        .values({ ...delivery, recordedAt: now })
        .onConflictDoNothing({ target: [notificationDeliveries.accountId, notificationDeliveries.key] })
        .returning({ key: notificationDeliveries.key });
      return inserted.length > 0;
    },

    /** Keeps a reminder for the person's next email digest; a key kept before is kept once. */
    async addToDigest(delivery: ReminderDelivery, now: Date) {
      await db
        .insert(reminderDigestItems)
        .values({ ...delivery, recordedAt: now })
        .onConflictDoNothing({ target: [reminderDigestItems.accountId, reminderDigestItems.key] });
    },

    /**
     * Everyone whose oldest reminder free to take was recorded at or before `gatheredBy`: free means
     * unclaimed, or claimed before `claimsLapsedBefore` by a run that never finished.
     */
    async accountsWithDigestDue(gatheredBy: Date, claimsLapsedBefore: Date): Promise<string[]> {
      const rows = await db
        .select({ accountId: reminderDigestItems.accountId })
        .from(reminderDigestItems)
        .where(free(claimsLapsedBefore))
        .groupBy(reminderDigestItems.accountId)
        .having(lte(min(reminderDigestItems.recordedAt), gatheredBy));
      return rows.map((row) => row.accountId);
    },

    /**
     * Claims everything free to take for one person, stamped `now`. Two app servers claiming at once
     * cannot both get a row: the second update waits for the first transaction, then finds the row
     * claimed and leaves it.
     */
    async claimDigest(accountId: string, now: Date, claimsLapsedBefore: Date): Promise<DigestItemRow[]> {
      return db
        .update(reminderDigestItems)
        .set({ claimedAt: now })
        .where(and(eq(reminderDigestItems.accountId, accountId), free(claimsLapsedBefore)))
        .returning();
    },

    /** Removes reminders of one claim: sent, or no longer worth mentioning. */
    async dropClaimed(items: DigestItemRow[]) {
      await whereClaimed(items, (condition) => db.delete(reminderDigestItems).where(condition));
    },

    /** Lets go of a claim whose email could not be sent, so the job's retry takes the reminders again. */
    async releaseClaimed(items: DigestItemRow[]) {
      await whereClaimed(items, (condition) =>
        db.update(reminderDigestItems).set({ claimedAt: null }).where(condition),
      );
    },
  };
}

/** Digest items nobody is sending: never claimed, or claimed by a run that died before `lapsedBefore`. */
const free = (lapsedBefore: Date) =>
  or(isNull(reminderDigestItems.claimedAt), lt(reminderDigestItems.claimedAt, lapsedBefore));

/** Runs `change` on one person's `items`, as long as they still carry the claim they were taken with. */
async function whereClaimed(
  items: DigestItemRow[],
  change: (condition: ReturnType<typeof and>) => Promise<unknown>,
) {
  const [first] = items;
  if (!first?.claimedAt) return;
  await change(
    and(
      eq(reminderDigestItems.accountId, first.accountId),
      eq(reminderDigestItems.claimedAt, first.claimedAt),
      inArray(
        reminderDigestItems.key,
        items.map((item) => item.key),
      ),
    ),
  );
}
