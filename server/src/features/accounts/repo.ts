import type { CredentialEventKind } from "@mend/core/accounts/contract";
import { and, count, desc, eq, gt, inArray, isNull, lt, max, ne, sql } from "drizzle-orm";
import type { Database } from "../../db/database.ts";
import {
  accounts,
  credentialEvents,
  loginThrottle,
  passwordResetLinks,
  recoveryCodes,
  serverSecrets,
  sessions,
} from "./tables.ts";

export type AccountRow = typeof accounts.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;
export type CredentialEventRow = typeof credentialEvents.$inferSelect;

/** PostgreSQL's unique_violation, wherever the driver put it (Drizzle wraps the driver's error). */
function isUniqueViolation(error: unknown): boolean {
  for (let current = error; current instanceof Error; current = current.cause) {
    if ((current as { code?: unknown }).code === "23505") return true;
  }
  return false;
}

type ThrottleRow = typeof loginThrottle.$inferSelect;

/** The sign-in attempt counters. */
function throttleQueries(db: Database) {
  return {
    /**
     * Locks the counters under `keys` until the transaction ends, creating empty ones where none
     * exist, so two app servers cannot both claim the same attempt. Keys are taken in one order, so
     * two sign-ins never wait on each other's locks.
     */
    async lockThrottles(keys: string[], now: Date): Promise<Map<string, ThrottleRow>> {
      const ordered = [...new Set(keys)].sort();
      await db
        .insert(loginThrottle)
        .values(ordered.map((key) => ({ key, failures: 0, windowStartedAt: now, blockedUntil: null })))
        .onConflictDoNothing({ target: loginThrottle.key });
      const rows = await db
        .select()
        .from(loginThrottle)
        .where(inArray(loginThrottle.key, ordered))
        .orderBy(loginThrottle.key)
        .for("update");
      return new Map(rows.map((row) => [row.key, row]));
    },

    async saveThrottle(row: typeof loginThrottle.$inferInsert) {
      await db
        .insert(loginThrottle)
        .values(row)
        .onConflictDoUpdate({
          target: loginThrottle.key,
          set: {
            failures: row.failures,
            windowStartedAt: row.windowStartedAt,
            blockedUntil: row.blockedUntil ?? null,
          },
        });
    },

    async clearThrottle(key: string) {
      await db.delete(loginThrottle).where(eq(loginThrottle.key, key));
    },
  };
}

type ThrottleQueries = ReturnType<typeof throttleQueries>;

