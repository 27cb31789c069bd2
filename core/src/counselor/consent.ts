/**
 * A counselor both people choose. One invitation is one period of access, and it moves only forward:
 *
 *   link open ──(any Mend account that is not in the space opens the link)──▶ waiting for both
 *   waiting for both ──(each member says yes, on their own screen)──▶ active
 *   any of these ──(either member ends it, alone, at once)──▶ ended
 *
 * Consent is given by a member to a named counselor, so it can only be given once someone has opened
 * the link. Access is active only while every member in the space now has said yes: if someone leaves
 * and someone else joins, the newcomer has not agreed, and nothing is shown until they do. An ended
 * period stays ended; inviting again opens a new one, which needs both yeses again. Who ended a period
 * is not kept anywhere, so a person who needs to end it safely can.
 */

export interface CounselorPeriod {
  /** The account that opened the link; undefined while the link is still open. */
  counselorAccountId: string | undefined;
  /** The members who said yes to this counselor, and when. */
  consents: ReadonlyMap<string, Date>;
  endedAt: Date | undefined;
}

export const counselorStatuses = ["link_open", "waiting_for_both", "active", "ended"] as const;
export type CounselorStatus = (typeof counselorStatuses)[number];

/** Where a period stands for the members in the space now (ids of everyone who is a member now). */
export function counselorStatus(period: CounselorPeriod, memberIds: readonly string[]): CounselorStatus {
  if (period.endedAt) return "ended";
  if (period.counselorAccountId === undefined) return "link_open";
  const everyoneAgreed = memberIds.length === 2 && memberIds.every((id) => period.consents.has(id));
  return everyoneAgreed ? "active" : "waiting_for_both";
}

/** When access began: the later of the two yeses, once both members now in the space have given theirs. */
export function accessStartedAt(period: CounselorPeriod, memberIds: readonly string[]): Date | undefined {
  if (counselorStatus(period, memberIds) !== "active") return undefined;
  const times = memberIds.map((id) => period.consents.get(id)?.getTime() ?? 0);
  return new Date(Math.max(...times));
}

/** Why a step cannot be taken now, in words for the person who tried it. */
export type ConsentRefusal =
  | { refused: "already_has_counselor"; message: string }
  | { refused: "link_used"; message: string }
  | { refused: "is_member"; message: string }
  | { refused: "no_counselor_yet"; message: string }
  | { refused: "ended"; message: string };

export type ConsentStep<T> = { ok: true; period: T } | ({ ok: false } & ConsentRefusal);

const refuse = <T>(refusal: ConsentRefusal): ConsentStep<T> => ({ ok: false, ...refusal });

/**
 * A member opens a new period. An open link that nobody has used yet is simply replaced (so a lost
 * link is never shown again); a counselor who has opened the link, or has access, must be let go first.
 */
export function invite(
  current: CounselorPeriod | undefined,
  memberIds: readonly string[],
): ConsentStep<CounselorPeriod> {
  const status = current ? counselorStatus(current, memberIds) : "ended";
  if (status === "waiting_for_both" || status === "active") {
    return refuse({
      refused: "already_has_counselor",
      message: "A counselor is already part of this space. End their access first to invite someone else.",
    });
  }
  return { ok: true, period: { counselorAccountId: undefined, consents: new Map(), endedAt: undefined } };
}

/** Someone opens the link with their Mend account: they become the counselor both are asked about. */
export function acceptLink(
  period: CounselorPeriod,
  accountId: string,
  memberAccountIds: readonly string[],
): ConsentStep<CounselorPeriod> {
  if (period.endedAt) {
    return refuse({
      refused: "ended",
      message: "This counselor link is no longer valid. Ask for a new one.",
    });
  }
  if (period.counselorAccountId !== undefined) {
    if (period.counselorAccountId === accountId) return { ok: true, period };
    return refuse({ refused: "link_used", message: "This counselor link has already been used." });
  }
  if (memberAccountIds.includes(accountId)) {
    return refuse({
      refused: "is_member",
      message:
        "You are one of the two people in this space. This link is for the counselor: send it to them.",
    });
  }
  return { ok: true, period: { ...period, counselorAccountId: accountId } };
}

/** A member says yes to the counselor who opened the link. Saying it twice changes nothing. */
export function consent(period: CounselorPeriod, memberId: string, now: Date): ConsentStep<CounselorPeriod> {
  if (period.endedAt) {
    return refuse({
      refused: "ended",
      message: "This counselor's access has ended. Invite them again to start over.",
    });
  }
  if (period.counselorAccountId === undefined) {
    return refuse({
      refused: "no_counselor_yet",
      message: "Nobody has opened the counselor link yet. You can say yes once you know who it is.",
    });
  }
  if (period.consents.has(memberId)) return { ok: true, period };
  return { ok: true, period: { ...period, consents: new Map([...period.consents, [memberId, now]]) } };
}

/** Either member ends the period, alone and at once. Ending an ended period changes nothing. */
export function endAccess(period: CounselorPeriod, now: Date): CounselorPeriod {
  return period.endedAt ? period : { ...period, endedAt: now };
}

/**
 * What a counselor may read, and only while the period is active: the parts of a space both members
 * already see the same way. Everything else (private items, drafts, the vault, readiness and safety
 * answers, the closeness ladder, anything shared with one person only) is not on this list, so it is
 * never read for a counselor at all.
 */
export const counselorReadable = [
  /** The one faithful record: only entries both members' sides show, told the same way. */
  "shared_record",
  /** Each phase's status on the journey, as both members see it (not the reasons' details). */
  "journey_stage",
  /** The notes the counselor wrote to both. */
  "counselor_notes",
  /** The names the members gave themselves. */
  "member_names",
] as const;
export type CounselorReadable = (typeof counselorReadable)[number];

export function counselorMayRead(
  period: CounselorPeriod | undefined,
  accountId: string,
  memberIds: readonly string[],
): boolean {
  return (
    period !== undefined &&
    period.counselorAccountId === accountId &&
    counselorStatus(period, memberIds) === "active"
  );
}
