import type { Agent } from "node:https";
import { reminderDeliverySchema } from "@mend/core/notifications/contract";
import { notificationText, reminderEmailSubject } from "@mend/core/notifications/messages";
import { quietHoursEnd } from "@mend/core/notifications/quiet-hours";
import { type ReminderKind, reminderKinds } from "@mend/core/reminders/kinds";
import { z } from "zod";
import type { Config } from "../../config.ts";
import type { Database } from "../../db/database.ts";
import type { JobDefinition } from "../../jobs/engine.ts";
import type { JobSender } from "../../jobs/sender.ts";
import { issueResetLink } from "../accounts/operator.ts";
import { accountsRepo } from "../accounts/repo.ts";
import { lockRoomToInvite, openInvitation } from "../invitations/service.ts";
import { spacesRepo } from "../spaces/repo.ts";
import { emailOffToken } from "./email-off.ts";
import { type Mailer, smtpMailer } from "./mail.ts";
import { isGoneForGood, sendPush, vapidKeys, vapidSubject } from "./push.ts";
import { isKnownPushService } from "./push-services.ts";
import { type DigestItemRow, notificationsRepo, type PreferencesRow } from "./repo.ts";

export interface NotificationJobDeps {
  db: Database;
  config: Pick<Config, "publicUrl" | "mail" | "pushServices">;
  clock: () => Date;
  /** Where the reminder job queues a later try (quiet hours) and each channel's own job. */
  jobs: JobSender;
  /** The SMTP server; read from the config unless a test gives its own. */
  mailer?: Mailer;
  /** Only for tests: trusts the certificate of a local push service. */
  pushAgent?: Agent;
  /** Only for tests: shorter waits between a channel's tries, so that dropping one can be watched. */
  channelRetry?: JobDefinition["retry"];
}

/**
 * A channel's delivery is its own job, retried with growing waits (1, 2, 4, 8 minutes) and then
 * dropped: the engine's log line then says only the queue and the kind of failure.
 */
const channelRetry = { limit: 4, delaySeconds: 60 };

const pushData = z.strictObject({ subscriptionId: z.uuid(), kind: z.enum(reminderKinds) });
export const mailData = z.discriminatedUnion("purpose", [
  z.strictObject({ purpose: z.literal("reset-link"), accountId: z.uuid() }),
  z.strictObject({
    purpose: z.literal("invitation"),
    accountId: z.uuid(),
    spaceId: z.uuid(),
    to: z.string(),
  }),
]);
export type MailRequest = z.infer<typeof mailData>;

const quietHoursOf = (row: PreferencesRow) =>
  row.quietStart && row.quietEnd ? { start: row.quietStart, end: row.quietEnd } : null;

/**
 * Queue "notify": one reminder (`ReminderDelivery`) on its way to one person. Whoever decides that a
 * reminder is due sends it here: `jobs.send({ queue: "notify", data: delivery })`.
 *
 * In one transaction it checks that the person is still a member of the space and has this kind
 * switched on, then records the delivery under the person's (account, key): a reminder reached
 * twice finds it recorded and sends nothing. With email on, the same transaction keeps the reminder
 * for the person's next email digest (the "digest" job). During the person's quiet hours nothing is
 * recorded; the job is sent again to start when they end. Each device gets a push job of its own,
 * queued in the same transaction.
 */
export function notifyJob(deps: NotificationJobDeps): JobDefinition {
  const { db, clock, jobs } = deps;
  const emailAvailable = Boolean(deps.mailer ?? deps.config.mail);
  return {
    queue: "notify",
    policy: "standard",
    retry: { limit: 3, delaySeconds: 30 },
    expireSeconds: 120,
    async run(data) {
      const delivery = reminderDeliverySchema.parse(data);
      const decision = await db.transaction(async (tx) => {
        const repo = notificationsRepo(tx);
        const preferences = await repo.preferencesOf(delivery.accountId);
        if (!preferences?.kinds.includes(delivery.kind)) return undefined;
        if (!(await spacesRepo(tx).findMembership(delivery.spaceId, delivery.accountId))) return undefined;
        const now = clock();
        const quietUntil = quietHoursEnd(now, quietHoursOf(preferences), preferences.timeZone);
        if (quietUntil) return { quietUntil };
        if (!(await repo.recordDelivery(delivery, now))) return undefined;
        if (preferences.email && emailAvailable) await repo.addToDigest(delivery, now);
        // Queued in this transaction: the delivery is recorded if and only if its pushes are queued,
        // so a crash at any point neither loses them (the job's retry finds nothing recorded) nor
        // sends them twice (a retry after the commit finds the delivery recorded).
        for (const subscription of preferences.push ? await repo.subscriptionsOf(delivery.accountId) : []) {
          await jobs.send({
            queue: "push",
            data: { subscriptionId: subscription.id, kind: delivery.kind },
            within: tx,
          });
        }
        return undefined;
      });
      if (decision) await jobs.send({ queue: "notify", data: delivery, startAfter: decision.quietUntil });
    },
  };
}

