import type { AccountView, LoginInput, SignupInput } from "@mend/core/accounts/contract";
import { sessionIsLive, sessionPolicy } from "@mend/core/accounts/session-policy";
import { AppError } from "../../http/errors.ts";
import { type Attempter, passwordAttempts } from "./password-attempts.ts";
import { hashPassword, needsRehash, spendVerifyTime, verifyPassword } from "./passwords.ts";
import type { AccountRow, AccountsRepo } from "./repo.ts";
import type { SecondStepService } from "./second-step.ts";
import { hashToken, newSecretToken } from "./tokens.ts";

export interface SignedIn {
  account: AccountView;
  token: string;
  /** The browser's renewed device cookie: it signed in, so it now spends its own sign-in budget. */
  deviceCookie: string;
}

/** The password was right; the account asks for one more proof (second-step.ts) before a session. */
export interface SecondStepNeeded {
  secondStep: NonNullable<Awaited<ReturnType<SecondStepService["begin"]>>>;
}

export interface ActiveSession {
  account: AccountView;
  sessionId: string;
}

export function presentAccount(row: AccountRow): AccountView {
  return { id: row.id, email: row.email, displayName: row.displayName };
}

const wrongCredentials = () =>
  new AppError(
    "validation_failed",
    "That email and password don't match an account. Check both and try again.",
  );

export function accountsService(deps: {
  repo: AccountsRepo;
  clock: () => Date;
  secondStep: Pick<SecondStepService, "begin">;
}) {
  const { repo, clock, secondStep } = deps;
  const attempts = passwordAttempts({ repo, clock });

  async function startSession(account: AccountRow, deviceCookie: string | undefined): Promise<SignedIn> {
    const token = newSecretToken();
    const now = clock();
    await repo.insertSession({
      accountId: account.id,
      tokenHash: hashToken(token),
      createdAt: now,
      lastUsedAt: now,
      expiresAt: new Date(now.getTime() + sessionPolicy.absoluteTimeoutMs),
    });
    return {
      account: presentAccount(account),
      token,
      deviceCookie: await attempts.renewDeviceCookie(account.email, deviceCookie),
    };
  }

  return {
    async signup(input: SignupInput, deviceCookie: string | undefined): Promise<SignedIn> {
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
      return startSession(account, deviceCookie);
    },

    async login(input: LoginInput, attempter: Attempter): Promise<SignedIn | SecondStepNeeded> {
      const account = await repo.findByEmail(input.email);
      // An unknown email costs the same checking time as a wrong password, and the same budgets.
      const valid = await attempts.check(input.email, attempter, async () => {
        if (account) return verifyPassword(account.passwordHash, input.password);
        await spendVerifyTime(input.password);
        return false;
      });
      if (!account || !valid) throw wrongCredentials();
      if (needsRehash(account.passwordHash)) {
        await repo.updatePasswordHash(account.id, await hashPassword(input.password));
      }
      const pending = await secondStep.begin(account.id);
      if (pending) return { secondStep: pending };
      return startSession(account, attempter.deviceCookie);
    },

    /** Starts a session for an account that proved who it is another way (a second step, a passkey). */
    startSession,

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
