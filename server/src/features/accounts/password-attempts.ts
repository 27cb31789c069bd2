import { createHash } from "node:crypto";
import {
  refundAttempt,
  reserveAttempt,
  type ThrottleScope,
  type ThrottleState,
} from "@mend/core/accounts/login-throttle";
import { AppError } from "../../http/errors.ts";
import { newDeviceCookieKey, renewedDeviceCookie, trustedDeviceNonce } from "./device-cookies.ts";
import type { AccountsRepo } from "./repo.ts";

/** Who is trying a password: their network address and the device cookie their browser sent, if any. */
export interface Attempter {
  ip: string;
  deviceCookie: string | undefined;
}

interface Budget {
  scope: ThrottleScope;
  key: string;
}

const throttleKey = (scope: ThrottleScope, value: string) =>
  `${scope}:${createHash("sha256").update(value).digest("hex")}`;

function tooManyAttempts(waitMs: number): AppError {
  const seconds = Math.ceil(waitMs / 1000);
  return new AppError(
    "too_many_attempts",
    `Too many attempts in a row. Please wait ${seconds} second${seconds === 1 ? "" : "s"} and try again.`,
    { headers: { "retry-after": String(seconds) } },
  );
}

/**
 * Every password check for an existing login (sign-in, and asking again before deleting an account)
 * goes through here, so each one spends the same budgets (see core/src/accounts/login-throttle.ts).
 */
export function passwordAttempts(deps: { repo: AccountsRepo; clock: () => Date }) {
  const { repo, clock } = deps;
  let signingKey: Promise<Buffer> | undefined;

  function deviceCookieKey(): Promise<Buffer> {
    signingKey ??= repo
      .serverSecret("device_cookie_key", newDeviceCookieKey, clock())
      .then((secret) => Buffer.from(secret, "base64url"))
      .catch((error: unknown) => {
        signingKey = undefined;
        throw error;
      });
    return signingKey;
  }

  /** A browser that signed in to `login` before spends its own budget; every other client shares two. */
  async function budgetsFor(login: string, attempter: Attempter): Promise<Budget[]> {
    const nonce = trustedDeviceNonce(attempter.deviceCookie, login, await deviceCookieKey(), clock());
    if (nonce) return [{ scope: "device", key: throttleKey("device", nonce) }];
    return [
      { scope: "account", key: throttleKey("account", login) },
      { scope: "ip", key: throttleKey("ip", attempter.ip) },
    ];
  }

  /** Claims an attempt in every budget at once, or in none (the transaction rolls back) while one waits. */
  async function reserve(budgets: Budget[]): Promise<void> {
    const now = clock();
    await repo.inThrottleTransaction(async (tx) => {
      const rows = await tx.lockThrottles(
        budgets.map((budget) => budget.key),
        now,
      );
      const claims = budgets.map((budget) => ({
        budget,
        reservation: reserveAttempt(rows.get(budget.key), budget.scope, now),
      }));
      const waitMs = Math.max(
        0,
        ...claims.map(({ reservation }) => (reservation.granted ? 0 : reservation.waitMs)),
      );
      if (waitMs > 0) throw tooManyAttempts(waitMs);
      for (const { budget, reservation } of claims) {
        if (reservation.granted) await tx.saveThrottle({ key: budget.key, ...reservation.next });
      }
    });
  }

  /**
   * A right password ends the delay of the device or account it was tried for. The network address's
   * attempt is only given back: someone could otherwise reset it between guesses with their own account.
   */
  async function settleSuccess(budgets: Budget[]): Promise<void> {
    await repo.inThrottleTransaction(async (tx) => {
      for (const budget of budgets) {
        if (budget.scope !== "ip") {
          await tx.clearThrottle(budget.key);
          continue;
        }
        const rows = await tx.lockThrottles([budget.key], clock());
        const state: ThrottleState | undefined = rows.get(budget.key);
        if (state) await tx.saveThrottle({ key: budget.key, ...refundAttempt(state, budget.scope) });
      }
    });
  }

  return {
    /**
     * Runs `verify` (the slow password check) only once an attempt is claimed; refuses with how long to
     * wait while a delay runs. Resolves to whether the password was right.
     */
    async check(login: string, attempter: Attempter, verify: () => Promise<boolean>): Promise<boolean> {
      const budgets = await budgetsFor(login, attempter);
      await reserve(budgets);
      const valid = await verify();
      if (valid) await settleSuccess(budgets);
      return valid;
    },

    /** The device cookie to give a browser that just signed in to `login`. */
    async renewDeviceCookie(login: string, cookie: string | undefined): Promise<string> {
      return renewedDeviceCookie(cookie, login, await deviceCookieKey(), clock());
    },
  };
}
