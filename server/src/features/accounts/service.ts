import { createHash } from "node:crypto";
import type { AccountView, LoginInput, SignupInput } from "@mend/core/accounts/contract";
import { recordFailure, type ThrottleScope, waitBeforeAttempt } from "@mend/core/accounts/login-throttle";
import { sessionIsLive, sessionPolicy } from "@mend/core/accounts/session-policy";
import { AppError } from "../../http/errors.ts";
import { hashPassword, needsRehash, spendVerifyTime, verifyPassword } from "./passwords.ts";
import type { AccountRow, AccountsRepo } from "./repo.ts";
import { hashToken, newSecretToken } from "./tokens.ts";

export interface SignedIn {
  account: AccountView;
  token: string;
}

export interface ActiveSession {
  account: AccountView;
  sessionId: string;
}

export function presentAccount(row: AccountRow): AccountView {
  return { id: row.id, email: row.email, displayName: row.displayName };
}

const throttleKey = (scope: ThrottleScope, value: string) =>
  `${scope}:${createHash("sha256").update(value).digest("hex")}`;

const wrongCredentials = () =>
  new AppError(
    "validation_failed",
    "That email and password don't match an account. Check both and try again.",
  );

export function accountsService(deps: { repo: AccountsRepo; clock: () => Date }) {
  const { repo, clock } = deps;

  async function startSession(account: AccountRow): Promise<SignedIn> {
    const token = newSecretToken();
    const now = clock();
    await repo.insertSession({
      accountId: account.id,
      tokenHash: hashToken(token),
      createdAt: now,
      lastUsedAt: now,
      expiresAt: new Date(now.getTime() + sessionPolicy.absoluteTimeoutMs),
    });
    return { account: presentAccount(account), token };
  }

  async function refuseWhileThrottled(keys: [ThrottleScope, string][]) {
    const now = clock();
    let wait = 0;
    for (const [, key] of keys) wait = Math.max(wait, waitBeforeAttempt(await repo.findThrottle(key), now));
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      throw new AppError(
        "too_many_attempts",
        `Too many attempts in a row. Please wait ${seconds} second${seconds === 1 ? "" : "s"} and try again.`,
        { headers: { "retry-after": String(seconds) } },
      );
    }
  }

  async function countFailure(keys: [ThrottleScope, string][]) {
    const now = clock();
    for (const [scope, key] of keys) {
      const next = recordFailure(await repo.findThrottle(key), scope, now);
      await repo.saveThrottle({ key, ...next });
    }
  }

  return {
    async signup(input: SignupInput): Promise<SignedIn> {
      const passwordHash = await hashPassword(input.password);
      const account = await repo.insert({
        email: input.email,
        passwordHash,
        displayName: input.displayName.trim(),
        createdAt: clock(),
      });
      if (!account) {
        throw new AppError("conflict", "An account with this email already exists. Log in instead.", {
          fields: { email: "An account with this email already exists." },
        });
      }
      return startSession(account);
    },

    async login(input: LoginInput, clientIp: string): Promise<SignedIn> {
      const keys: [ThrottleScope, string][] = [
        ["account", throttleKey("account", input.email)],
        ["ip", throttleKey("ip", clientIp)],
      ];
      await refuseWhileThrottled(keys);
      const account = await repo.findByEmail(input.email);
      const valid = account ? await verifyPassword(account.passwordHash, input.password) : false;
      if (!account) await spendVerifyTime(input.password);
      if (!account || !valid) {
        await countFailure(keys);
        throw wrongCredentials();
      }
      await repo.clearThrottle(throttleKey("account", input.email));
      if (needsRehash(account.passwordHash)) {
        await repo.updatePasswordHash(account.id, await hashPassword(input.password));
      }
      return startSession(account);
    },

    /**
     * The live session behind a token. Only `activity` (something the person did) moves the idle clock:
     * reading, background refetches and an open live stream leave it alone, so an abandoned tab still
     * times out.
     */
    async resolveSession(token: string, activity: boolean): Promise<ActiveSession | undefined> {
      const found = await repo.findSession(hashToken(token));
      if (!found) return undefined;
      const now = clock();
      if (!sessionIsLive(found.session, now)) {
        await repo.deleteSession(found.session.id);
        return undefined;
      }
      if (activity && now.getTime() - found.session.lastUsedAt.getTime() > sessionPolicy.touchIntervalMs) {
        await repo.touchSession(found.session.id, now);
      }
      return { account: presentAccount(found.account), sessionId: found.session.id };
    },

    logout: (sessionId: string) => repo.deleteSession(sessionId),

    logoutEverywhere: (accountId: string) => repo.deleteSessionsOf(accountId),
  };
}

export type AccountsService = ReturnType<typeof accountsService>;