export function accountsRepo(db: Database) {
  return {
    /** Runs `work` on the attempt counters in one transaction. */
    inThrottleTransaction<T>(work: (tx: ThrottleQueries) => Promise<T>): Promise<T> {
      return db.transaction((tx) => work(throttleQueries(tx)));
    },

    async findByEmail(email: string): Promise<AccountRow | undefined> {
      const [row] = await db.select().from(accounts).where(eq(accounts.email, email));
      return row;
    },

    async findById(id: string): Promise<AccountRow | undefined> {
      const [row] = await db.select().from(accounts).where(eq(accounts.id, id));
      return row;
    },

    /** Returns undefined when the email is taken (the unique index decides, so concurrent sign-ups are safe). */
    async insert(values: { email: string; passwordHash: string; displayName: string; createdAt: Date }) {
      const [row] = await db
        .insert(accounts)
        .values(values)
        .onConflictDoNothing({ target: accounts.email })
        .returning();
      return row;
    },

    async updatePasswordHash(id: string, passwordHash: string) {
      await db.update(accounts).set({ passwordHash }).where(eq(accounts.id, id));
    },

    /** Returns false when another account has the email (the unique index decides). */
    async updateEmail(id: string, email: string): Promise<boolean> {
      try {
        await db.transaction(async (tx) => {
          await tx.update(accounts).set({ email }).where(eq(accounts.id, id));
        });
        return true;
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },

    async updateDisplayName(id: string, displayName: string) {
      await db.update(accounts).set({ displayName }).where(eq(accounts.id, id));
    },

    async setDisabled(id: string, disabledAt: Date | null) {
      await db.update(accounts).set({ disabledAt }).where(eq(accounts.id, id));
    },

    async hasAnyAccount(): Promise<boolean> {
      const [row] = await db.select({ id: accounts.id }).from(accounts).limit(1);
      return row !== undefined;
    },

    /** Every account with the last time one of its sessions on record was used. */
    async listWithLastUse() {
      return db
        .select({
          email: accounts.email,
          createdAt: accounts.createdAt,
          lastUsedAt: max(sessions.lastUsedAt),
        })
        .from(accounts)
        .leftJoin(sessions, eq(sessions.accountId, accounts.id))
        .groupBy(accounts.id)
        .orderBy(accounts.createdAt);
    },

    async sessionsOf(accountId: string): Promise<SessionRow[]> {
      return db
        .select()
        .from(sessions)
        .where(eq(sessions.accountId, accountId))
        .orderBy(desc(sessions.lastUsedAt));
    },

    /** Ends one of the account's sessions; false when it has no such session. */
    async deleteSessionOf(accountId: string, sessionId: string): Promise<boolean> {
      const deleted = await db
        .delete(sessions)
        .where(and(eq(sessions.accountId, accountId), eq(sessions.id, sessionId)))
        .returning({ id: sessions.id });
      return deleted.length > 0;
    },

    /** Ends every session of the account but `keepId`; resolves to how many ended. */
    async deleteOtherSessions(accountId: string, keepId: string): Promise<number> {
      const deleted = await db
        .delete(sessions)
        .where(and(eq(sessions.accountId, accountId), ne(sessions.id, keepId)))
        .returning({ id: sessions.id });
      return deleted.length;
    },

    async recordCredentialEvent(accountId: string, kind: CredentialEventKind, at: Date) {
      await db.insert(credentialEvents).values({ accountId, kind, at });
    },

    async credentialEventsOf(accountId: string, limit: number): Promise<CredentialEventRow[]> {
      return db
        .select()
        .from(credentialEvents)
        .where(eq(credentialEvents.accountId, accountId))
        .orderBy(desc(credentialEvents.at), desc(credentialEvents.id))
        .limit(limit);
    },

    async replaceRecoveryCodes(
      accountId: string,
      codes: { codeHash: string; wrappedVaultKey: string | null }[],
      at: Date,
    ) {
      await db.delete(recoveryCodes).where(eq(recoveryCodes.accountId, accountId));
      await db.insert(recoveryCodes).values(codes.map((code) => ({ accountId, ...code, createdAt: at })));
    },

    /** Marks the unused code with one of these hashes as used; null when there is none (wrong or already used). */
    async useRecoveryCode(
      accountId: string,
      codeHashes: string[],
      at: Date,
    ): Promise<{ wrappedVaultKey: string | null } | null> {
      const [used] = await db
        .update(recoveryCodes)
        .set({ usedAt: at })
        .where(
          and(
            eq(recoveryCodes.accountId, accountId),
            inArray(recoveryCodes.codeHash, codeHashes),
            isNull(recoveryCodes.usedAt),
          ),
        )
        .returning({ wrappedVaultKey: recoveryCodes.wrappedVaultKey });
      return used ?? null;
    },

    async unusedRecoveryCode(
      accountId: string,
      codeHashes: string[],
    ): Promise<{ wrappedVaultKey: string | null } | undefined> {
      const [row] = await db
        .select({ wrappedVaultKey: recoveryCodes.wrappedVaultKey })
        .from(recoveryCodes)
        .where(
          and(
            eq(recoveryCodes.accountId, accountId),
            inArray(recoveryCodes.codeHash, codeHashes),
            isNull(recoveryCodes.usedAt),
          ),
        )
        .limit(1);
      return row;
    },

    /** How many unused codes are left, and how many of them wrap the vault key. */
    async unusedRecoveryCodes(accountId: string): Promise<{ left: number; openingVault: number }> {
      const [row] = await db
        .select({ left: count(), openingVault: count(recoveryCodes.wrappedVaultKey) })
        .from(recoveryCodes)
        .where(and(eq(recoveryCodes.accountId, accountId), isNull(recoveryCodes.usedAt)));
      return { left: row?.left ?? 0, openingVault: row?.openingVault ?? 0 };
    },

    async insertResetLink(values: typeof passwordResetLinks.$inferInsert) {
      await db.insert(passwordResetLinks).values(values);
    },

    /** Spends a live, unused reset link; resolves to its account, or undefined when it can't be used. */
    async isResetLinkUsable(tokenHash: string, at: Date): Promise<boolean> {
      const [row] = await db
        .select({ id: passwordResetLinks.id })
        .from(passwordResetLinks)
        .where(
          and(
            eq(passwordResetLinks.tokenHash, tokenHash),
            isNull(passwordResetLinks.usedAt),
            gt(passwordResetLinks.expiresAt, at),
          ),
        );
      return row !== undefined;
    },

    async useResetLink(tokenHash: string, at: Date): Promise<string | undefined> {
      const [row] = await db
        .update(passwordResetLinks)
        .set({ usedAt: at })
        .where(
          and(
            eq(passwordResetLinks.tokenHash, tokenHash),
            isNull(passwordResetLinks.usedAt),
            gt(passwordResetLinks.expiresAt, at),
          ),
        )
        .returning({ accountId: passwordResetLinks.accountId });
      return row?.accountId;
    },

    /** A reset, however it happened, makes every other outstanding link useless. */
    async spendResetLinksOf(accountId: string, at: Date) {
      await db
        .update(passwordResetLinks)
        .set({ usedAt: at })
        .where(and(eq(passwordResetLinks.accountId, accountId), isNull(passwordResetLinks.usedAt)));
    },

    async insertSession(values: typeof sessions.$inferInsert) {
      await db.insert(sessions).values(values);
    },

    async findSession(tokenHash: string) {
      const [row] = await db
        .select({ session: sessions, account: accounts })
        .from(sessions)
        .innerJoin(accounts, eq(accounts.id, sessions.accountId))
        .where(eq(sessions.tokenHash, tokenHash));
      return row;
    },

    async touchSession(id: string, at: Date) {
      await db.update(sessions).set({ lastUsedAt: at }).where(eq(sessions.id, id));
    },

    async deleteSession(id: string) {
      await db.delete(sessions).where(eq(sessions.id, id));
    },

    async deleteSessionsOf(accountId: string) {
      await db.delete(sessions).where(eq(sessions.accountId, accountId));
    },

    async deleteExpiredSessions(before: Date) {
      await db.delete(sessions).where(lt(sessions.expiresAt, before));
    },

    /** The secret stored under `name`, made from `generate` by whichever app server asks first. */
    async serverSecret(name: string, generate: () => string, now: Date): Promise<string> {
      await db
        .insert(serverSecrets)
        .values({ name, secret: generate(), createdAt: now })
        .onConflictDoNothing({ target: serverSecrets.name });
      const [row] = await db.select().from(serverSecrets).where(eq(serverSecrets.name, name));
      if (!row) throw new Error(`server secret ${name} was not stored`);
      return row.secret;
    },

    async countSessions(accountId: string): Promise<number> {
      const [row] = await db
        .select({ count: sql<number>`count(*)::int` })
        .from(sessions)
        .where(and(eq(sessions.accountId, accountId)));
      return row?.count ?? 0;
    },
  };
}

export type AccountsRepo = ReturnType<typeof accountsRepo>;
