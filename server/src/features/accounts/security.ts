import type {
  AccountSecurityView,
  ChangeEmailInput,
  ChangePasswordInput,
  CredentialChangeView,
  CredentialEventKind,
  MakeRecoveryCodesInput,
  RecoveryCodesView,
} from "@mend/core/accounts/contract";
import { sessionIsLive } from "@mend/core/accounts/session-policy";
import type { Database } from "../../db/database.ts";
import { AppError, notFound, notSignedIn } from "../../http/errors.ts";
import { vaultRepo } from "../vault/repo.ts";
import { type Attempter, passwordAttempts } from "./password-attempts.ts";
import { hashPassword, verifyPassword } from "./passwords.ts";
import { replaceRecoveryCodes } from "./recovery-codes.ts";
import { type AccountRow, accountsRepo } from "./repo.ts";
import { presentAccount } from "./service.ts";

/** Said when a page from before the vault sends a new password for an account that derives keys. */
export const pageTooOld = () =>
  new AppError(
    "conflict",
    "This page is older than your account's settings. Reload the page, then try again. Nothing was changed.",
  );

/** The signed-in person and the session they are using now. */
export interface Owner {
  accountId: string;
  sessionId: string;
}

/** How much of the account's history its page shows. */
const historyLength = 50;

/**
 * What the owner of an account manages about signing in: password, email, name, sessions, recovery
 * codes and the history of those. Every change of a credential ends every other session and is written
 * to the history, in the same transaction.
 */
