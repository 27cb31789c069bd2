import type { CounselorPeriod } from "@mend/core/counselor/consent";
import { and, desc, eq, gte, isNull, lt, sql } from "drizzle-orm";
import type { Database } from "../../db/database.ts";
import { accounts } from "../accounts/tables.ts";
import { counselorConsents, counselorInvitations, counselorNotes, counselorVisits } from "./tables.ts";

export type CounselorInvitationRow = typeof counselorInvitations.$inferSelect;

/** An invitation with its yeses: the shape the consent rules read. */
export interface StoredPeriod extends CounselorPeriod {
  row: CounselorInvitationRow;
}

export interface NoteRow {
  id: string;
  text: string;
  writtenAt: Date;
  counselorName: string | null;
}

/** At most one invitation of a space is not ended: it comes first, then the newest ended ones. */
const newestFirst = [
  sql`(${counselorInvitations.endedAt} is null) desc`,
  desc(counselorInvitations.createdAt),
  desc(counselorInvitations.endedAt),
];

export function counselorRepo(db: Database) {
  async function withConsents(row: CounselorInvitationRow): Promise<StoredPeriod> {
    const consents = await db
      .select()
      .from(counselorConsents)
      .where(eq(counselorConsents.invitationId, row.id));
    return {
      row,
      counselorAccountId: row.counselorAccountId ?? undefined,
      consents: new Map(consents.map((c) => [c.memberId, c.givenAt])),
      endedAt: row.endedAt ?? undefined,
    };
  }

  return {
    /** The space's invitation that has not ended, or else its newest. */
    async latestInSpace(
      spaceId: string,
      options: { lock?: boolean } = {},
    ): Promise<StoredPeriod | undefined> {
      const query = db
        .select()
        .from(counselorInvitations)
        .where(eq(counselorInvitations.spaceId, spaceId))
        .orderBy(...newestFirst)
        .limit(1);
      const [row] = options.lock ? await query.for("update") : await query;
      return row && withConsents(row);
    },

    async findByTokenHash(tokenHash: string): Promise<StoredPeriod | undefined> {
      const [row] = await db
        .select()
        .from(counselorInvitations)
        .where(eq(counselorInvitations.tokenHash, tokenHash))
        .for("update");
      return row && withConsents(row);
    },

    /** The periods this account was counselor in (newest first), ended ones too. */
    async ofCounselor(accountId: string): Promise<StoredPeriod[]> {
      const rows = await db
        .select()
        .from(counselorInvitations)
        .where(eq(counselorInvitations.counselorAccountId, accountId))
        .orderBy(...newestFirst);
      return Promise.all(rows.map(withConsents));
    },

    /** This account's period in a space that has not ended, if any. */
    async openPeriodOf(accountId: string, spaceId: string): Promise<StoredPeriod | undefined> {
      const [row] = await db
        .select()
        .from(counselorInvitations)
        .where(
          and(
            eq(counselorInvitations.spaceId, spaceId),
            eq(counselorInvitations.counselorAccountId, accountId),
            isNull(counselorInvitations.endedAt),
          ),
        );
      return row && withConsents(row);
    },

    async insertInvitation(values: typeof counselorInvitations.$inferInsert): Promise<void> {
      await db.insert(counselorInvitations).values(values);
    },

    async setCounselor(invitationId: string, accountId: string, at: Date): Promise<void> {
      await db
        .update(counselorInvitations)
        .set({ counselorAccountId: accountId, counselorJoinedAt: at })
        .where(eq(counselorInvitations.id, invitationId));
    },

    async insertConsent(invitationId: string, memberId: string, at: Date): Promise<void> {
      await db
        .insert(counselorConsents)
        .values({ invitationId, memberId, givenAt: at })
        .onConflictDoNothing();
    },

    async end(invitationId: string, at: Date): Promise<void> {
      await db
        .update(counselorInvitations)
        .set({ endedAt: at })
        .where(and(eq(counselorInvitations.id, invitationId), isNull(counselorInvitations.endedAt)));
    },

    async recordVisit(invitationId: string, day: string): Promise<void> {
      await db.insert(counselorVisits).values({ invitationId, day }).onConflictDoNothing();
    },

    /** The days any counselor looked at the space since `since`, newest first. */
    async visitDays(spaceId: string, since: Date): Promise<string[]> {
      const sinceDay = since.toISOString().slice(0, 10);
      const rows = await db
        .selectDistinct({ day: counselorVisits.day })
        .from(counselorVisits)
        .innerJoin(counselorInvitations, eq(counselorInvitations.id, counselorVisits.invitationId))
        .where(and(eq(counselorInvitations.spaceId, spaceId), gte(counselorVisits.day, sinceDay)))
        .orderBy(desc(counselorVisits.day));
      return rows.map((row) => row.day);
    },

    /** The counselor's last day looking at a space before `today`. */
    async lastVisitBefore(invitationId: string, today: string): Promise<string | undefined> {
      const [row] = await db
        .select({ day: counselorVisits.day })
        .from(counselorVisits)
        .where(and(eq(counselorVisits.invitationId, invitationId), lt(counselorVisits.day, today)))
        .orderBy(desc(counselorVisits.day))
        .limit(1);
      return row?.day;
    },

    async insertNote(values: typeof counselorNotes.$inferInsert): Promise<NoteRow> {
      const [row] = await db.insert(counselorNotes).values(values).returning();
      if (!row) throw new Error("insert returned no row");
      return { id: row.id, text: row.text, writtenAt: row.writtenAt, counselorName: null };
    },

    /** The space's notes written since `since`, newest first, with their counselor's name. */
    async notes(spaceId: string, since: Date): Promise<NoteRow[]> {
      return db
        .select({
          id: counselorNotes.id,
          text: counselorNotes.text,
          writtenAt: counselorNotes.writtenAt,
          counselorName: accounts.displayName,
        })
        .from(counselorNotes)
        .innerJoin(counselorInvitations, eq(counselorInvitations.id, counselorNotes.invitationId))
        .leftJoin(accounts, eq(accounts.id, counselorInvitations.counselorAccountId))
        .where(and(eq(counselorNotes.spaceId, spaceId), gte(counselorNotes.writtenAt, since)))
        .orderBy(desc(counselorNotes.writtenAt), desc(counselorNotes.id));
    },

    async accountName(accountId: string): Promise<string | undefined> {
      const [row] = await db
        .select({ name: accounts.displayName })
        .from(accounts)
        .where(eq(accounts.id, accountId));
      return row?.name;
    },
  };
}
