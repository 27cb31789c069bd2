import {
  defaultPreferences,
  type NotificationPreferencesInput,
  type NotificationPreferencesView,
  type PushSubscriptionInput,
} from "@mend/core/notifications/contract";
import type { Config } from "../../config.ts";
import type { Database } from "../../db/database.ts";
import { AppError } from "../../http/errors.ts";
import type { JobSender } from "../../jobs/sender.ts";
import { type Attempter, passwordAttempts } from "../accounts/password-attempts.ts";
import { accountsRepo } from "../accounts/repo.ts";
import { describeUserAgent } from "../accounts/user-agent.ts";
import { lockRoomToInvite } from "../invitations/service.ts";
import { requireMembership } from "../spaces/service.ts";
import { accountOfEmailOffToken } from "./email-off.ts";
import type { MailRequest } from "./jobs.ts";
import { vapidKeys } from "./push.ts";
import { isKnownPushService } from "./push-services.ts";
import { notificationsRepo } from "./repo.ts";

const noEmail = () =>
  new AppError(
    "validation_failed",
    "This Mend can't send email. Ask whoever runs it to set up an email server.",
    {
      fields: { email: "This Mend can't send email." },
    },
  );

const unknownPushService = () =>
  new AppError(
    "validation_failed",
    "This browser's notification service isn't one this Mend sends to. Try a current Chrome, Edge, Firefox or Safari, or ask whoever runs Mend to allow it.",
    { fields: { endpoint: "This browser's notification service isn't one this Mend sends to." } },
  );

/**
 * A person's own reminder settings and devices. Nothing here records a space event, reaches a live
 * stream or an export of anyone else: whether someone turned reminders on is theirs alone.
 */
export function notificationsService(deps: {
  db: Database;
  clock: () => Date;
  config: Pick<Config, "mail" | "pushServices">;
  jobs: JobSender;
}) {
  const { db, clock, config, jobs } = deps;
  const repo = notificationsRepo(db);
  const attempts = passwordAttempts({ repo: accountsRepo(db), clock });

  async function preferences(accountId: string): Promise<NotificationPreferencesView> {
    const row = await repo.preferencesOf(accountId);
    const pushDevices = await repo.countSubscriptions(accountId);
    if (!row) return { ...defaultPreferences, pushDevices };
    return {
      kinds: row.kinds,
      push: row.push,
      email: row.email,
      quietHours: row.quietStart && row.quietEnd ? { start: row.quietStart, end: row.quietEnd } : null,
      detail: row.detail,
      timeZone: row.timeZone,
      pushDevices,
    };
  }

  return {
    preferences,

    async savePreferences(accountId: string, input: NotificationPreferencesInput) {
      if (input.email && !config.mail) throw noEmail();
      await repo.savePreferences(accountId, input, clock());
      return preferences(accountId);
    },

    async publicKey(): Promise<{ publicKey: string }> {
      return { publicKey: (await vapidKeys(db, clock())).publicKey };
    },

    /** The label is only the browser and system words, so the person can tell their devices apart. */
    async subscribe(accountId: string, input: PushSubscriptionInput, userAgent: string | undefined) {
      if (!isKnownPushService(input.endpoint, config.pushServices)) throw unknownPushService();
      const { browser, os } = describeUserAgent(userAgent);
      const label = [browser, os].filter(Boolean).join(" on ") || "A browser";
      await repo.saveSubscription(accountId, input, label, clock());
    },

    async unsubscribe(accountId: string, endpoint: string) {
      await repo.removeSubscription(accountId, endpoint);
    },

    /** Turns reminder emails off for the person a link was made for; false when the link is not ours. */
    async emailOff(token: string): Promise<boolean> {
      const accountId = await accountOfEmailOffToken(db, token, clock());
      if (!accountId) return false;
      await repo.turnEmailOff(accountId, clock());
      return true;
    },

    /**
     * "Email the link": checks now that the person may invite (a member, the space not full), and
     * queues the email; the mail job makes the link as it writes it.
     */
    async emailInvitation(accountId: string, spaceId: string, to: string): Promise<void> {
      await db.transaction(async (tx) => {
        // Membership first: a stranger learns nothing, not even whether this Mend sends email.
        await requireMembership(tx, accountId, spaceId);
        if (!config.mail) throw noEmail();
        await lockRoomToInvite(tx, spaceId);
      });
      const request: MailRequest = { purpose: "invitation", accountId, spaceId, to };
      await jobs.send({ queue: "mail", data: request });
    },

    /**
     * "Email me a reset link". Each request spends the same budgets as a wrong password for that
     * email, and the answer is the same whether or not the address has an account; the link is
     * made and sent by the mail job.
     */
    async emailResetLink(email: string, attempter: Attempter): Promise<void> {
      if (!config.mail) throw noEmail();
      await attempts.check(email, attempter, async () => {
        const account = await accountsRepo(db).findByEmail(email);
        if (account && !account.disabledAt) {
          const request: MailRequest = { purpose: "reset-link", accountId: account.id };
          await jobs.send({ queue: "mail", data: request });
        }
        // Never a success: asking for links must not reset the delay that guessing builds up.
        return false;
      });
    },
  };
}

export type NotificationsService = ReturnType<typeof notificationsService>;
