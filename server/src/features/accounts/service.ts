import type { AccountView, LoginInput, SignupInput, SignupPolicy } from "@mend/core/accounts/contract";
import { sessionIsLive, sessionPolicy } from "@mend/core/accounts/session-policy";
import { invitationState } from "@mend/core/spaces/invitation-policy";
import type { Database } from "../../db/database.ts";
import { AppError } from "../../http/errors.ts";
import { invitationsRepo } from "../invitations/repo.ts";
import { type Attempter, passwordAttempts } from "./password-attempts.ts";
import { hashPassword, needsRehash, spendVerifyTime, verifyPassword } from "./passwords.ts";
import { makeRecoveryCodes } from "./recovery-codes.ts";
import { type AccountRow, accountsRepo } from "./repo.ts";
import type { SecondStepService } from "./second-step.ts";
import { hashToken, newSecretToken } from "./tokens.ts";
import type { DeviceLabel } from "./user-agent.ts";

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

/** Who is signing in: the budgets they spend, and the browser and system their session will be shown as. */
export interface SignInRequest extends Attempter {
  device: DeviceLabel;
}

export function presentAccount(row: AccountRow): AccountView {
  return { id: row.id, email: row.email, displayName: row.displayName };
}

const wrongCredentials = () =>
  new AppError(
    "validation_failed",
    "That email and password don't match an account. Check both and try again.",
  );

/** Said only once the password was right, so it never tells a stranger that an account exists. */
export const accountDisabled = () =>
  new AppError(
    "forbidden",
    "This account is switched off on this Mend for now. If you think that's a mistake, ask whoever runs it.",
  );

const signupRefusals: Record<Exclude<SignupPolicy, "open">, string> = {
  invite:
    "New accounts on this Mend are made through an invitation link. If someone invited you, open their link and sign up from there.",
  closed: "New accounts on this Mend are made by whoever runs it. Ask them to make one for you.",
};

export function accountsService(deps: {
  db: Database;
  clock: () => Date;
  signup: SignupPolicy;
  secondStep: Pick<SecondStepService, "begin">;
}) {
  const { db, clock, secondStep } = deps;
  const repo = accountsRepo(db);
  const attempts = passwordAttempts({ repo, clock });

  async function startSession(account: AccountRow, request: SignInRequest): Promise<SignedIn> {
    // Every way in ends here, a passkey without a password too, so a switched-off account stays out.
    if (account.disabledAt) throw accountDisabled();
    const token = newSecretToken();
    const now = clock();
    await repo.insertSession({
      accountId: account.id,
      tokenHash: hashToken(token),
      createdAt: now,
      lastUsedAt: now,
      expiresAt: new Date(now.getTime() + sessionPolicy.absoluteTimeoutMs),
      browser: request.device.browser,
      os: request.device.os,
    });
    return {
      account: presentAccount(account),
      token,
      deviceCookie: await attempts.renewDeviceCookie(account.email, request.deviceCookie),
    };
  }

  /** An invite-only Mend lets in a holder of a usable invitation link, and its very first account. */
  async function mayCreateAccount(invitationToken: string | undefined): Promise<boolean> {
    if (deps.signup === "open") return true;
    if (deps.signup === "closed") return false;
    if (!(await repo.hasAnyAccount())) return true;
    if (!invitationToken) return false;
    const invitation = await invitationsRepo(db).findByTokenHash(hashToken(invitationToken));
    return invitation !== undefined && invitationState(invitation, clock()) === "usable";
  }

  return {
    /** Who may sign up right now, as the web app is told before anyone signs in. */
    async signupPolicyNow(): Promise<SignupPolicy> {
      if (deps.signup === "invite" && !(await repo.hasAnyAccount())) return "open";
      return deps.signup;
    },

    async signup(
      input: SignupInput,
      request: SignInRequest,
    ): Promise<SignedIn & { recoveryCodes: string[] }> {
      if (deps.signup !== "open" && !(await mayCreateAccount(input.invitationToken))) {
        throw new AppError("forbidden", signupRefusals[deps.signup]);
      }
      const passwordHash = await hashPassword(input.password);
      const created = await db.transaction(async (tx) => {
        const account = await accountsRepo(tx).insert({
          email: input.email,
          passwordHash,
          displayName: input.displayName.trim(),
          createdAt: clock(),
        });
        if (!account) return undefined;
        return { account, recoveryCodes: await makeRecoveryCodes(tx, account.id, clock()) };
      });
      if (!created) {
        throw new AppError("conflict", "An account with this email already exists. Log in instead.", {
          fields: { email: "An account with this email already exists." },
        });
      }
      return { ...(await startSession(created.account, request)), recoveryCodes: created.recoveryCodes };
    },

    async login(input: LoginInput, request: SignInRequest): Promise<SignedIn | SecondStepNeeded> {
      const account = await repo.findByEmail(input.email);
      // An unknown email costs the same checking time as a wrong password, and the same budgets.
      const valid = await attempts.check(input.email, request, async () => {
        if (account) return verifyPassword(account.passwordHash, input.password);
        await spendVerifyTime(input.password);
        return false;
      });
      if (!account || !valid) throw wrongCredentials();
      if (account.disabledAt) throw accountDisabled();
      if (needsRehash(account.passwordHash)) {
        await repo.updatePasswordHash(account.id, await hashPassword(input.password));
      }
      const pending = await secondStep.begin(account.id);
      if (pending) return { secondStep: pending };
      return startSession(account, request);
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
      if (!sessionIsLive(found.session, now) || found.account.disabledAt) {
        await repo.deleteSession(found.session.id);
        return undefined;
      }
      if (activity && now.getTime() - found.session.lastUsedAt.getTime() > sessionPolicy.touchIntervalMs) {
        await repo.touchSession(found.session.id, now);
      }
      return { account: presentAccount(found.account), sessionId: found.session.id };
    },

    logout: (sessionId: string) => repo.deleteSession(sessionId),

    async logoutEverywhere(accountId: string) {
      await db.transaction(async (tx) => {
        const accounts = accountsRepo(tx);
        await accounts.deleteSessionsOf(accountId);
        await accounts.recordCredentialEvent(accountId, "signed_out_everywhere", clock());
      });
    },
  };
}

export type AccountsService = ReturnType<typeof accountsService>;
