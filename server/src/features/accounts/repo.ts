import { and, eq, lt, sql } from "drizzle-orm";
import type { Database } from "../../db/database.ts";
import { accounts, loginThrottle, sessions } from "./tables.ts";

export type AccountRow = typeof accounts.$inferSelect;

export function accountsRepo(db: Database) {
  return {
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

    async findThrottle(key: string) {
      const [row] = await db.select().from(loginThrottle).where(eq(loginThrottle.key, key));
      return row;
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
