/**
 * Where insights and help get their data: one typed list of sources, one per feature.
 *
 * A source is `(reads, now) => Promise<SourceContribution>`: `reads` reads the space's records, each
 * once per request however many sources ask (see db/space-reads.ts). It returns
 * - `evidence`: `TrustEvidence[]` ABOUT each member, keyed by their space membership id
 *   (`space_members.id`, the `authorId`/`memberId` used everywhere in a space). A promise kept by
 *   member M is evidence about M; it feeds the record the other person sees of M, and M's own record.
 * - `facts`: records the insights page and the help rules read. Leave a field out when the feature
 *   does not record that kind of thing; return `[]` when it does but nothing has happened yet. The
 *   page shows "not available yet" for the first and a real zero for the second.
 *
 * Privacy contract for every source: evidence and facts other than `checkins` are
 * shown to BOTH members, so they must come only from records both can already see (a confirmed
 * promise, an answered question, a talk they held together). A private draft, note or answer never
 * becomes evidence. `checkins` are filtered per viewer by the insights service (the other person's
 * through the core shared-view presenter). The readiness check is no source at all: its answers are
 * sealed in their taker's vault, and only their browser applies the help rule that reads them.
 */
import type { ConversationFinding } from "@mend/core/help/conversation-findings";
import type { TalkRecord } from "@mend/core/help/facts";
import type { MemberMoment, PromiseOutcome } from "@mend/core/help/milestones";
import type { TrustEvidence } from "@mend/core/trust/evidence";
import type { SpaceReads } from "../../db/space-reads.ts";
import { agreementInsights } from "../agreements/insights-source.ts";
import { amendsEvidence } from "../amends/evidence.ts";
import { checkinEvidence } from "../checkins/evidence.ts";
import type { StoredCheckin } from "../checkins/presenters.ts";
import { talkingEvidence } from "../talks/progress.ts";
import { conversationSource } from "./conversation-source.ts";

export interface SourceFacts {
  checkins?: readonly StoredCheckin[];
  /** Promises that came due, with who made them (`ownerId` is a membership id). */
  promises?: readonly PromiseOutcome[];
  talks?: readonly TalkRecord[];
  /** "I feel heard" marks, by the member who felt heard. */
  feltHeard?: readonly MemberMoment[];
  /** Information offered before it was asked for, by the member who offered it. */
  transparency?: readonly MemberMoment[];
  /** Hard questions answered, by the member who answered. */
  questionsAnswered?: readonly MemberMoment[];
  /** Of those, the ones the asker said answered their question (good news), when they said so. */
  answersAccepted?: readonly MemberMoment[];
  /** Coach findings in texts one member wrote to the other (see conversation-source.ts). */
  conversation?: readonly ConversationFinding[];
}

export interface SourceContribution {
  evidence?: Readonly<Record<string, readonly TrustEvidence[]>>;
  facts?: SourceFacts;
}

export type EvidenceSource = (reads: SpaceReads, now: Date) => Promise<SourceContribution>;

/** Every feature that knows something about progress. Add a feature's source here, one line each. */
export const evidenceSources: readonly EvidenceSource[] = [
  checkinEvidence,
  talkingEvidence,
  agreementInsights,
  conversationSource,
  amendsEvidence,
];

/** All sources together. A fact list stays undefined only when no source supplies that kind of fact. */
export interface GatheredEvidence {
  evidence: ReadonlyMap<string, readonly TrustEvidence[]>;
  facts: SourceFacts;
}

function append<T>(into: readonly T[] | undefined, more: readonly T[] | undefined): readonly T[] | undefined {
  if (more === undefined) return into;
  return into === undefined ? [...more] : [...into, ...more];
}

export function mergeContributions(contributions: readonly SourceContribution[]): GatheredEvidence {
  const evidence = new Map<string, TrustEvidence[]>();
  let facts: SourceFacts = {};
  for (const contribution of contributions) {
    for (const [memberId, events] of Object.entries(contribution.evidence ?? {})) {
      evidence.set(memberId, [...(evidence.get(memberId) ?? []), ...events]);
    }
    const more = contribution.facts ?? {};
    facts = {
      checkins: append(facts.checkins, more.checkins),
      promises: append(facts.promises, more.promises),
      talks: append(facts.talks, more.talks),
      feltHeard: append(facts.feltHeard, more.feltHeard),
      transparency: append(facts.transparency, more.transparency),
      questionsAnswered: append(facts.questionsAnswered, more.questionsAnswered),
      answersAccepted: append(facts.answersAccepted, more.answersAccepted),
      conversation: append(facts.conversation, more.conversation),
    };
  }
  return { evidence, facts };
}

export async function gatherEvidence(
  reads: SpaceReads,
  now: Date,
  sources: readonly EvidenceSource[] = evidenceSources,
): Promise<GatheredEvidence> {
  const contributions: SourceContribution[] = [];
  // One after another: PGlite runs one query at a time anyway, and order keeps results repeatable.
  for (const source of sources) contributions.push(await source(reads, now));
  return mergeContributions(contributions);
}
