import type {
  RecoverInput,
  RecoveryCodeVaultKeyInput,
  RecoveryCodeVaultKeyView,
  ResetLinkCheckInput,
  ResetPasswordInput,
} from "@mend/core/accounts/contract";
import type { NewPasswordKeys } from "@mend/core/vault/wire";
import type { Database } from "../../db/database.ts";
import { AppError } from "../../http/errors.ts";
import { vaultRepo } from "../vault/repo.ts";
import { type Attempter, passwordAttempts } from "./password-attempts.ts";
import { hashPassword } from "./passwords.ts";
import { redeemRecoveryCode, vaultKeyOfRecoveryCode } from "./recovery-codes.ts";
import { accountsRepo } from "./repo.ts";
import { pageTooOld } from "./security.ts";
import { accountDisabled } from "./service.ts";
import { hashToken } from "./tokens.ts";

/** The same words whether the email has no account, the code is wrong, or it was used before. */
const notRecovered = () =>
  new AppError(
    "validation_failed",
    "That email and recovery code don't go together, or the code has been used already. Check both and try again.",
  );

const resetLinkUnusable = () =>
  new AppError(
    "gone",
    "This reset link has expired or has already been used. Ask whoever runs this Mend for a new one.",
  );

/**
 * The two ways back into an account without its password: one of its recovery codes, or a reset link
 * from whoever runs this Mend. Either one ends every session of the account and is written to its history.
 */
export function accountRecoveryService(deps: { db: Database; clock: () => Date }) {
  const { db, clock } = deps;
  const repo = accountsRepo(db);
  // A recovery code is tried against the same budgets as the password of the same email.
  const attempts = passwordAttempts({ repo, clock });

  /**
   * Sets the new password, ends every session and spends every open reset link, inside `tx`. A reset
   * link never brings the vault key, so an account that derives keys gets the new password's settings
   * and its vault is locked: it stays as the old password sealed it until opened again. A recovery code
   * that wraps the vault key brings it (`reopened`): the browser unwrapped it and sealed it again under
   * the new password, so the vault stays open, and a lock left by an earlier reset is settled with it.
   */
  async function replacePassword(
    tx: Database,
    accountId: string,
    passwordHash: string,
    newKeys: NewPasswordKeys | undefined,
    now: Date,
    reopened: { wrappedByPassword: string } | null,
  ) {
    const accounts = accountsRepo(tx);
    const vault = vaultRepo(tx);
    const keys = await vault.keysOf(accountId);
    if (keys && !newKeys) throw pageTooOld();
    await accounts.updatePasswordHash(accountId, passwordHash);
    await accounts.deleteSessionsOf(accountId);
    await accounts.spendResetLinksOf(accountId, now);
    if (!newKeys) return;
    if (!keys) await vault.insertKeys(accountId, newKeys.settings, now);
    else if (reopened)
      await vault.reopenForNewPassword(accountId, newKeys.settings, reopened.wrappedByPassword, now);
    else await vault.lockForNewPassword(accountId, newKeys.settings, now);
  }

  return {
    async recoverWithCode(input: RecoverInput, attempter: Attempter): Promise<void> {
      const recovered = await attempts.check(input.email, attempter, async () => {
        // Hashing first, whatever the email, keeps the answer equally slow for every email.
        const passwordHash = await hashPassword(input.newPassword);
        const account = await repo.findByEmail(input.email);
        if (!account) return false;
        return db.transaction(async (tx) => {
          const now = clock();
          const spent = await redeemRecoveryCode(tx, account.id, input.recoveryCode, now);
          if (!spent) return false;
          // Only someone holding a right code learns that the account is switched off; the code stays unused.
          if (account.disabledAt) throw accountDisabled();
          // A rewrapped vault key is believed only from a code that wraps one: the browser got it from this code.
          const rewrapped = input.newKeys?.wrappedByPassword;
          const reopened = spent.wrappedVaultKey && rewrapped ? { wrappedByPassword: rewrapped } : null;
          await replacePassword(tx, account.id, passwordHash, input.newKeys, now, reopened);
          await accountsRepo(tx).recordCredentialEvent(account.id, "recovered_with_code", now);
          return true;
        });
      });
      if (!recovered) throw notRecovered();
    },

    /**
     * The vault key a recovery code wraps, asked before recovering with it; the code stays unused. Tried
     * against the same budgets, and refused in the same words, as recovering with it.
     */
    async vaultKeyOfCode(
      input: RecoveryCodeVaultKeyInput,
      attempter: Attempter,
    ): Promise<RecoveryCodeVaultKeyView> {
      let answer: RecoveryCodeVaultKeyView | undefined;
      const found = await attempts.check(input.email, attempter, async () => {
        const account = await repo.findByEmail(input.email);
        if (!account) return false;
        const code = await vaultKeyOfRecoveryCode(db, account.id, input.recoveryCode);
        if (!code) return false;
        if (account.disabledAt) throw accountDisabled();
        answer = { accountId: account.id, wrappedVaultKey: code.wrappedVaultKey };
        return true;
      });
      if (!found || !answer) throw notRecovered();
      return answer;
    },

    /** Whether a reset link can still be used; it stays unused either way. */
    async checkResetLink(input: ResetLinkCheckInput): Promise<void> {
      if (!(await repo.isResetLinkUsable(hashToken(input.token), clock()))) throw resetLinkUnusable();
    },

    async resetWithLink(input: ResetPasswordInput): Promise<void> {
      await db.transaction(async (tx) => {
        const now = clock();
        const accounts = accountsRepo(tx);
        const accountId = await accounts.useResetLink(hashToken(input.token), now);
        if (!accountId) throw resetLinkUnusable();
        const account = await accounts.findById(accountId);
        if (!account) throw resetLinkUnusable();
        if (account.disabledAt) throw accountDisabled();
        // Hashed only once the link proved good, so made-up links cost the server nothing.
        await replacePassword(tx, accountId, await hashPassword(input.newPassword), input.newKeys, now, null);
        await accounts.recordCredentialEvent(accountId, "password_reset_by_link", now);
      });
    },
  };
}

export type AccountRecoveryService = ReturnType<typeof accountRecoveryService>;
