import type { RepairRole } from "../spaces/roles.ts";
import type { MemberFacts, MemberId, SpaceFacts } from "./facts.ts";
import { type Ms, toMs, toTimes } from "./timeline.ts";

/** A member's facts as sorted timestamps up to `now`. */
export interface MemberTimes {
  id: MemberId;
  role: RepairRole;
  readiness: Ms[];
  acknowledgments: Ms[];
  heard: Ms[];
  /** All responses to the other member's acknowledgment, oldest first. */
  responses: { response: "heard" | "partly" | "not_yet"; at: Ms }[];
  impactStatements: Ms[];
  apologies: Ms[];
  promisesMade: Ms[];
  kept: Ms[];
  missed: Ms[];
  asked: Ms[];
  answered: Ms[];
  overdue: Ms[];
  /** Questions waiting for this member's answer, since when, and whether after "I need more". */
  awaitingAnswer: { since: Ms; followUp: boolean }[];
  /** Answers this member (as asker) has not yet said were enough or not. */
  awaitingReview: Ms[];
  forgivenessSteps: Ms[];
  choseToForgive: Ms[];
  appreciations: Ms[];
  /** Amends this member made, as the other member confirmed them. */
  amendsMade: Ms[];
}

export interface AgreementTimes {
  proposedAt: Ms;
  activeSince?: Ms;
  endedAt?: Ms;
  revisions: Ms[];
  breaches: { at: Ms; by?: MemberId }[];
  pendingProposal?: { by: MemberId; since: Ms };
}

export interface SpaceTimes {
  now: Ms;
  members: MemberTimes[];
  talksHeld: Ms[];
  talksPaused: Ms[];
  agreements: AgreementTimes[];
  closeness: Ms[];
  checkins: Ms[];
  disclosures: { at: Ms; about?: MemberId }[];
  breaches: { at: Ms; by?: MemberId }[];
}

const noMember = (id: MemberId, role: RepairRole): MemberTimes => ({
  id,
  role,
  readiness: [],
  acknowledgments: [],
  heard: [],
  responses: [],
  impactStatements: [],
  apologies: [],
  promisesMade: [],
  kept: [],
  missed: [],
  asked: [],
  answered: [],
  overdue: [],
  awaitingAnswer: [],
  awaitingReview: [],
  forgivenessSteps: [],
  choseToForgive: [],
  appreciations: [],
  amendsMade: [],
});

/** Stands in for the member who hasn't joined yet: they have done nothing Mend can see. */
export const ABSENT: MemberTimes = noMember("", "both");

function memberTimes(m: MemberFacts, now: Ms): MemberTimes {
  const responses = (m.acknowledgmentResponses ?? [])
    .map((r) => ({ response: r.response, at: toMs(r.at) }))
    .filter((r): r is { response: typeof r.response; at: Ms } => r.at !== undefined && r.at <= now)
    .sort((a, b) => a.at - b.at);
  const steps = (m.forgivenessSteps ?? [])
    .map((s) => ({ step: s.step, at: toMs(s.at) }))
    .filter((s): s is { step: typeof s.step; at: Ms } => s.at !== undefined && s.at <= now)
    .sort((a, b) => a.at - b.at);
  return {
    ...noMember(m.id, m.role),
    readiness: toTimes(m.readinessChecksCompleted, now),
    acknowledgments: toTimes(m.acknowledgmentsShared, now),
    heard: responses.filter((r) => r.response === "heard").map((r) => r.at),
    responses,
    impactStatements: toTimes(m.impactStatementsShared, now),
    apologies: toTimes(m.apologiesShared, now),
    promisesMade: toTimes(m.promisesMade, now),
    kept: toTimes(m.promisesKept, now),
    missed: toTimes(m.promisesMissed, now),
    asked: toTimes(m.questionsAsked, now),
    answered: toTimes(m.questionsAnswered, now),
    overdue: toTimes(m.questionsOverdue, now),
    awaitingAnswer: (m.questionsAwaitingAnswer ?? [])
      .map((q) => ({ since: toMs(q.since), followUp: q.followUp }))
      .filter((q): q is { since: Ms; followUp: boolean } => q.since !== undefined && q.since <= now)
      .sort((a, b) => a.since - b.since),
    awaitingReview: toTimes(m.answersAwaitingReview, now),
    forgivenessSteps: steps.map((s) => s.at),
    choseToForgive: steps.filter((s) => s.step === "choose_to_forgive").map((s) => s.at),
    appreciations: toTimes(m.appreciationsShared, now),
    amendsMade: toTimes(m.amendsMade, now),
  };
}

function dated<T extends { at: Date }>(items: readonly T[] | undefined, now: Ms) {
  const out: (Omit<T, "at"> & { at: Ms })[] = [];
  for (const item of items ?? []) {
    const at = toMs(item.at);
    if (at !== undefined && at <= now) out.push({ ...item, at });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** Optional dates that lie in the future have not happened yet, so they read as absent. */
function pastOrUndefined(date: Date | undefined, now: Ms): Ms | undefined {
  const t = toMs(date);
  return t !== undefined && t <= now ? t : undefined;
}

export function normalize(facts: SpaceFacts, now: Ms): SpaceTimes {
  // A space holds two people; extra entries would be a caller's mistake, and ignoring them keeps
  // the directions of a breach well defined.
  const members = (facts.members ?? []).slice(0, 2).map((m) => memberTimes(m, now));
  const agreements: AgreementTimes[] = [];
  for (const a of facts.agreements ?? []) {
    const proposedAt = pastOrUndefined(a.proposedAt, now);
    if (proposedAt === undefined) continue;
    const activeSince = pastOrUndefined(a.activeSince, now);
    const endedAt = pastOrUndefined(a.endedAt, now);
    const pendingSince = pastOrUndefined(a.pendingProposal?.since, now);
    agreements.push({
      proposedAt,
      ...(activeSince === undefined ? {} : { activeSince }),
      ...(endedAt === undefined ? {} : { endedAt }),
      ...(a.pendingProposal && pendingSince !== undefined
        ? { pendingProposal: { by: a.pendingProposal.by, since: pendingSince } }
        : {}),
      revisions: toTimes(a.revisedAt, now),
      breaches: dated(a.breaches, now),
    });
  }
  return {
    now,
    members,
    talksHeld: toTimes(facts.talksHeld, now),
    talksPaused: toTimes(facts.talksPaused, now),
    agreements,
    closeness: toTimes(facts.closenessActivities, now),
    checkins: toTimes(facts.checkins, now),
    disclosures: dated(facts.disclosures, now),
    breaches: agreements.flatMap((a) => a.breaches).sort((a, b) => a.at - b.at),
  };
}

export function memberById(space: SpaceTimes, id: MemberId | null): MemberTimes {
  if (id === null) return ABSENT;
  return space.members.find((m) => m.id === id) ?? ABSENT;
}
