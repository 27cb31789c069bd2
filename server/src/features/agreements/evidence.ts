import {
  agreementFacts,
  consistencyEvidence,
  type PromiseFacts,
  promiseFacts,
} from "@mend/core/agreements/evidence";
import type { AgreementFacts } from "@mend/core/method/facts";
import type { TrustEvidence } from "@mend/core/trust/evidence";
import type { SpaceReads } from "../../db/space-reads.ts";
import { readActiveMembers } from "../spaces/repo.ts";
import { loadConsistencyRecords } from "./records.ts";

export interface MemberAgreementEvidence {
  /** The space member (`space_members.id`) the evidence is about. */
  memberId: string;
  /** Trust evidence about this member, oldest first, for `estimateTrust`. */
  evidence: TrustEvidence[];
  /** The promise fields of this member's `MemberFacts`. */
  facts: PromiseFacts;
}

export interface AgreementEvidence {
  /** Every current member, plus any former member something is recorded about. */
  members: MemberAgreementEvidence[];
  /** The space's agreements as `SpaceFacts.agreements`. */
  agreements: AgreementFacts[];
}

/**
 * What promises, transparency and agreements in a space say about each person, as of `now`: the
 * trust model's evidence and the method's facts. Only shared records go in, so the result is safe
 * to derive anything from that either person may see.
 */
export async function agreementEvidence(reads: SpaceReads, now: Date): Promise<AgreementEvidence> {
  const members = await reads.read(readActiveMembers);
  const records = await loadConsistencyRecords(reads.db, reads.spaceId, members);
  const evidence = consistencyEvidence(records, now);
  const facts = promiseFacts(records.promises, now);
  const ids = [...new Set([...members.map((m) => m.id), ...evidence.keys(), ...facts.keys()])];
  return {
    members: ids.map((memberId) => ({
      memberId,
      evidence: evidence.get(memberId) ?? [],
      facts: facts.get(memberId) ?? { promisesMade: [], promisesKept: [], promisesMissed: [] },
    })),
    agreements: records.agreements.map(agreementFacts).filter((a) => a.proposedAt.getTime() <= now.getTime()),
  };
}
