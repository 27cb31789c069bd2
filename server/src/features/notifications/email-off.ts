import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Database } from "../../db/database.ts";
import { accountsRepo } from "../accounts/repo.ts";
import { isUuid } from "../spaces/repo.ts";

/**
 * The token in every reminder email's "stop these emails" link: the account's id signed with a
 * server key (HMAC-SHA-256), so the link works without signing in, cannot be made for someone else,
 * and needs nothing stored per email.
 */
async function signingKey(db: Database, now: Date): Promise<Buffer> {
  const secret = await accountsRepo(db).serverSecret(
    "email_off_key",
    () => randomBytes(32).toString("base64url"),
    now,
  );
  return Buffer.from(secret, "base64url");
}

const signature = (key: Buffer, accountId: string) =>
  createHmac("sha256", key).update(`email-off:${accountId}`).digest();

export async function emailOffToken(db: Database, accountId: string, now: Date): Promise<string> {
  return `${accountId}.${signature(await signingKey(db, now), accountId).toString("base64url")}`;
}

/** The account a token was made for, or undefined when it was not made by this server. */
export async function accountOfEmailOffToken(
  db: Database,
  token: string,
  now: Date,
): Promise<string | undefined> {
  const [accountId, signed, ...rest] = token.split(".");
  if (!accountId || !signed || rest.length > 0 || !isUuid(accountId)) return undefined;
  const expected = signature(await signingKey(db, now), accountId);
  const given = Buffer.from(signed, "base64url");
  return given.length === expected.length && timingSafeEqual(given, expected) ? accountId : undefined;
}
