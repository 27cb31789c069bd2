import type {
  AcknowledgmentResponse,
  AcknowledgmentResponseValue,
  MemberFacts,
  MemberId,
} from "../method/facts.ts";
import type { TrustEvidence } from "../trust/evidence.ts";
import { includesApology, type StatementKind } from "./parts.ts";

/** A shared version, as the statements feature stores it. Drafts never reach these functions. */
export interface SharedStatementRecord {
  id: string;
  authorId: MemberId;
  kind: StatementKind;
  sharedAt: Date;
  parts: Record<string, string>;
}

export interface StatementResponseRecord {
  versionId: string;
  responderId: MemberId;
  response: AcknowledgmentResponseValue;
  at: Date;
}

/** The statement facts of one member, shaped to spread into their `MemberFacts`. */
export interface StatementFacts
  extends Required<
    Pick<
      MemberFacts,
      "acknowledgmentsShared" | "apologiesShared" | "impactStatementsShared" | "acknowledgmentResponses"
    >
  > {
  acknowledgmentsShared: Date[];
  apologiesShared: Date[];
  impactStatementsShared: Date[];
  acknowledgmentResponses: AcknowledgmentResponse[];
}

function entry<T>(map: Map<MemberId, T>, id: MemberId, make: () => T): T {
  let value = map.get(id);
  if (value === undefined) {
    value = make();
    map.set(id, value);
  }
  return value;
}

const byTime =
  <T>(at: (item: T) => Date) =>
  (a: T, b: T) =>
    at(a).getTime() - at(b).getTime();

/**
 * Per member, the method's facts about statements up to `now`: every shared version counts, and
 * every response the member gave to the other's acknowledgment.
 */
export function statementFacts(
  versions: readonly SharedStatementRecord[],
  responses: readonly StatementResponseRecord[],
  now: Date,
): Map<MemberId, StatementFacts> {
  const out = new Map<MemberId, StatementFacts>();
  const blank = (): StatementFacts => ({
    acknowledgmentsShared: [],
    apologiesShared: [],
    impactStatementsShared: [],
    acknowledgmentResponses: [],
  });
  const past = <T>(items: readonly T[], at: (item: T) => Date) =>
    items.filter((item) => at(item).getTime() <= now.getTime()).sort(byTime(at));
  for (const version of past(versions, (v) => v.sharedAt)) {
    const facts = entry(out, version.authorId, blank);
    if (version.kind === "impact") {
      facts.impactStatementsShared.push(version.sharedAt);
      continue;
    }
    facts.acknowledgmentsShared.push(version.sharedAt);
    if (includesApology(version.parts)) facts.apologiesShared.push(version.sharedAt);
  }
  const acknowledgments = new Set(versions.filter((v) => v.kind === "acknowledgment").map((v) => v.id));
  for (const response of past(responses, (r) => r.at)) {
    if (!acknowledgments.has(response.versionId)) continue;
    const facts = entry(out, response.responderId, blank);
    facts.acknowledgmentResponses.push({ response: response.response, at: response.at });
  }
  return out;
}

/**
 * Trust evidence about each acknowledgment's author: the first "I feel heard" on a version is
 * `acknowledgment_accepted`. "Partly" and "not yet" are not held against anyone: they say what is
 * still missing, which is the work the statement is for.
 */
export function statementEvidence(
  versions: readonly SharedStatementRecord[],
  responses: readonly StatementResponseRecord[],
  now: Date,
): Map<MemberId, TrustEvidence[]> {
  const authors = new Map(versions.filter((v) => v.kind === "acknowledgment").map((v) => [v.id, v.authorId]));
  const counted = new Set<string>();
  const out = new Map<MemberId, TrustEvidence[]>();
  for (const response of [...responses].sort(byTime((r) => r.at))) {
    const author = authors.get(response.versionId);
    if (author === undefined || response.response !== "heard" || counted.has(response.versionId)) continue;
    if (response.at.getTime() > now.getTime()) continue;
    counted.add(response.versionId);
    entry(out, author, () => []).push({
      kind: "acknowledgment_accepted",
      at: response.at,
      sourceId: response.versionId,
    });
  }
  return out;
}
