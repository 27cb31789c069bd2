import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { trustedDevicePolicy } from "@mend/core/accounts/login-throttle";

/**
 * Device cookies (OWASP "Slow Down Online Guessing Attacks with Device Cookies"). A browser gets one
 * entry per account it signed in to: `nonce.issuedAt.mac`, where the MAC is an HMAC-SHA256 over the
 * login name, the nonce and the time of issue. The login name is bound by the MAC rather than written
 * out, so the cookie does not tell anyone looking at the browser which accounts used it. Entries are
 * joined with `~`, newest first.
 */
const entrySeparator = "~";
const entryPattern = /^([A-Za-z0-9_-]{22})\.([0-9a-z]{1,12})\.([A-Za-z0-9_-]{43})$/;

function mac(key: Buffer, login: string, nonce: string, issuedAt: string): Buffer {
  return createHmac("sha256", key)
    .update(JSON.stringify([login, nonce, issuedAt]))
    .digest();
}

function entriesOf(cookie: string | undefined): string[] {
  if (!cookie) return [];
  return cookie.split(entrySeparator).slice(0, trustedDevicePolicy.accountsPerBrowser);
}

/** The random part of the entry that proves this browser signed in to `login` before, if one does. */
function trustedEntry(
  cookie: string | undefined,
  login: string,
  key: Buffer,
  now: Date,
): { entry: string; nonce: string } | undefined {
  for (const entry of entriesOf(cookie)) {
    const match = entryPattern.exec(entry);
    if (!match) continue;
    const [, nonce = "", issuedAt = "", signature = ""] = match;
    const age = now.getTime() - Number.parseInt(issuedAt, 36) * 1000;
    if (age > trustedDevicePolicy.lifetimeMs) continue;
    const given = Buffer.from(signature, "base64url");
    const expected = mac(key, login, nonce, issuedAt);
    if (given.length === expected.length && timingSafeEqual(given, expected)) return { entry, nonce };
  }
  return undefined;
}

export function trustedDeviceNonce(
  cookie: string | undefined,
  login: string,
  key: Buffer,
  now: Date,
): string | undefined {
  return trustedEntry(cookie, login, key, now)?.nonce;
}

/**
 * The cookie to send back after a successful sign-in to `login`: a fresh entry for it first, then the
 * entries this browser holds for other accounts, oldest dropped beyond the limit.
 */
export function renewedDeviceCookie(
  cookie: string | undefined,
  login: string,
  key: Buffer,
  now: Date,
): string {
  const nonce = randomBytes(16).toString("base64url");
  const issuedAt = Math.floor(now.getTime() / 1000).toString(36);
  const fresh = `${nonce}.${issuedAt}.${mac(key, login, nonce, issuedAt).toString("base64url")}`;
  const replaced = trustedEntry(cookie, login, key, now)?.entry;
  const others = entriesOf(cookie).filter((entry) => entryPattern.test(entry) && entry !== replaced);
  return [fresh, ...others].slice(0, trustedDevicePolicy.accountsPerBrowser).join(entrySeparator);
}

/** A new signing key: 256 random bits. */
export function newDeviceCookieKey(): string {
  return randomBytes(32).toString("base64url");
}