/**
 * Queue "push": one reminder to one device. The message says what the person's detail level allows
 * and nothing else (no names, no content); a push service answering 404 or 410 means the device is
 * gone, and its subscription is removed, as is one whose push service is not allowed here.
 */
export function pushJob(deps: NotificationJobDeps): JobDefinition {
  const { db, clock } = deps;
  let keys: ReturnType<typeof vapidKeys> | undefined;
  return {
    queue: "push",
    policy: "standard",
    retry: deps.channelRetry ?? channelRetry,
    expireSeconds: 120,
    async run(data) {
      const { subscriptionId, kind } = pushData.parse(data);
      const repo = notificationsRepo(db);
      const subscription = await repo.subscription(subscriptionId);
      if (!subscription) return;
      // A device that subscribed through a service no longer allowed here is never sent to again.
      if (!isKnownPushService(subscription.endpoint, deps.config.pushServices)) {
        await repo.removeSubscriptionById(subscription.id);
        return;
      }
      const preferences = await repo.preferencesOf(subscription.accountId);
      if (!preferences?.push) return;
      keys ??= vapidKeys(db, clock()).catch((error: unknown) => {
        keys = undefined;
        throw error;
      });
      const text = notificationText(kind, preferences.detail);
      try {
        await sendPush(
          subscription,
          { ...text, kind, url: "/" },
          {
            keys: await keys,
            subject: vapidSubject(deps.config),
            ...(deps.pushAgent ? { agent: deps.pushAgent } : {}),
          },
        );
      } catch (error) {
        if (!isGoneForGood(error)) throw error;
        await repo.removeSubscriptionById(subscription.id);
      }
    },
  };
}

/**
 * The words of a digest: what is waiting, as the detail level allows (discreet: one sentence, no
 * count; more detail: one line per kind, no names, no content, no count), a link, a way out.
 */
function digestEmail(kinds: ReminderKind[] | undefined, publicUrl: string, emailOffUrl: string): string {
  const waiting = kinds
    ? ["Waiting for you in Mend:", ...kinds.map((kind) => `- ${notificationText(kind, "more").body}`)]
    : ["Something is waiting for you in Mend."];
  return [
    ...waiting,
    "",
    `Open Mend: ${publicUrl}/`,
    "",
    "You get these emails because you turned on reminder emails in Mend. To stop them, open this link",
    "(you don't need to log in):",
    emailOffUrl,
    "",
  ].join("\n");
}

function invitationEmail(link: string, until: string): string {
  return [
    "Someone you know has invited you to a private space for two in Mend. Open this link to join.",
    `It works once, until ${until} (UTC):`,
    link,
    "",
    "If you weren't expecting this, you can ignore this email.",
    "",
  ].join("\n");
}

function resetEmail(link: string): string {
  return [
    "Someone asked for a new password for your Mend account. If it was you, open this link to",
    "choose one. It works once, for one hour:",
    link,
    "",
    "If it wasn't you, you can ignore this email: your password stays as it is.",
    "",
  ].join("\n");
}

/**
 * Queue "mail": one email sent as soon as it is asked for (reminders go by the "digest" job). A reset link or an invitation link is made here, when the email is written, so no link ever waits in
 * the queue (only its hash is stored, as for links made on screen). An invitation is made only while
 * its sender is still in the space and nobody has joined; it cancels any link open before.
 */
export function mailJob(deps: NotificationJobDeps): JobDefinition {
  const { db, clock, config } = deps;
  const mailer = deps.mailer ?? smtpMailer(config);
  return {
    queue: "mail",
    policy: "standard",
    retry: deps.channelRetry ?? channelRetry,
    expireSeconds: 120,
    async run(data) {
      if (!mailer) return;
      const request = mailData.parse(data);
      const account = await accountsRepo(db).findById(request.accountId);
      if (!account || account.disabledAt) return;
      if (request.purpose === "invitation") {
        const opened = await db.transaction(async (tx) => {
          const membership = await spacesRepo(tx).findMembership(request.spaceId, account.id);
          if (!membership) return undefined;
          await lockRoomToInvite(tx, request.spaceId);
          return openInvitation(tx, request.spaceId, membership.member.id, clock());
        });
        if (!opened) return;
        await mailer.send({
          to: request.to,
          subject: "An invitation to Mend",
          text: invitationEmail(
            `${config.publicUrl}/join/${opened.token}`,
            opened.invitation.expiresAt.toISOString().slice(0, 16).replace("T", " "),
          ),
        });
        return;
      }
      const { token } = await db.transaction((tx) => issueResetLink(tx, account.id, clock()));
      await mailer.send({
        to: account.email,
        subject: "Mend: a link to choose a new password",
        text: resetEmail(`${config.publicUrl}/reset#${token}`),
      });
    },
  };
}

