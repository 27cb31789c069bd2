import type { CheckinCadenceView } from "@mend/core/checkins/contract";
import type { Sharing } from "@mend/core/checkins/fields";
import type { ChosenCadence, OwnCheckin } from "@mend/core/reminders/due";
import { and, asc, desc, eq, gte, inArray, isNotNull, isNull } from "drizzle-orm";
import type { Database } from "../../db/database.ts";
import { isUuid } from "../spaces/repo.ts";
import { checkinCadences, checkins } from "./tables.ts";

export type CheckinRow = typeof checkins.$inferSelect;
export type CheckinStampRow = Pick<
  CheckinRow,
  "spaceId" | "memberId" | "kind" | "submittedAt" | "utcOffsetMinutes"
>;

/** When a check-in was made, as the reminder rules read it. */
export const ownCheckinOf = (row: CheckinStampRow): OwnCheckin => ({
  kind: row.kind === "weekly" ? "weekly" : "daily",
  submittedAt: row.submittedAt,
  utcOffsetMinutes: row.utcOffsetMinutes,
});

type CadenceRow = typeof checkinCadences.$inferSelect;

/** A stored rhythm as the rules and the owner read it; no row is "auto". */
export const cadenceOf = (row: CadenceRow | undefined): CheckinCadenceView & ChosenCadence => {
  if (!row || row.rhythm === "off") return { rhythm: row ? "off" : "auto" };
  const timeZone = row.timeZone ?? "UTC";
  return row.rhythm === "weekly"
    ? { rhythm: "weekly", weekday: row.weekday ?? 0, timeZone }
    : { rhythm: "daily", timeZone };
};

export function checkinsRepo(db: Database) {
  return {
    /** The rhythm one member chose for their own check-ins. */
    async cadenceOf(memberId: string): Promise<CadenceRow | undefined> {
      const [row] = await db.select().from(checkinCadences).where(eq(checkinCadences.memberId, memberId));
      return row;
    },

    /** The rhythms chosen in many spaces, by member: one query however many spaces. */
    async cadencesIn(spaceIds: readonly string[]): Promise<Map<string, CadenceRow>> {
      if (spaceIds.length === 0) return new Map();
      const rows = await db
        .select()
        .from(checkinCadences)
        .where(inArray(checkinCadences.spaceId, [...spaceIds]));
      return new Map(rows.map((row) => [row.memberId, row]));
    },

    /** Keeps a member's chosen rhythm; "auto" removes it. */
    async saveCadence(spaceId: string, memberId: string, input: CheckinCadenceView, now: Date) {
      if (input.rhythm === "auto") {
        await db.delete(checkinCadences).where(eq(checkinCadences.memberId, memberId));
        return;
      }
      const values = {
        rhythm: input.rhythm,
        weekday: input.rhythm === "weekly" ? input.weekday : null,
        timeZone: input.rhythm === "off" ? null : input.timeZone,
        updatedAt: now,
      };
      await db
        .insert(checkinCadences)
        .values({ memberId, spaceId, ...values })
        .onConflictDoUpdate({ target: checkinCadences.memberId, set: values });
    },

    /** Undefined when a row already has this id: the browser made it, so it may collide. */
    async insert(values: typeof checkins.$inferInsert): Promise<CheckinRow | undefined> {
      const [row] = await db.insert(checkins).values(values).onConflictDoNothing().returning();
      return row;
    },

    /** One member's check-ins in a space, newest first. */
    async byMember(spaceId: string, memberId: string): Promise<CheckinRow[]> {
      return db
        .select()
        .from(checkins)
        .where(and(eq(checkins.spaceId, spaceId), eq(checkins.memberId, memberId)))
        .orderBy(desc(checkins.submittedAt), desc(checkins.id));
    },

    /** Every check-in in a space, oldest first (for insights and help, which filter per viewer). */
    async inSpace(spaceId: string): Promise<CheckinRow[]> {
      return db
        .select()
        .from(checkins)
        .where(eq(checkins.spaceId, spaceId))
        .orderBy(asc(checkins.submittedAt), asc(checkins.id));
    },

    /**
     * When each member of many spaces checked in, and nothing of what they wrote: every check-in
     * since `since`, and each member's latest of each kind before it. Two queries however many spaces.
     */
    async stampsInSpaces(spaceIds: readonly string[], since: Date): Promise<CheckinStampRow[]> {
      if (spaceIds.length === 0) return [];
      const columns = {
        spaceId: checkins.spaceId,
        memberId: checkins.memberId,
        kind: checkins.kind,
        submittedAt: checkins.submittedAt,
        utcOffsetMinutes: checkins.utcOffsetMinutes,
      };
      const inSpaces = inArray(checkins.spaceId, [...spaceIds]);
      const recent = await db
        .select(columns)
        .from(checkins)
        .where(and(inSpaces, gte(checkins.submittedAt, since)));
      const latest = await db
        .selectDistinctOn([checkins.memberId, checkins.kind], columns)
        .from(checkins)
        .where(inSpaces)
        .orderBy(checkins.memberId, checkins.kind, desc(checkins.submittedAt));
      return [...latest.filter((row) => row.submittedAt < since), ...recent];
    },

    async latestOffset(spaceId: string, memberId: string): Promise<number | undefined> {
      const [row] = await db
        .select({ utcOffsetMinutes: checkins.utcOffsetMinutes })
        .from(checkins)
        .where(and(eq(checkins.spaceId, spaceId), eq(checkins.memberId, memberId)))
        .orderBy(desc(checkins.submittedAt))
        .limit(1);
      return row?.utcOffsetMinutes;
    },

    /** The check-in only if `memberId` wrote it in `spaceId`: anyone else finds nothing. */
    async findOwn(spaceId: string, memberId: string, checkinId: string): Promise<CheckinRow | undefined> {
      if (!isUuid(checkinId)) return undefined;
      const [row] = await db
        .select()
        .from(checkins)
        .where(
          and(eq(checkins.id, checkinId), eq(checkins.spaceId, spaceId), eq(checkins.memberId, memberId)),
        );
      return row;
    },

    /**
     * Swaps a note from before the vault for its envelope in one statement, so its words are gone the
     * moment the envelope is kept. Only that swap: a sealed note stays as written (the table's trigger
     * refuses anything else too), so undefined when there was no plain note to seal.
     */
    async sealPlainNote(checkinId: string, sealedNote: string): Promise<CheckinRow | undefined> {
      const [row] = await db
        .update(checkins)
        .set({ sealedNote, privateNote: null })
        .where(and(eq(checkins.id, checkinId), isNotNull(checkins.privateNote), isNull(checkins.sealedNote)))
        .returning();
      return row;
    },

    async setSharing(checkinId: string, sharing: Sharing): Promise<CheckinRow> {
      const [row] = await db.update(checkins).set({ sharing }).where(eq(checkins.id, checkinId)).returning();
      if (!row) throw new Error("update returned no row");
      return row;
    },
  };
}
