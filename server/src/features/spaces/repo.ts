import { isStreamedEventKind } from "@mend/core/realtime/contract";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Database } from "../../db/database.ts";
import type { SpaceRead } from "../../db/space-reads.ts";
import { accounts } from "../accounts/tables.ts";
import { spaceEvents, spaceMembers, spaces } from "./tables.ts";

export type SpaceRow = typeof spaces.$inferSelect;
export type MemberRow = typeof spaceMembers.$inferSelect;
export type MemberWithName = MemberRow & { displayName: string };

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => uuidPattern.test(value);

export function spacesRepo(db: Database) {
  return {
    async insertSpace(values: typeof spaces.$inferInsert): Promise<SpaceRow> {
      const [row] = await db.insert(spaces).values(values).returning();
      if (!row) throw new Error("insert returned no row");
      return row;
    },

    /** Call with the space locked (`lockSpace`), so no streamed event slips in before the position is read. */
    async insertMember(
      values: Omit<typeof spaceMembers.$inferInsert, "streamPositionAtJoin">,
    ): Promise<MemberRow> {
      const positionNow = sql<number>`(select ${spaces.streamPosition} from ${spaces} where ${spaces.id} = ${values.spaceId})`;
      const [row] = await db
        .insert(spaceMembers)
        .values({ ...values, streamPositionAtJoin: positionNow })
        .returning();
      if (!row) throw new Error("insert returned no row");
      return row;
    },

    /**
     * A kind the live stream carries also takes the space's next stream position, in the same
     * statement, so the position and the event are committed together or not at all.
     */
    async recordEvent(values: Omit<typeof spaceEvents.$inferInsert, "streamPosition">): Promise<void> {
      if (!isStreamedEventKind(values.kind)) {
        await db.insert(spaceEvents).values(values);
        return;
      }
      const next = db.$with("next").as(
        db
          .update(spaces)
          .set({ streamPosition: sql`${spaces.streamPosition} + 1` })
          .where(eq(spaces.id, values.spaceId))
          .returning({ position: spaces.streamPosition }),
      );
      await db
        .with(next)
        .insert(spaceEvents)
        .values({ ...values, streamPosition: sql`(select ${next.position} from ${next})` });
    },

    /** The caller's active membership in an open space, or undefined: the one gate to everything in a space. */
    async findMembership(spaceId: string, accountId: string) {
      if (!isUuid(spaceId)) return undefined;
      const [row] = await db
        .select({ space: spaces, member: spaceMembers })
        .from(spaceMembers)
        .innerJoin(spaces, eq(spaces.id, spaceMembers.spaceId))
        .where(
          and(
            eq(spaceMembers.spaceId, spaceId),
            eq(spaceMembers.accountId, accountId),
            isNull(spaceMembers.leftAt),
            isNull(spaces.closedAt),
          ),
        );
      return row;
    },

    async findSpace(spaceId: string): Promise<SpaceRow | undefined> {
      const [row] = await db.select().from(spaces).where(eq(spaces.id, spaceId));
      return row;
    },

    /** Locks the space row so that membership changes in one space happen one at a time. */
    async lockSpace(spaceId: string): Promise<SpaceRow | undefined> {
      const [row] = await db.select().from(spaces).where(eq(spaces.id, spaceId)).for("update");
      return row;
    },

    async activeMembers(spaceId: string): Promise<MemberWithName[]> {
      const rows = await db
        .select({ member: spaceMembers, displayName: accounts.displayName })
        .from(spaceMembers)
        .innerJoin(accounts, eq(accounts.id, spaceMembers.accountId))
        .where(and(eq(spaceMembers.spaceId, spaceId), isNull(spaceMembers.leftAt)))
        .orderBy(asc(spaceMembers.joinedAt));
      return rows.map((row) => ({ ...row.member, displayName: row.displayName }));
    },

    /**
     * The current members and where the space's record stands (its latest event), in one statement. Every change to
     * a space appends an event, so together with the members (names included) they tell whether
     * anything a progress page is derived from has changed (see db/progress-cache.ts).
     */
    async activeMembersAndLatestEvent(
      spaceId: string,
    ): Promise<{ members: MemberWithName[]; latestEvent: string }> {
      const rows = await db
        .select({
          member: spaceMembers,
          displayName: accounts.displayName,
          // The count as well as the greatest id: a transaction may commit its event after a later
          // one's, and then only the count tells that something was added.
          latestEvent: sql<string>`(select coalesce(max(${spaceEvents.id}), 0) || ':' || count(*) from ${spaceEvents} where ${spaceEvents.spaceId} = ${spaceId})`,
        })
        .from(spaceMembers)
        .innerJoin(accounts, eq(accounts.id, spaceMembers.accountId))
        .where(and(eq(spaceMembers.spaceId, spaceId), isNull(spaceMembers.leftAt)))
        .orderBy(asc(spaceMembers.joinedAt));
      return {
        members: rows.map((row) => ({ ...row.member, displayName: row.displayName })),
        latestEvent: rows[0]?.latestEvent ?? "",
      };
    },

    /**
     * Counted from the "member.left" events rather than member rows: someone who deleted their
     * account leaves no member row behind, only that event.
     */
    /** When someone last left the space; undefined if nobody ever has. */
    async lastDepartureAt(spaceId: string): Promise<Date | undefined> {
      const [row] = await db
        .select({ at: sql<Date | string | null>`max(${spaceMembers.leftAt})` })
        .from(spaceMembers)
        .where(eq(spaceMembers.spaceId, spaceId));
      return row?.at ? new Date(row.at) : undefined;
    },

    async hasFormerMembers(spaceId: string): Promise<boolean> {
      const [row] = await db
        .select({ count: sql<number>`count(*)::int` })
        .from(spaceEvents)
        .where(and(eq(spaceEvents.spaceId, spaceId), eq(spaceEvents.kind, "member.left")));
      return (row?.count ?? 0) > 0;
    },

    async spacesOf(accountId: string) {
      return db
        .select({ space: spaces, member: spaceMembers })
        .from(spaceMembers)
        .innerJoin(spaces, eq(spaces.id, spaceMembers.spaceId))
        .where(
          and(eq(spaceMembers.accountId, accountId), isNull(spaceMembers.leftAt), isNull(spaces.closedAt)),
        )
        .orderBy(asc(spaces.createdAt));
    },

    async markLeft(memberId: string, at: Date): Promise<void> {
      await db.update(spaceMembers).set({ leftAt: at }).where(eq(spaceMembers.id, memberId));
    },

    async closeSpace(spaceId: string, at: Date): Promise<void> {
      await db.update(spaces).set({ closedAt: at }).where(eq(spaces.id, spaceId));
    },
  };
}

export type SpacesRepo = ReturnType<typeof spacesRepo>;

/** The space's current members, read once per request by the progress sources. */
export const readActiveMembers: SpaceRead<MemberWithName[]> = (db, spaceId) =>
  spacesRepo(db).activeMembers(spaceId);
