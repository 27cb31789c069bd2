import type { MemberId } from "@mend/core/method/facts";
import { reassuranceEvidence as foldEvidence, type ReassuranceRecord } from "@mend/core/triggers/facts";
import type { TrustEvidence } from "@mend/core/trust/evidence";
import type { SpaceReads } from "../../db/space-reads.ts";
import { betweenMembers } from "../spaces/pair.ts";
import { readActiveMembers } from "../spaces/repo.ts";
import { readReassuranceReplies, readReassuranceRequests, triggersRepo } from "./repo.ts";

/**
 * Per member, trust evidence about them as the one asked for reassurance: `reassurance_helped` and
 * `reassurance_unanswered`. Triggers themselves are never evidence: they are the hurt person's, not a
 * judgment of anyone.
 */
export async function reassuranceEvidence(
  reads: SpaceReads,
  now: Date,
): Promise<Map<MemberId, TrustEvidence[]>> {
  const members = await reads.read(readActiveMembers);
  // Only requests between the two people in the space now, as only those are shown.
  const requests = (await reads.read(readReassuranceRequests)).filter((r) =>
    betweenMembers(members, r.requesterMemberId, r.recipientMemberId),
  );
  const replies = await reads.read(readReassuranceReplies);
  const outcomes = await triggersRepo(reads.db).outcomesInSpace(reads.spaceId);
  const records: ReassuranceRecord[] = requests.map((r) => {
    const outcome = outcomes.find((o) => o.requestId === r.id);
    return {
      id: r.id,
      requesterId: r.requesterMemberId,
      recipientId: r.recipientMemberId,
      createdAt: r.createdAt,
      firstReplyAt: replies.find((reply) => reply.requestId === r.id)?.at ?? null,
      outcome: outcome ? { helped: outcome.helped, at: outcome.at } : null,
    };
  });
  return foldEvidence(records, now);
}
