import { displayNameSchema, newPasswordSchema } from "@mend/core/accounts/contract";
import { emailSchema } from "@mend/core/accounts/email";
import { keysForNewPassword, newVaultKey, wrapVaultKey } from "@mend/core/vault/keys";
import { z } from "zod";
import type { Database } from "../../db/database.ts";
import { vaultRepo } from "../vault/repo.ts";
import { hashPassword } from "./passwords.ts";
import { type AccountRow, accountsRepo } from "./repo.ts";
import { hashToken, newSecretToken } from "./tokens.ts";

/** A reset link works for one hour, once (OWASP ASVS: short-lived, single use). */
export const resetLinkLifetimeMs = 60 * 60 * 1000;

/**
 * Makes a one-time reset link for an account inside the caller's transaction (only its hash is kept)
 * and writes it to the account's history: for the operator's command, and for a link sent by email.
 */
export async function issueResetLink(
  tx: Database,
  accountId: string,
  now: Date,
): Promise<{ token: string; expiresAt: Date }> {
  const token = newSecretToken();
  const expiresAt = new Date(now.getTime() + resetLinkLifetimeMs);
  const repo = accountsRepo(tx);
  await repo.insertResetLink({ accountId, tokenHash: hashToken(token), createdAt: now, expiresAt });
  await repo.recordCredentialEvent(accountId, "reset_link_made", now);
  return { token, expiresAt };
}

/** A problem the operator can fix (a typo in an email, a weak password): said plainly, no stack trace. */
export class OperatorError extends Error {}

const newAccountInput = z.object({
  email: emailSchema,
  password: newPasswordSchema,
  displayName: displayNameSchema,
});

function firstProblem(error: z.ZodError): string {
  return error.issues[0]?.message ?? "That isn't valid.";
}

/**
 * What whoever runs this Mend can do to accounts from the command line (`mend account …`). Nothing
 * here shows them anything a person wrote; every change is written to the account owner's history.
 */
export function accountOperations(deps: { db: Database; clock: () => Date }) {
  const { db, clock } = deps;

  async function existing(tx: Database, email: string): Promise<AccountRow> {
    const parsed = emailSchema.safeParse(email);
    const account = parsed.success ? await accountsRepo(tx).findByEmail(parsed.data) : undefined;
    if (!account) throw new OperatorError(`There is no account with the email ${email}.`);
    return account;
  }

  return {
    /** A one-time link (256 random bits, only its hash kept) to a page where the person chooses a new password. */
    async makeResetLink(email: string): Promise<{ token: string; expiresAt: Date }> {
      return db.transaction(async (tx) => {
        const account = await existing(tx, email);
        if (account.disabledAt) {
          throw new OperatorError(`The account ${account.email} is disabled. Enable it first.`);
        }
        return issueResetLink(tx, account.id, clock());
      });
    },

    async list(): Promise<{ email: string; createdAt: Date; lastActiveOn: Date | null }[]> {
      const rows = await accountsRepo(db).listWithLastUse();
      return rows.map((row) => ({
        email: row.email,
        createdAt: row.createdAt,
        lastActiveOn: row.lastUsedAt ? new Date(row.lastUsedAt) : null,
      }));
    },

    /** Ends every session and refuses sign-in until enabled again; resolves to the sessions it ended. */
    async disable(email: string): Promise<{ email: string; sessionsEnded: number }> {
      return db.transaction(async (tx) => {
        const account = await existing(tx, email);
        const repo = accountsRepo(tx);
        const sessionsEnded = (await repo.sessionsOf(account.id)).length;
        await repo.deleteSessionsOf(account.id);
        if (!account.disabledAt) {
          await repo.setDisabled(account.id, clock());
          await repo.recordCredentialEvent(account.id, "account_disabled", clock());
        }
        return { email: account.email, sessionsEnded };
      });
    },

    async enable(email: string): Promise<{ email: string; wasDisabled: boolean }> {
      return db.transaction(async (tx) => {
        const account = await existing(tx, email);
        if (account.disabledAt) {
          const repo = accountsRepo(tx);
          await repo.setDisabled(account.id, null);
          await repo.recordCredentialEvent(account.id, "account_enabled", clock());
        }
        return { email: account.email, wasDisabled: account.disabledAt !== null };
      });
    },

    /**
     * For a Mend where sign-up is closed: the person can then log in, and make recovery codes themselves.
     * The keys are derived here exactly as a browser derives them (the same libsodium, in Node), so the
     * account signs in like any other and its vault opens at the first sign-in. The operator chose the
     * password, so until the person changes it the operator could open that vault: the account page says so.
     */
    async create(input: {
      email: string;
      password: string;
      displayName: string;
    }): Promise<{ email: string }> {
      const parsed = newAccountInput.safeParse(input);
      if (!parsed.success) throw new OperatorError(firstProblem(parsed.error));
      const { settings, ...derived } = await keysForNewPassword(parsed.data.password);
      const passwordHash = await hashPassword(derived.authSecret);
      const vaultKey = await newVaultKey();
      return db.transaction(async (tx) => {
        const now = clock();
        const repo = accountsRepo(tx);
        const account = await repo.insert({
          email: parsed.data.email,
          passwordHash,
          displayName: parsed.data.displayName,
          createdAt: now,
        });
        if (!account)
          throw new OperatorError(`An account with the email ${parsed.data.email} already exists.`);
        const vault = vaultRepo(tx);
        await vault.insertKeys(account.id, settings, now);
        await vault.setFirstPasswordWrap(
          account.id,
          await wrapVaultKey(derived.keyEncryptionKey, vaultKey, account.id, "password"),
          now,
        );
        await repo.recordCredentialEvent(account.id, "account_created_by_operator", now);
        return { email: account.email };
      });
    },
  };
}

export type AccountOperations = ReturnType<typeof accountOperations>;
