import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Database } from "../../db/database.ts";
import { spaceEndings } from "../ending/tables.ts";
import { spaceMembers, spaces } from "../spaces/tables.ts";
import { reminderScans } from "./tables.ts";

/** A current member of a space that is still open, as the scan needs them. */
export interface ScanMember {
  spaceId: string;
  memberId: string;
  accountId: string;
  spaceCreatedAt: Date;
}

export function remindersRepo(db: Database) {
  return {
    /** Where the scan named `name` got to; undefined before its first run. */
    async scannedUpTo(name: string): Promise<Date | undefined> {
      const [row] = await db.select().from(reminderScans).where(eq(reminderScans.name, name));
      return row?.scannedUpTo;
    },

    /**
     * Moves the mark from `from` to `to`, only if nobody moved it since this scan read it (the
     * first run inserts it). False when another scan got there first: then this one's hand-overs
     * were duplicates of that one's, which the delivery's keys make harmless.
     */
    async advance(name: string, from: Date | undefined, to: Date): Promise<boolean> {
      if (from === undefined) {
        const inserted = await db
          .insert(reminderScans)
          .values({ name, scannedUpTo: to })
          .onConflictDoNothing()
          .returning({ name: reminderScans.name });
        return inserted.length === 1;
      }
      const moved = await db
        .update(reminderScans)
        .set({ scannedUpTo: to })
        .where(and(eq(reminderScans.name, name), eq(reminderScans.scannedUpTo, from)))
        .returning({ name: reminderScans.name });
      return moved.length === 1;
    },

    /** Every current member of every space that has not closed: one query. */
    activeMembers(): Promise<ScanMember[]> {
      return db
        .select({
          spaceId: spaceMembers.spaceId,
          memberId: spaceMembers.id,
          accountId: spaceMembers.accountId,
          spaceCreatedAt: spaces.createdAt,
        })
        .from(spaceMembers)
        .innerJoin(spaces, eq(spaces.id, spaceMembers.spaceId))
        .where(and(isNull(spaceMembers.leftAt), isNull(spaces.closedAt)));
    },

    /** When the repair was ended in those of `spaceIds` where it was. */
    async endedAtIn(spaceIds: readonly string[]): Promise<Map<string, Date>> {
      if (spaceIds.length === 0) return new Map();
      const rows = await db
        .select({ spaceId: spaceEndings.spaceId, endedAt: spaceEndings.endedAt })
        .from(spaceEndings)
        .where(inArray(spaceEndings.spaceId, [...spaceIds]));
      return new Map(rows.map((row) => [row.spaceId, row.endedAt]));
    },
  };
}