export function accountSecurityService(deps: { db: Database; clock: () => Date }) {
  const { db, clock } = deps;
  const repo = accountsRepo(db);
  // The same budgets as sign-in: an open session must not be a faster way to guess the password.
  const attempts = passwordAttempts({ repo, clock });

  async function ownAccount(accountId: string): Promise<AccountRow> {
    const account = await repo.findById(accountId);
    if (!account) throw notSignedIn();
    return account;
  }

  async function confirmPassword(
    account: AccountRow,
    password: string,
    field: string,
    attempter: Attempter,
  ): Promise<void> {
    const valid = await attempts.check(account.email, attempter, () =>
      verifyPassword(account.passwordHash, password),
    );
    if (!valid) {
      throw new AppError("validation_failed", "That isn't your current password. Nothing was changed.", {
        fields: { [field]: "That isn't your current password." },
      });
    }
  }

  /** Runs a credential change, ends every other session and records it, all or nothing. */
  function changeCredential(
    owner: Owner,
    kind: CredentialEventKind,
    change: (tx: Database) => Promise<void>,
  ): Promise<number> {
    return db.transaction(async (tx) => {
      await change(tx);
      const accounts = accountsRepo(tx);
      const ended = await accounts.deleteOtherSessions(owner.accountId, owner.sessionId);
      await accounts.recordCredentialEvent(owner.accountId, kind, clock());
      return ended;
    });
  }

  return {
    async security(owner: Owner): Promise<AccountSecurityView> {
      const now = clock();
      const [sessions, history, codes] = await Promise.all([
        repo.sessionsOf(owner.accountId),
        repo.credentialEventsOf(owner.accountId, historyLength),
        repo.unusedRecoveryCodes(owner.accountId),
      ]);
      return {
        sessions: sessions
          .filter((session) => sessionIsLive(session, now))
          .map((session) => ({
            id: session.id,
            browser: session.browser,
            os: session.os,
            startedAt: session.createdAt.toISOString(),
            lastUsedAt: session.lastUsedAt.toISOString(),
            current: session.id === owner.sessionId,
          })),
        history: history.map((event) => ({
          id: event.id,
          kind: event.kind as CredentialEventKind,
          at: event.at.toISOString(),
        })),
        recoveryCodesLeft: codes.left,
        recoveryCodesOpenVault: codes.left > 0 && codes.openingVault === codes.left,
      };
    },

    async changePassword(
      owner: Owner,
      input: ChangePasswordInput,
      attempter: Attempter,
    ): Promise<CredentialChangeView> {
      const account = await ownAccount(owner.accountId);
      const keys = await vaultRepo(db).keysOf(account.id);
      // Once an account derives keys, a new password must come with them, or its vault key would be lost.
      if (keys && !input.newKeys) throw pageTooOld();
      await confirmPassword(account, input.currentPassword, "currentPassword", attempter);
      const passwordHash = await hashPassword(input.newPassword);
      const otherSessionsEnded = await changeCredential(owner, "password_changed", async (tx) => {
        await accountsRepo(tx).updatePasswordHash(account.id, passwordHash);
        await accountsRepo(tx).spendResetLinksOf(account.id, clock());
        if (input.newKeys) {
          if (keys) await vaultRepo(tx).replacePasswordKeys(account.id, input.newKeys, clock());
          else await vaultRepo(tx).insertKeys(account.id, input.newKeys.settings, clock());
        }
      });
      return { account: presentAccount(account), otherSessionsEnded };
    },

    async changeEmail(
      owner: Owner,
      input: ChangeEmailInput,
      attempter: Attempter,
    ): Promise<CredentialChangeView> {
      const account = await ownAccount(owner.accountId);
      if (input.email === account.email) {
        throw new AppError("validation_failed", "That is already your email address.", {
          fields: { email: "That is already your email address." },
        });
      }
      await confirmPassword(account, input.password, "password", attempter);
      const otherSessionsEnded = await changeCredential(owner, "email_changed", async (tx) => {
        if (!(await accountsRepo(tx).updateEmail(account.id, input.email))) {
          throw new AppError(
            "conflict",
            "Another account already uses that email address. Nothing was changed.",
            {
              fields: { email: "Another account already uses that email address." },
            },
          );
        }
      });
      return { account: presentAccount({ ...account, email: input.email }), otherSessionsEnded };
    },

    async changeName(owner: Owner, displayName: string) {
      const account = await ownAccount(owner.accountId);
      const name = displayName.trim();
      await db.transaction(async (tx) => {
        await accountsRepo(tx).updateDisplayName(account.id, name);
        await accountsRepo(tx).recordCredentialEvent(account.id, "name_changed", clock());
      });
      return { account: presentAccount({ ...account, displayName: name }) };
    },

    /**
     * Keeps the codes a browser just made in place of all the old ones. While the account has a vault,
     * every code must wrap its key: codes that could not open it would leave the person without a way in.
     */
    async makeRecoveryCodes(
      owner: Owner,
      input: MakeRecoveryCodesInput,
      attempter: Attempter,
    ): Promise<RecoveryCodesView> {
      const account = await ownAccount(owner.accountId);
      await confirmPassword(account, input.password, "password", attempter);
      const keys = await vaultRepo(db).keysOf(account.id);
      if (keys?.wrappedByPassword && input.codes.some((code) => !code.wrappedVaultKey)) {
        throw new AppError(
          "validation_failed",
          "Open your vault on this page first, so the new codes can open it too. Nothing was changed.",
        );
      }
      return db.transaction(async (tx) => {
        await replaceRecoveryCodes(tx, account.id, input.codes, clock());
        const otherSessionsEnded = await accountsRepo(tx).deleteOtherSessions(account.id, owner.sessionId);
        return { otherSessionsEnded };
      });
    },

    async endSession(owner: Owner, sessionId: string): Promise<void> {
      if (sessionId === owner.sessionId) {
        throw new AppError("validation_failed", "That is the session you are using. Log out instead.");
      }
      await db.transaction(async (tx) => {
        const accounts = accountsRepo(tx);
        if (!(await accounts.deleteSessionOf(owner.accountId, sessionId))) throw notFound("That session");
        await accounts.recordCredentialEvent(owner.accountId, "session_ended", clock());
      });
    },

    async endOtherSessions(owner: Owner): Promise<{ otherSessionsEnded: number }> {
      return db.transaction(async (tx) => {
        const accounts = accountsRepo(tx);
        const otherSessionsEnded = await accounts.deleteOtherSessions(owner.accountId, owner.sessionId);
        await accounts.recordCredentialEvent(owner.accountId, "other_sessions_ended", clock());
        return { otherSessionsEnded };
      });
    },
  };
}

export type AccountSecurityService = ReturnType<typeof accountSecurityService>;
