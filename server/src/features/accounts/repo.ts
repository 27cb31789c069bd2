import { and, eq, inArray, lt, sql } from "drizzle-orm";
import type { Database } from "../../db/database.ts";
import { accounts, loginThrottle, serverSecrets, sessions } from "./tables.ts";

export type AccountRow = typeof accounts.$inferSelect;

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
