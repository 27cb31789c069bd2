import type { KeySettings, NewPasswordKeys } from "@mend/core/vault/wire";
import { and, eq, isNull, notExists, sql } from "drizzle-orm";
import type { Database } from "../../db/database.ts";
import { accounts } from "../accounts/tables.ts";
import { accountKeys } from "./tables.ts";

export type AccountKeysRow = typeof accountKeys.$inferSelect;

export function settingsOf(row: Pick<AccountKeysRow, "salt" | "memoryKib" | "passes">): KeySettings {
  return { salt: row.salt, memoryKiB: row.memoryKib, passes: row.passes };
}

export function vaultRepo(db: Database) {
  return {
    async keysOf(accountId: string): Promise<AccountKeysRow | undefined> {
      const [row] = await db.select().from(accountKeys).where(eq(accountKeys.accountId, accountId));
      return row;
    },

    /** Whether any account still signs in the old way: said of the whole Mend, never of one account. */
    async anyAccountWithoutKeys(): Promise<boolean> {
      const [row] = await db
        .select({ one: sql<number>`1` })
        .from(accounts)
        .where(notExists(db.select().from(accountKeys).where(eq(accountKeys.accountId, accounts.id))))
        .limit(1);
      return row !== undefined;
    },

    /**
     * The first settings of an account: at sign-up, or when it moves from the old way of signing in
     * (two sign-ins doing that at once bring the same salt, so the second has nothing to add).
     */
    async insertKeys(accountId: string, settings: KeySettings, now: Date): Promise<void> {
      await db
        .insert(accountKeys)
        .values({
          accountId,
          salt: settings.salt,
          memoryKib: settings.memoryKiB,
          passes: settings.passes,
          updatedAt: now,
        })
        .onConflictDoNothing({ target: accountKeys.accountId });
    },

    /** Keeps the first wrap only: a second browser that made its own vault key at the same time loses. */
    async setFirstPasswordWrap(accountId: string, wrapped: string, now: Date): Promise<boolean> {
      const rows = await db
        .update(accountKeys)
        .set({ wrappedByPassword: wrapped, updatedAt: now })
        .where(and(eq(accountKeys.accountId, accountId), isNull(accountKeys.wrappedByPassword)))
        .returning({ accountId: accountKeys.accountId });
      return rows.length === 1;
    },

    /** A password change with the vault key at hand: new settings, the same vault key rewrapped. */
    async replacePasswordKeys(accountId: string, keys: NewPasswordKeys, now: Date): Promise<void> {
      await db
        .update(accountKeys)
        .set({
          salt: keys.settings.salt,
          memoryKib: keys.settings.memoryKiB,
          passes: keys.settings.passes,
          wrappedByPassword: keys.wrappedByPassword ?? null,
          updatedAt: now,
        })
        .where(eq(accountKeys.accountId, accountId));
    },

    /**
     * A new password without the vault key (a recovery, a reset link): the current wrap, if any, moves
     * aside with its settings and stays there until the vault is opened again or let go. A lock already
     * in place is kept: it holds the vault key, and the wrap beside it (if any) is of a newer, empty vault.
     */
    async lockForNewPassword(accountId: string, settings: KeySettings, now: Date): Promise<void> {
      await db
        .update(accountKeys)
        .set({
          lockedSalt: sql`case when ${accountKeys.lockedWrappedByPassword} is null and ${accountKeys.wrappedByPassword} is not null then ${accountKeys.salt} else ${accountKeys.lockedSalt} end`,
          lockedMemoryKib: sql`case when ${accountKeys.lockedWrappedByPassword} is null and ${accountKeys.wrappedByPassword} is not null then ${accountKeys.memoryKib} else ${accountKeys.lockedMemoryKib} end`,
          lockedPasses: sql`case when ${accountKeys.lockedWrappedByPassword} is null and ${accountKeys.wrappedByPassword} is not null then ${accountKeys.passes} else ${accountKeys.lockedPasses} end`,
          lockedWrappedByPassword: sql`coalesce(${accountKeys.lockedWrappedByPassword}, ${accountKeys.wrappedByPassword})`,
          salt: settings.salt,
          memoryKib: settings.memoryKiB,
          passes: settings.passes,
          wrappedByPassword: null,
          updatedAt: now,
        })
        .where(eq(accountKeys.accountId, accountId));
    },

    /**
     * A new password with the vault key at hand after all (a recovery code that wraps it): new settings,
     * the vault key rewrapped, and no lock left, as when a locked vault is opened again.
     */
    async reopenForNewPassword(
      accountId: string,
      settings: KeySettings,
      wrapped: string,
      now: Date,
    ): Promise<void> {
      await db
        .update(accountKeys)
        .set({
          salt: settings.salt,
          memoryKib: settings.memoryKiB,
          passes: settings.passes,
          wrappedByPassword: wrapped,
          lockedSalt: null,
          lockedMemoryKib: null,
          lockedPasses: null,
          lockedWrappedByPassword: null,
          updatedAt: now,
        })
        .where(eq(accountKeys.accountId, accountId));
    },

    /** The locked vault opened again in the browser: its key, rewrapped by the current password, takes over. */
    async unlockWith(accountId: string, wrapped: string, now: Date): Promise<boolean> {
      const rows = await db
        .update(accountKeys)
        .set({
          wrappedByPassword: wrapped,
          lockedSalt: null,
          lockedMemoryKib: null,
          lockedPasses: null,
          lockedWrappedByPassword: null,
          updatedAt: now,
        })
        .where(
          and(eq(accountKeys.accountId, accountId), sql`${accountKeys.lockedWrappedByPassword} is not null`),
        )
        .returning({ accountId: accountKeys.accountId });
      return rows.length === 1;
    },

    async forgetLocked(accountId: string, now: Date): Promise<boolean> {
      const rows = await db
        .update(accountKeys)
        .set({
          lockedSalt: null,
          lockedMemoryKib: null,
          lockedPasses: null,
          lockedWrappedByPassword: null,
          updatedAt: now,
        })
        .where(
          and(eq(accountKeys.accountId, accountId), sql`${accountKeys.lockedWrappedByPassword} is not null`),
        )
        .returning({ accountId: accountKeys.accountId });
      return rows.length === 1;
    },
  };
}
