import { and, eq, gt, isNull } from "drizzle-orm";
import type { Database } from "../../db/database.ts";
import { invitations } from "./tables.ts";

export type InvitationRow = typeof invitations.$inferSelect;

export function invitationsRepo(db: Database) {
  return {
    async insert(values: typeof invitations.$inferInsert): Promise<InvitationRow> {
      const [row] = await db.insert(invitations).values(values).returning();
      if (!row) throw new Error("insert returned no row");
      return row;
    },

    async findActive(spaceId: string, now: Date): Promise<InvitationRow | undefined> {
      const [row] = await db
        .select()
        .from(invitations)
        .where(
          and(
            eq(invitations.spaceId, spaceId),
            isNull(invitations.revokedAt),
            isNull(invitations.acceptedAt),
            gt(invitations.expiresAt, now),
          ),
        );
      return row;
    },

    async findInSpace(spaceId: string, invitationId: string): Promise<InvitationRow | undefined> {
      const [row] = await db
        .select()
        .from(invitations)
        .where(and(eq(invitations.spaceId, spaceId), eq(invitations.id, invitationId)));
      return row;
    },

    /**
     * Marks the link as having made an account, if it has not made one yet; answers the link as it was,
     * or undefined when there is no such link or it already made one.
     */
    async spendForSignup(tokenHash: string, at: Date): Promise<InvitationRow | undefined> {
      const [row] = await db
        .update(invitations)
        .set({ signedUpAt: at })
        .where(and(eq(invitations.tokenHash, tokenHash), isNull(invitations.signedUpAt)))
        .returning();
      return row;
    },

    async findByTokenHash(
      tokenHash: string,
      options: { lock?: boolean } = {},
    ): Promise<InvitationRow | undefined> {
      const query = db.select().from(invitations).where(eq(invitations.tokenHash, tokenHash));
      const [row] = options.lock ? await query.for("update") : await query;
      return row;
    },

    async revokeAllOpen(spaceId: string, at: Date): Promise<void> {
      await db
        .update(invitations)
        .set({ revokedAt: at })
        .where(
          and(
            eq(invitations.spaceId, spaceId),
            isNull(invitations.revokedAt),
            isNull(invitations.acceptedAt),
          ),
        );
    },

    async revoke(invitationId: string, at: Date): Promise<void> {
      await db.update(invitations).set({ revokedAt: at }).where(eq(invitations.id, invitationId));
    },

    async markAccepted(invitationId: string, at: Date): Promise<void> {
      await db.update(invitations).set({ acceptedAt: at }).where(eq(invitations.id, invitationId));
    },
  };
}

export type InvitationsRepo = ReturnType<typeof invitationsRepo>;
