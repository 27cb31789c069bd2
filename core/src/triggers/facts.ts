import type { MemberId } from "../method/facts.ts";
import type { TrustEvidence } from "../trust/evidence.ts";
import { reassuranceReplyWindowMs } from "./fields.ts";

export interface ReassuranceRecord {
  id: string;
  requesterId: MemberId;
  recipientId: MemberId;
  createdAt: Date;
  firstReplyAt: Date | null;
  outcome: { helped: boolean; at: Date } | null;
}

/** Whole minutes from the request to its first reply, or null before a reply. */
export function replyMinutes(record: Pick<ReassuranceRecord, "createdAt" | "firstReplyAt">): number | null {
  if (!record.firstReplyAt) return null;
  return Math.max(0, Math.floor((record.firstReplyAt.getTime() - record.createdAt.getTime()) / 60_000));
}

/**
 * Trust evidence about the person asked: `reassurance_helped` when the requester said the reply
 * helped, and `reassurance_unanswered` when no reply came within a day (a later reply still counts
 * for the "helped" side). "It didn't help" moves nothing: they answered, and it is information for
 * next time rather than a failure.
 */
export function reassuranceEvidence(
  records: readonly ReassuranceRecord[],
  now: Date,
): Map<MemberId, TrustEvidence[]> {
  const out = new Map<MemberId, TrustEvidence[]>();
  const t = now.getTime();
  for (const record of records) {
    if (record.createdAt.getTime() > t) continue;
    let events = out.get(record.recipientId);
    if (!events) {
      events = [];
      out.set(record.recipientId, events);
    }
    const deadline = record.createdAt.getTime() + reassuranceReplyWindowMs;
    const repliedBy = record.firstReplyAt?.getTime();
    const replied = repliedBy !== undefined && repliedBy <= t;
    if (deadline <= t && (!replied || (repliedBy ?? 0) > deadline)) {
      events.push({ kind: "reassurance_unanswered", at: new Date(deadline), sourceId: record.id });
    }
    if (record.outcome?.helped && record.outcome.at.getTime() <= t) {
      events.push({ kind: "reassurance_helped", at: record.outcome.at, sourceId: record.id });
    }
  }
  for (const events of out.values()) events.sort((a, b) => a.at.getTime() - b.at.getTime());
  return out;
}
