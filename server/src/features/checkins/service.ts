import { currentStreak, dueCheckins, dueUnderRhythm } from "@mend/core/checkins/cadence";
import type {
  CheckinAuthorViewJson,
  CheckinCadenceInput,
  CheckinCadenceView,
  CheckinSharedViewJson,
  DueCheckinsView,
  SharingBody,
  SubmitCheckin,
} from "@mend/core/checkins/contract";
import { type Sharing, shareableSections } from "@mend/core/checkins/fields";
import type { Database } from "../../db/database.ts";
import { AppError, notFound } from "../../http/errors.ts";
import { refuseWhenEnded } from "../ending/guard.ts";
import { reaches, requirePair } from "../spaces/pair.ts";
import { spacesRepo } from "../spaces/repo.ts";
import { requireMembership } from "../spaces/service.ts";
import { checkinFromRow, dueReminder, nothingDueLine, presentOwn, presentTheirs } from "./presenters.ts";
import { cadenceOf, checkinsRepo } from "./repo.ts";

const checkinNotFound = () => notFound("That check-in");

const sharesAny = (sharing: Sharing) => shareableSections.some((section) => sharing[section]);

/** True when the new choice shows a part that was hidden; hiding parts is always possible. */
const showsMore = (before: Sharing, after: Sharing) =>
  shareableSections.some((section) => after[section] && !before[section]);

/** One of the caller's own check-ins in a space, or "not found" (someone else's is not found either). */
async function ownCheckin(tx: Database, accountId: string, spaceId: string, checkinId: string) {
  const { member } = await requireMembership(tx, accountId, spaceId);
  const repo = checkinsRepo(tx);
  const own = await repo.findOwn(spaceId, member.id, checkinId);
  if (!own) throw checkinNotFound();
  return { member, repo, own };
}

