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
import type { Database } from "../../db/database.ts";
import { statementsRepo } from "./repo.ts";

/** Shared versions and responses only: drafts are private and never become facts. */
async function records(db: Database, spaceId: string) {
  const repo = statementsRepo(db);
  const versions = await repo.versionsInSpace(spaceId);
  const responses = await repo.responsesInSpace(spaceId);
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
export async function statementFacts(
  db: Database,
  spaceId: string,
  now: Date,
): Promise<Map<MemberId, StatementFacts>> {
  const { shared, answered } = await records(db, spaceId);
  return foldFacts(shared, answered, now);
}

/** Per member, trust evidence about them as a writer: `acknowledgment_accepted`. */
export async function statementEvidence(
  db: Database,
  spaceId: string,
  now: Date,
): Promise<Map<MemberId, TrustEvidence[]>> {
  const { shared, answered } = await records(db, spaceId);
  return foldEvidence(shared, answered, now);
}
