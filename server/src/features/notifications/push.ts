import type { Agent } from "node:https";
import webpush from "web-push";
import type { Config } from "../../config.ts";
import type { Database } from "../../db/database.ts";
import { accountsRepo } from "../accounts/repo.ts";
import type { PushSubscriptionRow } from "./repo.ts";

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
}

/**
 * The server's VAPID key pair: made once by whichever app server needs it first and kept with the
 * other server secrets, so every app server signs alike and devices stay subscribed across restarts.
 */
export async function vapidKeys(db: Database, now: Date): Promise<VapidKeys> {
  const stored = await accountsRepo(db).serverSecret(
    "vapid_keys",
    () => JSON.stringify(webpush.generateVAPIDKeys()),
    now,
  );
  return JSON.parse(stored) as VapidKeys;
}

/**
 * Who push services may contact about this server's messages: its https address, or else the
 * sender of its email. Push services accept nothing else.
 */
export function vapidSubject(config: Pick<Config, "publicUrl" | "mail">): string {
  const publicUrl = new URL(config.publicUrl);
  if (publicUrl.protocol === "https:") return publicUrl.origin;
  const address = config.mail?.from.match(/<([^>]+)>/)?.[1] ?? config.mail?.from;
  return `mailto:${address ?? `mend@${publicUrl.hostname}`}`;
}

/** The push service said this device's subscription is gone for good (unsubscribed, uninstalled). */
export const isGoneForGood = (error: unknown) => {
  const status = (error as { statusCode?: unknown }).statusCode;
  return status === 404 || status === 410;
};

/**
 * Sends one encrypted message (RFC 8291) to a device's push service, signed with the server's VAPID
 * key (RFC 8292). `agent` lets a test trust its own local push service's certificate.
 */
export async function sendPush(
  subscription: PushSubscriptionRow,
  payload: object,
  options: { keys: VapidKeys; subject: string; agent?: Agent },
): Promise<void> {
  await webpush.sendNotification(
    { endpoint: subscription.endpoint, keys: { p256dh: subscription.p256dh, auth: subscription.auth } },
    JSON.stringify(payload),
    {
      vapidDetails: { subject: options.subject, ...options.keys },
      // A reminder still useful half a day later; after that the push service may drop it.
      TTL: 12 * 3600,
      timeout: 15_000,
      ...(options.agent ? { agent: options.agent } : {}),
    },
  );
}