export function checkinsService(deps: { db: Database; clock: () => Date }) {
  const { db, clock } = deps;

  return {
    /** The check-in is dated by the clock, so a seeded history passes its own clock per check-in. */
    async submit(accountId: string, spaceId: string, input: SubmitCheckin): Promise<CheckinAuthorViewJson> {
      return db.transaction(async (tx) => {
        const { member } = await requireMembership(tx, accountId, spaceId);
        const now = clock();
        // A check-in kept to oneself is still welcome after the end; sharing a new one is not.
        if (sharesAny(input.sharing)) await refuseWhenEnded(tx, spaceId, now);
        const row = await checkinsRepo(tx).insert({
          ...(input.id ? { id: input.id } : {}),
          spaceId,
          memberId: member.id,
          kind: input.kind,
          submittedAt: now,
          utcOffsetMinutes: input.utcOffsetMinutes,
          trustNow: input.trustNow,
          elements: input.kind === "weekly" ? input.elements : null,
          emotions: input.emotions,
          signs: input.signs,
          need: input.need ?? null,
          sealedNote: input.sealedNote ?? null,
          safety: input.safety ?? null,
          sharing: input.sharing,
        });
        if (!row) {
          throw new AppError(
            "conflict",
            "A check-in with this id already exists. Save it again to try once more.",
          );
        }
        // The event names the check-in only: nothing of what it says, and nothing about safety.
        await spacesRepo(tx).recordEvent({
          spaceId,
          memberId: member.id,
          kind: "checkin.submitted",
          at: now,
          data: { checkinId: row.id },
        });
        return presentOwn(checkinFromRow(row));
      });
    },

    async mine(accountId: string, spaceId: string): Promise<CheckinAuthorViewJson[]> {
      const { member } = await requireMembership(db, accountId, spaceId);
      const rows = await checkinsRepo(db).byMember(spaceId, member.id);
      return rows.map((row) => presentOwn(checkinFromRow(row)));
    },

    async theirs(accountId: string, spaceId: string): Promise<CheckinSharedViewJson[]> {
      const pair = await requirePair(db, accountId, spaceId);
      if (!pair.other) return [];
      const rows = await checkinsRepo(db).byMember(spaceId, pair.other.id);
      // A check-in is shared as it is written; one written before the reader joined was not meant for them.
      return presentTheirs(
        rows.filter((row) => reaches(pair, row.memberId, row.submittedAt)).map(checkinFromRow),
      );
    },

    async due(accountId: string, spaceId: string, utcOffsetMinutes?: number): Promise<DueCheckinsView> {
      const { member } = await requireMembership(db, accountId, spaceId);
      const rows = await checkinsRepo(db).byMember(spaceId, member.id);
      const offset = utcOffsetMinutes ?? rows[0]?.utcOffsetMinutes ?? 0;
      const now = clock();
      const { rhythm } = cadenceOf(await checkinsRepo(db).cadenceOf(member.id));
      const due = dueUnderRhythm(
        dueCheckins(
          rows.map((row) => ({
            kind: row.kind === "weekly" ? "weekly" : "daily",
            submittedAt: row.submittedAt,
          })),
          now,
          offset,
        ),
        rhythm,
      );
      const streakDays = currentStreak(
        rows.map((row) => row.submittedAt),
        now,
        offset,
      );
      return {
        ...due,
        streakDays,
        reminder: dueReminder(due, rows.length === 0, rhythm),
        nothingDue: nothingDueLine(rhythm),
      };
    },

    /** The rhythm the viewer chose for their own check-ins ("auto" until they choose one). */
    async cadence(accountId: string, spaceId: string): Promise<CheckinCadenceView> {
      const { member } = await requireMembership(db, accountId, spaceId);
      return cadenceOf(await checkinsRepo(db).cadenceOf(member.id));
    },

    /**
     * Keeps the viewer's own rhythm. Nothing else changes and nothing is recorded in the space's
     * history: the other person never learns that it was chosen, or when.
     */
    async setCadence(
      accountId: string,
      spaceId: string,
      input: CheckinCadenceInput,
    ): Promise<CheckinCadenceView> {
      const { member } = await requireMembership(db, accountId, spaceId);
      const repo = checkinsRepo(db);
      await repo.saveCadence(spaceId, member.id, input, clock());
      return cadenceOf(await repo.cadenceOf(member.id));
    },

    /**
     * Seals a note from before the vault, as its author's browser sends it; only its author's browser
     * can open it. A note already sealed stays as it was written: a check-in is not rewritten.
     */
    async sealNote(
      accountId: string,
      spaceId: string,
      checkinId: string,
      sealed: string,
    ): Promise<CheckinAuthorViewJson> {
      return db.transaction(async (tx) => {
        const { repo, own } = await ownCheckin(tx, accountId, spaceId, checkinId);
        const row = await repo.sealPlainNote(own.id, sealed);
        if (!row) {
          throw new AppError(
            "conflict",
            own.sealedNote === null
              ? "This check-in has no note to seal."
              : "This check-in's note is already sealed in your vault.",
          );
        }
        return presentOwn(checkinFromRow(row));
      });
    },

    /** Sharing can change at any time, without telling anyone; what was written stays as it was. */
    async setSharing(
      accountId: string,
      spaceId: string,
      checkinId: string,
      sharing: SharingBody,
    ): Promise<CheckinAuthorViewJson> {
      return db.transaction(async (tx) => {
        const { member, repo, own } = await ownCheckin(tx, accountId, spaceId, checkinId);
        if (showsMore(own.sharing, sharing)) await refuseWhenEnded(tx, spaceId, clock());
        const row = await repo.setSharing(own.id, sharing);
        await spacesRepo(tx).recordEvent({
          spaceId,
          memberId: member.id,
          kind: "checkin.sharing_changed",
          at: clock(),
          data: { checkinId: row.id },
        });
        return presentOwn(checkinFromRow(row));
      });
    },
  };
}

export type CheckinsService = ReturnType<typeof checkinsService>;
