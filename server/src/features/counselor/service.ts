import type { AccountView } from "@mend/core/accounts/contract";
import {
  acceptLink,
  type ConsentRefusal,
  consent,
  counselorMayRead,
  counselorStatus,
  endAccess,
  invite,
} from "@mend/core/counselor/consent";
import type {
  CounselorDashboardView,
  CounselorMemberView,
  CounselorSpaceSummary,
  CounselorSpaceView,
  CreatedCounselorLinkView,
  SessionPrepQuery,
  SessionPrepView,
} from "@mend/core/counselor/contract";
import { derivePhases } from "@mend/core/method/index";
import { inRecordFilter, recordKinds } from "@mend/core/record/contract";
import { invitationLifetimeMs } from "@mend/core/spaces/invitation-policy";
import type { Database } from "../../db/database.ts";
import { AppError, notFound } from "../../http/errors.ts";
import type { SpaceEventPublisher } from "../../realtime/bus.ts";
import { hashToken, newSecretToken } from "../accounts/tokens.ts";
import { factsContext, spaceFacts } from "../journey/facts.ts";
import { buildRecord } from "../record/build.ts";
import type { RecordFilter } from "../record/service.ts";
import { requireOther, requirePair } from "../spaces/pair.ts";
import { isUuid, type MemberWithName, type SpaceRow, spacesRepo } from "../spaces/repo.ts";
import { counselorRepo, type NoteRow, type StoredPeriod } from "./repo.ts";
import { renderSessionPrepPdf } from "./session-prep-pdf.ts";

const day = (at: Date) => at.toISOString().slice(0, 10);
const spaceNotFound = () => notFound("That space");
const linkNotFound = () => notFound("That counselor link");

const presentNote = (note: NoteRow) => ({
  id: note.id,
  at: note.writtenAt.toISOString(),
  by: note.counselorName ?? "A counselor",
  text: note.text,
});

function refusal(refused: ConsentRefusal): AppError {
  switch (refused.refused) {
    case "ended":
    case "link_used":
      return new AppError("gone", refused.message);
    case "is_member":
    case "already_has_counselor":
    case "no_counselor_yet":
      return new AppError("conflict", refused.message);
  }
}

/** A space a counselor may read now, with the two people in it. */
interface CounselorAccess {
  space: SpaceRow;
  period: StoredPeriod;
  members: MemberWithName[];
}

/**
 * Whether `accountId` may read the space as its counselor now: both people in the space have said yes
 * to them, nobody has ended it, and the space is open. Anything else is answered as if the space did
 * not exist, so a counselor learns nothing before both agree or after either ends it.
 */
export async function counselorAccess(
  db: Database,
  accountId: string,
  spaceId: string,
): Promise<CounselorAccess | undefined> {
  if (!isUuid(spaceId)) return undefined;
  const period = await counselorRepo(db).openPeriodOf(accountId, spaceId);
  if (!period) return undefined;
  const spaces = spacesRepo(db);
  const [space, members] = await Promise.all([spaces.findSpace(spaceId), spaces.activeMembers(spaceId)]);
  if (!space || space.closedAt || members.some((m) => m.accountId === accountId)) return undefined;
  const memberIds = members.map((m) => m.id);
  return counselorMayRead(period, accountId, memberIds) ? { space, period, members } : undefined;
}