/** How long a digest waits after its first reminder, so that a burst of reminders becomes one email. */
export const digestGatheringMinutes = 30;

/**
 * How long a digest run's claim on a person's reminders holds. A run that died before sending (kill
 * -9, a lost machine) leaves its claim, and the next run after this takes the reminders again. It is
 * well beyond the longest an SMTP send can take (nodemailer gives up on a silent connection after
 * ten minutes), so a run still sending never has its reminders taken from under it.
 */
export const digestClaimMinutes = 30;

/**
 * Queue "digest", every 15 minutes, one run at a time: one email for each person whose oldest waiting
 * reminder has waited `digestGatheringMinutes`, unless their quiet hours are on (it waits for a later
 * run). Each person's reminders are claimed (stamped with the run's time) in one short transaction
 * before the email is written, so two app servers never send the same ones; the email is sent after
 * that transaction, not inside it (an open transaction would hold the embedded database's one
 * connection for as long as the mail server takes). Only once the mail server has taken the email are
 * the reminders removed. When sending fails, the claim is let go and the run fails, so its retry sends
 * them; when the run dies, the claim lapses after `digestClaimMinutes` and a later run sends them.
 */
export function digestJob(deps: NotificationJobDeps): JobDefinition {
  const { db, clock, config } = deps;
  const mailer = deps.mailer ?? smtpMailer(config);

  /** Claims what is still worth sending to one person now; undefined when there is nothing to send. */
  const claim = (accountId: string, now: Date, claimsLapsedBefore: Date) =>
    db.transaction(async (tx) => {
      const repo = notificationsRepo(tx);
      const preferences = await repo.preferencesOf(accountId);
      if (preferences?.email && quietHoursEnd(now, quietHoursOf(preferences), preferences.timeZone)) {
        return undefined;
      }
      const items = await repo.claimDigest(accountId, now, claimsLapsedBefore);
      const account = await accountsRepo(tx).findById(accountId);
      // A kind switched off, or a space left, since the reminder was recorded is no longer mentioned.
      const kept: DigestItemRow[] = [];
      for (const item of items) {
        if (!preferences?.email || !account || account.disabledAt) continue;
        if (!preferences.kinds.includes(item.kind)) continue;
        if (!(await spacesRepo(tx).findMembership(item.spaceId, accountId))) continue;
        kept.push(item);
      }
      await repo.dropClaimed(items.filter((item) => !kept.includes(item)));
      return kept.length > 0 && account && preferences
        ? { email: account.email, detail: preferences.detail, items: kept }
        : undefined;
    });

  return {
    queue: "digest",
    schedule: { cron: "*/15 * * * *", timeZone: "UTC" },
    policy: "singleton",
    retry: deps.channelRetry ?? channelRetry,
    expireSeconds: 600,
    async run() {
      if (!mailer) return;
      const now = clock();
      const gatheredBy = new Date(now.getTime() - digestGatheringMinutes * 60_000);
      const claimsLapsedBefore = new Date(now.getTime() - digestClaimMinutes * 60_000);
      let failure: unknown;
      for (const accountId of await notificationsRepo(db).accountsWithDigestDue(
        gatheredBy,
        claimsLapsedBefore,
      )) {
        const claimed = await claim(accountId, now, claimsLapsedBefore);
        if (!claimed) continue;
        try {
          const emailOffUrl = `${config.publicUrl}/email-off?t=${await emailOffToken(db, accountId, now)}`;
          const kinds = reminderKinds.filter((kind) => claimed.items.some((item) => item.kind === kind));
          await mailer.send({
            to: claimed.email,
            subject: reminderEmailSubject,
            text: digestEmail(claimed.detail === "more" ? kinds : undefined, config.publicUrl, emailOffUrl),
            unsubscribeUrl: emailOffUrl,
          });
        } catch (error) {
          await notificationsRepo(db).releaseClaimed(claimed.items);
          // The others are still sent; the run fails at the end so that its retry tries this one again.
          failure ??= error;
          continue;
        }
        await notificationsRepo(db).dropClaimed(claimed.items);
      }
      if (failure) throw failure;
    },
  };
}

/** Every job that takes a reminder or an email to a person. */
export function notificationJobs(deps: NotificationJobDeps): JobDefinition[] {
  return [notifyJob(deps), pushJob(deps), mailJob(deps), digestJob(deps)];
}
