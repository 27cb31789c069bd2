import {
  statementEvidence as foldEvidence,
  statementFacts as foldFacts,
  type SharedStatementRecord,
  type StatementFacts,
  type StatementResponseRecord,
} from "@mend/core/acknowledgment/facts";
import type { StatementKind } from "@mend/core/acknowledgment/parts";
import type { AcknowledgmentResponseValue, MemberId } from "@mend/core/method/facts";
import type { TrustEvidence } from "@mend/core/trust/evidence";
import type { SpaceReads } from "../../db/space-reads.ts";
import { reachesEveryone } from "../spaces/pair.ts";
import { readActiveMembers } from "../spaces/repo.ts";
import { readSharedVersions, readStatementResponses } from "./repo.ts";

/**
 * Shared versions and responses only: drafts are private and never become facts. A version counts
 * once it reaches both people in the space now, and so does any answer to it.
 */
async function records(reads: SpaceReads) {
  const members = await reads.read(readActiveMembers);
  const versions = (await reads.read(readSharedVersions)).filter((v) =>
    reachesEveryone(members, v.memberId, v.sharedAt),
  );
  const kept = new Set(versions.map((v) => v.id));
  const responses = (await reads.read(readStatementResponses)).filter((r) => kept.has(r.versionId));
  const shared: SharedStatementRecord[] = versions.map((v) => ({
    id: v.id,
    authorId: v.memberId,
    kind: v.kind as StatementKind,
    sharedAt: v.sharedAt,
    parts: v.parts,
  }));
  const answered: StatementResponseRecord[] = responses.map((r) => ({
    versionId: r.versionId,
    responderId: r.memberId,
    response: r.response as AcknowledgmentResponseValue,
    at: r.at,
  }));
  return { shared, answered };
}

/**
 * Per member: `acknowledgmentsShared`, `apologiesShared`, `impactStatementsShared` and
 * `acknowledgmentResponses`, ready to spread into their `MemberFacts`.
 */
export async function statementFacts(reads: SpaceReads, now: Date): Promise<Map<MemberId, StatementFacts>> {
  const { shared, answered } = await records(reads);
  return foldFacts(shared, answered, now);
}

/** Per member, trust evidence about them as a writer: `acknowledgment_accepted`. */
export async function statementEvidence(
  reads: SpaceReads,
  now: Date,
): Promise<Map<MemberId, TrustEvidence[]>> {
  const { shared, answered } = await records(reads);
  return foldEvidence(shared, answered, now);
}