export function counselorService(deps: { db: Database; clock: () => Date; events?: SpaceEventPublisher }) {
  const { db, clock, events } = deps;

  async function requireCounselor(
    tx: Database,
    accountId: string,
    spaceId: string,
  ): Promise<CounselorAccess> {
    const access = await counselorAccess(tx, accountId, spaceId);
    if (!access) throw spaceNotFound();
    return access;
  }

  /** The journey's phases as both members see them: each phase's status only. */
  async function stageOf(spaceId: string, now: Date) {
    const facts = await spaceFacts(await factsContext(db, spaceId, now));
    return derivePhases(facts, now).map((phase) => ({ phase: phase.phase, status: phase.status }));
  }

  /** Reading a space is a visit both members will see; the day before it is "our last session". */
  async function visit(period: StoredPeriod, now: Date) {
    const repo = counselorRepo(db);
    const lastSessionOn = (await repo.lastVisitBefore(period.row.id, day(now))) ?? null;
    await repo.recordVisit(period.row.id, day(now));
    return lastSessionOn;
  }

  const sinceDay = (entries: readonly { at: string }[], lastSessionOn: string | null) =>
    lastSessionOn === null ? 0 : entries.filter((entry) => day(new Date(entry.at)) > lastSessionOn).length;

  /** Notes both members can read: written since the later of the two arrived. */
  const sharedSince = (members: readonly MemberWithName[]) =>
    new Date(Math.max(...members.map((m) => m.joinedAt.getTime())));

  return {
    // ---- The members' side ----

    async memberView(account: AccountView, spaceId: string): Promise<CounselorMemberView> {
      const pair = await requirePair(db, account.id, spaceId);
      const repo = counselorRepo(db);
      const latest = await repo.latestInSpace(spaceId);
      const memberIds = [pair.me.id, ...(pair.other ? [pair.other.id] : [])];
      // What ended before this person came belongs to whoever was here then.
      const shown = latest && !(latest.endedAt && latest.endedAt < pair.me.joinedAt) ? latest : undefined;
      const status = shown ? counselorStatus(shown, memberIds) : "none";
      const [counselorName, lookedOn, notes] = await Promise.all([
        shown?.counselorAccountId ? repo.accountName(shown.counselorAccountId) : undefined,
        repo.visitDays(spaceId, pair.me.joinedAt),
        repo.notes(spaceId, pair.me.joinedAt),
      ]);
      return {
        status,
        counselorName: counselorName ?? null,
        youSaidYes: status !== "ended" && (shown?.consents.has(pair.me.id) ?? false),
        endedAt: shown?.endedAt?.toISOString() ?? null,
        lookedOn,
        notes: notes.map(presentNote),
      };
    },

    /** A new link; an open one nobody has used is replaced, so a lost link is never shown again. */
    async invite(account: AccountView, spaceId: string): Promise<CreatedCounselorLinkView> {
      return db.transaction(async (tx) => {
        const pair = await requirePair(tx, account.id, spaceId);
        requireOther(pair, "You can invite a counselor");
        await spacesRepo(tx).lockSpace(spaceId);
        const repo = counselorRepo(tx);
        const latest = await repo.latestInSpace(spaceId, { lock: true });
        const now = clock();
        const memberIds = [pair.me.id, pair.other?.id ?? ""];
        const step = invite(latest, memberIds);
        if (!step.ok) throw refusal(step);
        if (latest && !latest.endedAt) await repo.end(latest.row.id, now);
        const token = newSecretToken();
        await repo.insertInvitation({ spaceId, tokenHash: hashToken(token), createdAt: now });
        await spacesRepo(tx).recordEvent({ spaceId, kind: "counselor.invited", at: now });
        return { token };
      });
    },

    /** This member's yes to the counselor who opened the link. */
    async consent(account: AccountView, spaceId: string): Promise<CounselorMemberView> {
      await db.transaction(async (tx) => {
        const pair = await requirePair(tx, account.id, spaceId);
        const repo = counselorRepo(tx);
        const latest = await repo.latestInSpace(spaceId, { lock: true });
        if (!latest || latest.endedAt) {
          throw new AppError("conflict", "No counselor is waiting for your yes. Invite one first.");
        }
        const now = clock();
        const step = consent(latest, pair.me.id, now);
        if (!step.ok) throw refusal(step);
        if (step.period === latest) return;
        await repo.insertConsent(latest.row.id, pair.me.id, now);
        await spacesRepo(tx).recordEvent({ spaceId, kind: "counselor.consented", at: now });
      });
      await events?.publish(spaceId);
      return this.memberView(account, spaceId);
    },

    /**
     * Either member ends the counselor's access, alone and at once; the record keeps when, not who.
     * Open counselor streams hear of it at once and close.
     */
    async end(account: AccountView, spaceId: string): Promise<CounselorMemberView> {
      await db.transaction(async (tx) => {
        await requirePair(tx, account.id, spaceId);
        const repo = counselorRepo(tx);
        const latest = await repo.latestInSpace(spaceId, { lock: true });
        if (!latest || latest.endedAt) return;
        const now = clock();
        await repo.end(latest.row.id, endAccess(latest, now).endedAt ?? now);
        await spacesRepo(tx).recordEvent({ spaceId, kind: "counselor.ended", at: now });
      });
      await events?.publish(spaceId);
      return this.memberView(account, spaceId);
    },

    // ---- The counselor's side ----

    /** Any Mend account that is not one of the two people can open the link and become the counselor. */
    async acceptLink(account: AccountView, token: string): Promise<{ spaceId: string }> {
      const spaceId = await db.transaction(async (tx) => {
        const repo = counselorRepo(tx);
        const period = await repo.findByTokenHash(hashToken(token));
        if (!period) throw linkNotFound();
        const now = clock();
        const expired =
          period.counselorAccountId === undefined &&
          now.getTime() - period.row.createdAt.getTime() > invitationLifetimeMs;
        if (expired) throw new AppError("gone", "This counselor link has expired. Ask for a new one.");
        const members = await spacesRepo(tx).activeMembers(period.row.spaceId);
        const step = acceptLink(
          period,
          account.id,
          members.map((m) => m.accountId),
        );
        if (!step.ok) throw refusal(step);
        if (step.period !== period) {
          await repo.setCounselor(period.row.id, account.id, now);
          await spacesRepo(tx).recordEvent({
            spaceId: period.row.spaceId,
            kind: "counselor.joined",
            at: now,
          });
        }
        return period.row.spaceId;
      });
      await events?.publish(spaceId);
      return { spaceId };
    },

    /** The spaces this account works with: before both agree, only that they are waiting. */
    async dashboard(account: AccountView): Promise<CounselorDashboardView> {
      const now = clock();
      const periods = await counselorRepo(db).ofCounselor(account.id);
      const newestPerSpace = periods.filter(
        (period, index) => periods.findIndex((p) => p.row.spaceId === period.row.spaceId) === index,
      );
      const spaces: CounselorSpaceSummary[] = [];
      for (const period of newestPerSpace) {
        const spaceId = period.row.spaceId;
        const base = { spaceId, names: [], stage: [], recent: [], lastSessionOn: null, sinceLastSession: 0 };
        if (period.endedAt) {
          spaces.push({ ...base, status: "ended", endedAt: period.endedAt.toISOString() });
          continue;
        }
        const access = await counselorAccess(db, account.id, spaceId);
        if (!access) {
          spaces.push({ ...base, status: "waiting_for_both", endedAt: null });
          continue;
        }
        const entries = await buildRecord(db, access.space, now);
        const lastSessionOn = await visit(period, now);
        spaces.push({
          spaceId,
          status: "active",
          names: access.members.map((m) => m.displayName),
          stage: await stageOf(spaceId, now),
          recent: entries.slice(0, 3),
          lastSessionOn,
          sinceLastSession: sinceDay(entries, lastSessionOn),
          endedAt: null,
        });
      }
      return { spaces };
    },

    /** One space as its counselor reads it: the shared record, the journey's stage, the notes. */
    async spaceView(
      account: AccountView,
      spaceId: string,
      filter: RecordFilter,
    ): Promise<CounselorSpaceView> {
      const now = clock();
      const { space, period, members } = await requireCounselor(db, account.id, spaceId);
      const entries = await buildRecord(db, space, now);
      const [stage, notes, lastSessionOn] = await Promise.all([
        stageOf(spaceId, now),
        counselorRepo(db).notes(spaceId, sharedSince(members)),
        visit(period, now),
      ]);
      return {
        spaceId,
        names: members.map((m) => m.displayName),
        stage,
        record: {
          entries: entries.filter((entry) => inRecordFilter(entry, filter)),
          totalEntries: entries.length,
          otherPresent: true,
        },
        notes: notes.map(presentNote),
        lastSessionOn,
        sinceLastSession: sinceDay(entries, lastSessionOn),
      };
    },

    /** What happened in the given days, from the shared record only: to prepare a session. */
    async sessionPrep(
      account: AccountView,
      spaceId: string,
      range: SessionPrepQuery,
    ): Promise<SessionPrepView> {
      const now = clock();
      const { space, period, members } = await requireCounselor(db, account.id, spaceId);
      const entries = (await buildRecord(db, space, now)).filter((entry) => inRecordFilter(entry, range));
      const [stage, notes] = await Promise.all([
        stageOf(spaceId, now),
        counselorRepo(db).notes(spaceId, sharedSince(members)),
        visit(period, now),
      ]);
      return {
        ...range,
        names: members.map((m) => m.displayName),
        stage,
        counts: recordKinds
          .map((kind) => ({ kind, count: entries.filter((entry) => entry.kind === kind).length }))
          .filter((count) => count.count > 0),
        entries,
        notes: notes
          .filter((note) => inRecordFilter({ kind: "shared", at: note.writtenAt.toISOString() }, range))
          .map(presentNote),
      };
    },

    /** The same preparation as a PDF, dated now. */
    async sessionPrepPdf(account: AccountView, spaceId: string, range: SessionPrepQuery) {
      const prep = await this.sessionPrep(account, spaceId, range);
      return { prep, pdf: await renderSessionPrepPdf(prep, clock()) };
    },

    /** A note to both members: they and the counselor read it; it cannot be changed or taken back. */
    async writeNote(account: AccountView, spaceId: string, text: string) {
      const note = await db.transaction(async (tx) => {
        const { period } = await requireCounselor(tx, account.id, spaceId);
        const now = clock();
        const written = await counselorRepo(tx).insertNote({
          spaceId,
          invitationId: period.row.id,
          text,
          writtenAt: now,
        });
        await spacesRepo(tx).recordEvent({ spaceId, kind: "counselor.note", at: now });
        return { ...written, counselorName: account.displayName };
      });
      await events?.publish(spaceId);
      return presentNote(note);
    },
  };
}

export type CounselorService = ReturnType<typeof counselorService>;
