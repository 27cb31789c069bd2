import type { AccountView, LoginInput, SignupInput, SignupPolicy } from "@mend/core/accounts/contract";
import { sessionIsLive, sessionPolicy } from "@mend/core/accounts/session-policy";
import { invitationState } from "@mend/core/spaces/invitation-policy";
import { sql } from "drizzle-orm";
import type { Database } from "../../db/database.ts";
import { AppError } from "../../http/errors.ts";
import { invitationsRepo } from "../invitations/repo.ts";
import { vaultRepo } from "../vault/repo.ts";
import { defaultSettingsFor } from "../vault/service.ts";
import { type Attempter, passwordAttempts } from "./password-attempts.ts";
import { hashPassword, needsRehash, spendVerifyTime, verifyPassword } from "./passwords.ts";
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

/** Refuses a sign-up, saying what to do: a link that cannot make an account is not the same as no link. */
function signupRefusal(policy: Exclude<SignupPolicy, "open">, invitationToken: string | undefined) {
  if (policy === "invite" && invitationToken) {
    return new AppError(
      "forbidden",
      "This invitation link can't make a new account: it has already made one, was cancelled or has run out. Ask the person who invited you for a new link, or log in if you already have an account.",
    );
  }
  return new AppError("forbidden", signupRefusals[policy]);
}

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

  /**
   * Whether this sign-up may make an account, decided inside its transaction. An invite-only Mend lets in
   * its very first account, one sign-up at a time so that two at once cannot both be first, and the
   * holder of a usable invitation link, which is then spent: one link makes one account. `look` only
   * reads, for a quick refusal before the transaction.
   */
  async function admit(
    tx: Database,
    invitationToken: string | undefined,
    mode: "look" | "spend",
  ): Promise<boolean> {
    if (deps.signup === "open") return true;
    if (deps.signup === "closed") return false;
    if (mode === "spend") {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext('mend.invite-only-signup'))`);
    }
    if (!(await accountsRepo(tx).hasAnyAccount())) return true;
    if (!invitationToken) return false;
    const tokenHash = hashToken(invitationToken);
    const invitation =
      mode === "spend"
        ? await invitationsRepo(tx).spendForSignup(tokenHash, clock())
        : await invitationsRepo(tx).findByTokenHash(tokenHash);
    return (
      invitation !== undefined &&
      (mode === "spend" || invitation.signedUpAt === null) &&
      invitationState(invitation, clock()) === "usable"
    );
  }

  return {
    /** Who may sign up right now, as the web app is told before anyone signs in. */
    async signupPolicyNow(): Promise<SignupPolicy> {
      if (deps.signup === "invite" && !(await repo.hasAnyAccount())) return "open";
      return deps.signup;
    },

    async signup(input: SignupInput, request: SignInRequest): Promise<SignedIn> {
      const signupPolicy = deps.signup;
      // A quick look first, so a sign-up that cannot be let in is not worth a password hash.
      if (signupPolicy !== "open" && !(await admit(db, input.invitationToken, "look"))) {
        throw signupRefusal(signupPolicy, input.invitationToken);
      }
      const passwordHash = await hashPassword(input.password);
      // Every refusal is thrown inside the transaction, so a link is spent only with the account it made.
      const created = await db.transaction(async (tx) => {
        if (signupPolicy !== "open" && !(await admit(tx, input.invitationToken, "spend"))) {
          throw signupRefusal(signupPolicy, input.invitationToken);
        }
        const account = await accountsRepo(tx).insert({
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
        if (input.keySettings) await vaultRepo(tx).insertKeys(account.id, input.keySettings, clock());
        return account;
      });
      // Recovery codes are made next, in the browser, once it has made the vault key they wrap.
      return startSession(created, request);
    },

    /**
     * `password` is the authentication key the browser derived from the password (vault/keys.ts). An
     * account without key settings still has a hash of the password itself: it is checked against
     * `legacyPassword` (or, from a page older than the vault, `password`), and when the browser sent
     * both, the account moves to the new way in the same step, keeping the salt it was answered with.
     */
    async login(input: LoginInput, request: SignInRequest): Promise<SignedIn | SecondStepNeeded> {
      const account = await repo.findByEmail(input.email);
      const keys = account ? await vaultRepo(db).keysOf(account.id) : undefined;
      const oldWay = account !== undefined && keys === undefined;
      // An unknown email costs the same checking time as a wrong password, and the same budgets.
      const valid = await attempts.check(input.email, request, async () => {
        if (!account) {
          await spendVerifyTime(input.password);
          return false;
        }
        return verifyPassword(
          account.passwordHash,
          oldWay ? (input.legacyPassword ?? input.password) : input.password,
        );
      });
      if (!account || !valid) throw wrongCredentials();
      if (account.disabledAt) throw accountDisabled();
      if (oldWay && input.legacyPassword !== undefined) {
        const passwordHash = await hashPassword(input.password);
        const settings = await defaultSettingsFor(db, account.email, clock());
        await db.transaction(async (tx) => {
          await accountsRepo(tx).updatePasswordHash(account.id, passwordHash);
          await vaultRepo(tx).insertKeys(account.id, settings, clock());
        });
      } else if (needsRehash(account.passwordHash)) {
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
