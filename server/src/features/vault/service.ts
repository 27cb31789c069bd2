import { createHmac, randomBytes } from "node:crypto";
import type { KeySettingsView, UnlockWithCodeInput, VaultView } from "@mend/core/vault/contract";
import { accountKdf } from "@mend/core/vault/keys";
import type { KeySettings } from "@mend/core/vault/wire";
import type { Database } from "../../db/database.ts";
import { AppError, notFound, notSignedIn } from "../../http/errors.ts";
import { type Attempter, passwordAttempts } from "../accounts/password-attempts.ts";
import { redeemRecoveryCode } from "../accounts/recovery-codes.ts";
import { accountsRepo } from "../accounts/repo.ts";
import { settingsOf, vaultRepo } from "./repo.ts";

/**
 * The salt an email without key settings is answered with: an HMAC of the email under a server key,
 * so the same email always gets the same salt (asking twice cannot tell a made-up salt from a stored
 * one) and nobody without the key can compute it. An account that still signs in the old way is
 * answered the same way, and keeps exactly this salt when it moves to the new way.
 */
export async function saltForEmail(db: Database, email: string, now: Date): Promise<string> {
  const key = await accountsRepo(db).serverSecret(
    "key_settings_salt_key",
    () => randomBytes(32).toString("base64url"),
    now,
  );
  return createHmac("sha256", Buffer.from(key, "base64url"))
    .update(`key-settings-salt:${email}`)
    .digest()
    .subarray(0, 16)
    .toString("base64url");
}

export async function defaultSettingsFor(db: Database, email: string, now: Date): Promise<KeySettings> {
  return { salt: await saltForEmail(db, email, now), ...accountKdf };
}

const noVault = () =>
  new AppError(
    "conflict",
    "Your vault opens once you have signed in with your password on this Mend. Log out, then log in with your password.",
  );

const codeWrapsNothing = () =>
  new AppError(
    "validation_failed",
    "That code was made before your vault, so it cannot open it. It is still unused. Open the vault with your old password, or start a new one.",
    { fields: { recoveryCode: "This code cannot open your vault." } },
  );

/**
 * What the browser needs to derive keys before signing in, and the owner's wrapped vault key after.
 * The server only keeps and hands back envelopes: it never sees a key that opens one.
 */
export function vaultService(deps: { db: Database; clock: () => Date }) {
  const { db, clock } = deps;
  const repo = vaultRepo(db);
  // A recovery code is tried against the same budgets as the password of the same account.
  const attempts = passwordAttempts({ repo: accountsRepo(db), clock });

  async function vault(accountId: string): Promise<VaultView> {
    const keys = await repo.keysOf(accountId);
    if (!keys) throw noVault();
    const locked =
      keys.lockedWrappedByPassword && keys.lockedSalt && keys.lockedMemoryKib && keys.lockedPasses
        ? {
            settings: { salt: keys.lockedSalt, memoryKiB: keys.lockedMemoryKib, passes: keys.lockedPasses },
            wrappedByPassword: keys.lockedWrappedByPassword,
          }
        : null;
    return { settings: settingsOf(keys), wrappedByPassword: keys.wrappedByPassword, locked };
  }

  return {
    async keySettings(email: string): Promise<KeySettingsView> {
      // The same queries whether the email has an account or not, so timing tells little either.
      const [account, upgradeOpen] = await Promise.all([
        accountsRepo(db).findByEmail(email),
        repo.anyAccountWithoutKeys(),
      ]);
      const keys = account ? await repo.keysOf(account.id) : undefined;
      const settings = keys ? settingsOf(keys) : await defaultSettingsFor(db, email, clock());
      return { ...settings, upgradeOpen };
    },

    vault,

    /** Keeps the vault key a browser just made (the first, or a new empty one beside a locked vault). */
    async keepNewVaultKey(accountId: string, wrappedByPassword: string): Promise<VaultView> {
      if (!(await repo.keysOf(accountId))) throw noVault();
      if (!(await repo.setFirstPasswordWrap(accountId, wrappedByPassword, clock()))) {
        throw new AppError(
          "conflict",
          "Your vault already has a key, made on another device a moment ago. Reload the page to open it.",
        );
      }
      return vault(accountId);
    },

    /** The locked vault, opened in the browser, is rewrapped by the current password and takes over. */
    async unlock(accountId: string, wrappedByPassword: string): Promise<VaultView> {
      if (!(await repo.unlockWith(accountId, wrappedByPassword, clock()))) throw notFound("A locked vault");
      return vault(accountId);
    },

    /**
     * The locked vault, opened in the browser with a recovery code (whose wrap the browser asked for
     * first), rewrapped by the current password; the code is spent in the same transaction. A code
     * that wraps nothing is refused and stays unused.
     */
    async unlockWithCode(
      accountId: string,
      input: UnlockWithCodeInput,
      attempter: Attempter,
    ): Promise<VaultView> {
      const account = await accountsRepo(db).findById(accountId);
      if (!account) throw notSignedIn();
      if (!(await repo.keysOf(accountId))?.lockedWrappedByPassword) throw notFound("A locked vault");
      const unlocked = await attempts.check(account.email, attempter, () =>
        db.transaction(async (tx) => {
          const now = clock();
          const spent = await redeemRecoveryCode(tx, accountId, input.recoveryCode, now);
          if (!spent) return false;
          if (!spent.wrappedVaultKey) throw codeWrapsNothing();
          if (!(await vaultRepo(tx).unlockWith(accountId, input.wrappedByPassword, now))) {
            throw notFound("A locked vault");
          }
          await accountsRepo(tx).recordCredentialEvent(accountId, "recovery_code_used_to_open_vault", now);
          return true;
        }),
      );
      if (!unlocked) {
        throw new AppError(
          "validation_failed",
          "That isn't one of your unused recovery codes. Check it and try again. Nothing was changed.",
          { fields: { recoveryCode: "That isn't one of your unused recovery codes." } },
        );
      }
      return vault(accountId);
    },

    /** The person chose to let the locked vault go: its key is deleted, and with it any way to read it. */
    async forgetLocked(accountId: string): Promise<VaultView> {
      if (!(await repo.forgetLocked(accountId, clock()))) throw notFound("A locked vault");
      return vault(accountId);
    },
  };
}

export type VaultService = ReturnType<typeof vaultService>;
