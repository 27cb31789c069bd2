import { and, asc, eq, gt, isNotNull, isNull, lt, lte, ne, or } from "drizzle-orm";
import type { Database } from "../../db/database.ts";
import { isUuid } from "../spaces/repo.ts";
import { passkeyChallenges, passkeys, pendingSignIns, totpFactors } from "./second-factor-tables.ts";
import { sessions } from "./tables.ts";

export type PasskeyRow = typeof passkeys.$inferSelect;
export type PendingSignInRow = typeof pendingSignIns.$inferSelect;

export function secondFactorRepo(db: Database) {
  return {
    async confirmedTotp(accountId: string) {
      const [row] = await db
        .select()
        .from(totpFactors)
        .where(and(eq(totpFactors.accountId, accountId), isNotNull(totpFactors.confirmedAt)));
      return row;
    },

    async pendingTotp(accountId: string) {
      const [row] = await db
        .select()
        .from(totpFactors)
        .where(and(eq(totpFactors.accountId, accountId), isNull(totpFactors.confirmedAt)));
      return row;
    },

    /** Starts (or starts over) a setup; returns false when the app is already on. */
    async savePendingTotp(accountId: string, secret: string, now: Date): Promise<boolean> {
      const rows = await db
        .insert(totpFactors)
        .values({ accountId, secret, createdAt: now })
        .onConflictDoUpdate({
          target: totpFactors.accountId,
          set: { secret, createdAt: now, lastUsedStep: null },
          setWhere: isNull(totpFactors.confirmedAt),
        })
        .returning({ accountId: totpFactors.accountId });
      return rows.length > 0;
    },

    /**
     * Records `step` as used, only if no later or equal step was: two requests with the same code
     * cannot both pass, whichever app server they reach.
     */
    async spendTotpStep(accountId: string, step: number): Promise<boolean> {
      const rows = await db
        .update(totpFactors)
        .set({ lastUsedStep: step })
        .where(
          and(
            eq(totpFactors.accountId, accountId),
            or(isNull(totpFactors.lastUsedStep), lt(totpFactors.lastUsedStep, step)),
          ),
        )
        .returning({ accountId: totpFactors.accountId });
      return rows.length > 0;
    },

    async confirmTotp(accountId: string, now: Date) {
      await db.update(totpFactors).set({ confirmedAt: now }).where(eq(totpFactors.accountId, accountId));
    },

    async deleteTotp(accountId: string): Promise<boolean> {
      const rows = await db
        .delete(totpFactors)
        .where(eq(totpFactors.accountId, accountId))
        .returning({ accountId: totpFactors.accountId });
      return rows.length > 0;
    },

    passkeysOf(accountId: string): Promise<PasskeyRow[]> {
      return db
        .select()
        .from(passkeys)
        .where(eq(passkeys.accountId, accountId))
        .orderBy(asc(passkeys.createdAt), asc(passkeys.id));
    },

    async passkeyByCredential(credentialId: string): Promise<PasskeyRow | undefined> {
      const [row] = await db.select().from(passkeys).where(eq(passkeys.credentialId, credentialId));
      return row;
    },

    /** Returns undefined when this device's credential is already on an account. */
    async insertPasskey(values: typeof passkeys.$inferInsert): Promise<PasskeyRow | undefined> {
      const [row] = await db
        .insert(passkeys)
        .values(values)
        .onConflictDoNothing({ target: passkeys.credentialId })
        .returning();
      return row;
    },

    async recordPasskeyUse(id: string, signCount: number, at: Date) {
      await db.update(passkeys).set({ signCount, lastUsedAt: at }).where(eq(passkeys.id, id));
    },

    async deletePasskey(accountId: string, id: string): Promise<boolean> {
      if (!isUuid(id)) return false;
      const rows = await db
        .delete(passkeys)
        .where(and(eq(passkeys.accountId, accountId), eq(passkeys.id, id)))
        .returning({ id: passkeys.id });
      return rows.length > 0;
    },

    async insertPendingSignIn(values: typeof pendingSignIns.$inferInsert) {
      await db.delete(pendingSignIns).where(lte(pendingSignIns.expiresAt, values.createdAt));
      await db.insert(pendingSignIns).values(values);
    },

    async livePendingSignIn(tokenHash: string, now: Date): Promise<PendingSignInRow | undefined> {
      const [row] = await db
        .select()
        .from(pendingSignIns)
        .where(and(eq(pendingSignIns.tokenHash, tokenHash), gt(pendingSignIns.expiresAt, now)));
      return row;
    },

    async setPendingChallenge(id: string, challenge: string | null) {
      await db.update(pendingSignIns).set({ passkeyChallenge: challenge }).where(eq(pendingSignIns.id, id));
    },

    /** Uses up a pending sign-in; false when another request already finished it. */
    async consumePendingSignIn(id: string): Promise<boolean> {
      const rows = await db
        .delete(pendingSignIns)
        .where(eq(pendingSignIns.id, id))
        .returning({ id: pendingSignIns.id });
      return rows.length > 0;
    },

    async saveChallenge(values: typeof passkeyChallenges.$inferInsert, now: Date) {
      await db.delete(passkeyChallenges).where(lte(passkeyChallenges.expiresAt, now));
      if (values.sessionId) {
        // One registration at a time per session: a newer request replaces an older one.
        await db.delete(passkeyChallenges).where(eq(passkeyChallenges.sessionId, values.sessionId));
      }
      await db.insert(passkeyChallenges).values(values);
    },

    /** Takes a live challenge out, so it can be answered only once. */
    async takeChallenge(challenge: string, sessionId: string | null, now: Date): Promise<boolean> {
      const rows = await db
        .delete(passkeyChallenges)
        .where(
          and(
            eq(passkeyChallenges.challenge, challenge),
            sessionId === null
              ? isNull(passkeyChallenges.sessionId)
              : eq(passkeyChallenges.sessionId, sessionId),
            gt(passkeyChallenges.expiresAt, now),
          ),
        )
        .returning({ challenge: passkeyChallenges.challenge });
      return rows.length > 0;
    },

    /** The challenge this session was given to add a passkey, if it is still live. */
    async registrationChallenge(sessionId: string, now: Date): Promise<string | undefined> {
      const [row] = await db
        .select({ challenge: passkeyChallenges.challenge })
        .from(passkeyChallenges)
        .where(and(eq(passkeyChallenges.sessionId, sessionId), gt(passkeyChallenges.expiresAt, now)));
      return row?.challenge;
    },

    /** A sign-in method changed: every session but the one that changed it ends. */
    async endOtherSessions(accountId: string, keepSessionId: string) {
      await db.delete(sessions).where(and(eq(sessions.accountId, accountId), ne(sessions.id, keepSessionId)));
      await db.delete(pendingSignIns).where(eq(pendingSignIns.accountId, accountId));
    },
  };
}

export type SecondFactorRepo = ReturnType<typeof secondFactorRepo>;
