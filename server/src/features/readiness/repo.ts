import { and, desc, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import type { Database } from "../../db/database.ts";
import { isUuid } from "../spaces/repo.ts";
import { readinessChecks } from "./tables.ts";

export type ReadinessCheckRow = typeof readinessChecks.$inferSelect;

export function readinessRepo(db: Database) {
  return {
    /** Undefined when a row already has this id: the browser made it, so it may collide. */
    async insert(values: typeof readinessChecks.$inferInsert): Promise<ReadinessCheckRow | undefined> {
      const [row] = await db.insert(readinessChecks).values(values).onConflictDoNothing().returning();
      return row;
    },

    /** A member's checks, newest first. */
    ownChecks(memberId: string): Promise<ReadinessCheckRow[]> {
      return db
        .select()
        .from(readinessChecks)
        .where(eq(readinessChecks.memberId, memberId))
        .orderBy(desc(readinessChecks.completedAt));
    },

    async findOwn(memberId: string, checkId: string): Promise<ReadinessCheckRow | undefined> {
      if (!isUuid(checkId)) return undefined;
      const [row] = await db
        .select()
        .from(readinessChecks)
        .where(and(eq(readinessChecks.id, checkId), eq(readinessChecks.memberId, memberId)));
      return row;
    },

    /** When the member last took the check: all anyone but their own browser needs to know. */
    async latestCompletion(memberId: string): Promise<Date | undefined> {
      const [row] = await db
        .select({ completedAt: readinessChecks.completedAt })
        .from(readinessChecks)
        .where(eq(readinessChecks.memberId, memberId))
        .orderBy(desc(readinessChecks.completedAt))
        .limit(1);
      return row?.completedAt;
    },

    /**
     * Swaps a check's answers from before the vault for their envelope in one statement, so the
     * answers are gone the moment the envelope is kept. Only the member's own check, and only plain
     * to sealed: undefined when there is no such check with plain answers.
     */
    async sealPlainAnswers(
      checkId: string,
      memberId: string,
      sealedAnswers: string,
    ): Promise<ReadinessCheckRow | undefined> {
      const [row] = await db
        .update(readinessChecks)
        .set({ sealedAnswers, answers: null })
        .where(
          and(
            eq(readinessChecks.id, checkId),
            eq(readinessChecks.memberId, memberId),
            isNotNull(readinessChecks.answers),
            isNull(readinessChecks.sealedAnswers),
          ),
        )
        .returning();
      return row;
    },

    /** The first completion of each given member: all the shared record needs to know. */
    async firstCompletions(spaceId: string, memberIds: string[]): Promise<Map<string, Date>> {
      if (memberIds.length === 0) return new Map();
      const rows = await db
        .select({ memberId: readinessChecks.memberId, completedAt: readinessChecks.completedAt })
        .from(readinessChecks)
        .where(and(eq(readinessChecks.spaceId, spaceId), inArray(readinessChecks.memberId, memberIds)));
      const first = new Map<string, Date>();
      for (const row of rows) {
        const known = first.get(row.memberId);
        if (!known || row.completedAt < known) first.set(row.memberId, row.completedAt);
      }
      return first;
    },
  };
}
