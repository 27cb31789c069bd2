import { and, asc, eq, isNull, lte } from "drizzle-orm";
import type { Database } from "../../db/database.ts";
import { accounts } from "../accounts/tables.ts";
import { readinessChecks } from "../readiness/tables.ts";
import { spaceEvents, spaceMembers, spaces } from "../spaces/tables.ts";
import { spaceEndings } from "./tables.ts";

export type SpaceEndingRow = typeof spaceEndings.$inferSelect;

export function endingRepo(db: Database) {
  return {
    async find(spaceId: string): Promise<SpaceEndingRow | undefined> {
      const [row] = await db.select().from(spaceEndings).where(eq(spaceEndings.spaceId, spaceId));
      return row;
    },

    /** Returns undefined when the space had already been ended (the first ending stands). */
    async insert(values: typeof spaceEndings.$inferInsert): Promise<SpaceEndingRow | undefined> {
      const [row] = await db.insert(spaceEndings).values(values).onConflictDoNothing().returning();
      return row;
    },

    /** The still-open spaces of this account whose grace period is over at `now`. */
    dueSpacesOf(accountId: string, now: Date): Promise<{ spaceId: string; closesAt: Date }[]> {
      return db
        .select({ spaceId: spaceEndings.spaceId, closesAt: spaceEndings.closesAt })
        .from(spaceEndings)
        .innerJoin(spaces, eq(spaces.id, spaceEndings.spaceId))
        .innerJoin(spaceMembers, eq(spaceMembers.spaceId, spaceEndings.spaceId))
        .where(
          and(
            eq(spaceMembers.accountId, accountId),
            isNull(spaceMembers.leftAt),
            isNull(spaces.closedAt),
            lte(spaceEndings.closesAt, now),
          ),
        );
    },

    /** Closes a space at the end of its grace period; false when it was already closed. */
    async closeEnded(spaceId: string, closesAt: Date): Promise<boolean> {
      const updated = await db
        .update(spaces)
        .set({ closedAt: closesAt })
        .where(and(eq(spaces.id, spaceId), isNull(spaces.closedAt)))
        .returning({ id: spaces.id });
      if (updated.length === 0) return false;
      await db.insert(spaceEvents).values({ spaceId, kind: "space.closed", at: closesAt });
      return true;
    },

    /** The spaces an account is still an active member of, for account deletion. */
    activeMembershipsOf(accountId: string) {
      return db
        .select({ member: spaceMembers })
        .from(spaceMembers)
        .where(and(eq(spaceMembers.accountId, accountId), isNull(spaceMembers.leftAt)));
    },

    async deleteAccount(accountId: string): Promise<void> {
      await db.delete(accounts).where(eq(accounts.id, accountId));
    },

    /** Every readiness check a member took, for their own export. */
    readinessChecksOf(memberId: string) {
      return db
        .select()
        .from(readinessChecks)
        .where(eq(readinessChecks.memberId, memberId))
        .orderBy(asc(readinessChecks.completedAt));
    },
  };
}
