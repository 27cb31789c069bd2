import { endingState } from "@mend/core/ending/rules";
import type { PersonReminderFacts, ReminderWindow } from "@mend/core/reminders/due";
import type { Database } from "../../db/database.ts";
import { inSequence } from "../../db/in-sequence.ts";
import { agreementState } from "../agreements/presenters.ts";
import { agreementsRepo } from "../agreements/repo.ts";
import { cadenceOf, checkinsRepo, ownCheckinOf } from "../checkins/repo.ts";
import { maintenanceRepo } from "../maintenance/repo.ts";
import { spaceMaintenanceStatus } from "../maintenance/service.ts";
import { timingOf } from "../promises/presenters.ts";
import { promisesRepo } from "../promises/repo.ts";
import { type PrivateEntryRow, privateEntriesRepo } from "../solo/repo.ts";
import { stateOf } from "../talks/presenters.ts";
import { talksRepo } from "../talks/repo.ts";
import { remindersRepo, type ScanMember } from "./repo.ts";

const dayMs = 86_400_000;

/** A person's reminder facts, with the account a reminder reaches. */
export interface ScannedPerson {
  accountId: string;
  facts: PersonReminderFacts;
}

/**
 * The monthly conversation comes at least a month after the space reached maintenance and after
 * the last one held, so only a space older than that, and without one held in that time, can have
 * one fall due: the others are not asked (reading where a space stands takes every feature's facts).
 */
const monthMs = 28 * dayMs;

async function monthlyConversationsDue(
  db: Database,
  members: readonly ScanMember[],
  window: ReminderWindow,
): Promise<Map<string, Date>> {
  const oldEnough = [
    ...new Set(
      members
        .filter((m) => m.spaceCreatedAt.getTime() <= window.to.getTime() - monthMs)
        .map((m) => m.spaceId),
    ),
  ];
  const lastHeld = await maintenanceRepo(db).lastHeldIn(oldEnough);
  const due = new Map<string, Date>();
  for (const spaceId of oldEnough) {
    const held = lastHeld.get(spaceId);
    if (held && held.getTime() > window.to.getTime() - monthMs) continue;
    const status = await spaceMaintenanceStatus(db, spaceId, window.to);
    if (status.stage === "maintaining") due.set(spaceId, status.review.nextDue);
  }
  return due;
}

/**
 * A person's own latest decision and its revisit date, the one thing about it kept in the clear (the
 * rest is sealed in their vault): nobody else's decisions are ever read for them.
 */
function ownDecisionRevisit(decisions: readonly PrivateEntryRow[], memberId: string) {
  const latest = decisions.find((row) => row.memberId === memberId);
  if (!latest?.revisitOn) return undefined;
  return { decisionId: latest.id, revisitOn: latest.revisitOn };
}

/**
 * Everything the reminders due in `window` are computed from, for every current member of every
 * space whose repair is still open: one query per table for all spaces (the monthly conversation
 * aside, see above). Each person gets their own promises and check-ins only; talks, agreements and
 * the monthly conversation are the two people's together.
 */
export async function gatherReminderFacts(db: Database, window: ReminderWindow): Promise<ScannedPerson[]> {
  const repo = remindersRepo(db);
  const everyone = await repo.activeMembers();
  const ended = await repo.endedAtIn([...new Set(everyone.map((m) => m.spaceId))]);
  const members = everyone.filter((m) => endingState(ended.get(m.spaceId), window.to).status === "open");
  const spaceIds = [...new Set(members.map((m) => m.spaceId))];
  const current = new Set(members.map((m) => m.memberId));
  const [promises, checkins, cadences, talks, agreements, decisions] = await inSequence(
    () => promisesRepo(db).dueAfterIn(spaceIds, window.from),
    () => checkinsRepo(db).stampsInSpaces(spaceIds, new Date(window.from.getTime() - 8 * dayMs)),
    () => checkinsRepo(db).cadencesIn(spaceIds),
    () => talksRepo(db).proposedFromIn(spaceIds, window.from),
    () => agreementsRepo(db).agreementsInSpaces(spaceIds),
    () => privateEntriesRepo(db).latestDecisionsIn(spaceIds),
  );
  const monthly = await monthlyConversationsDue(db, members, window);

  const scheduledTalks = talks.talks.flatMap((talk) => {
    const state = stateOf(talk, talks.entries);
    const between = [talk.proposerMemberId, talk.partnerMemberId];
    return state.status === "scheduled" && state.scheduledFor && between.every((id) => current.has(id))
      ? [{ id: talk.id, startsAt: state.scheduledFor, between }]
      : [];
  });
  const reviews = agreements.flatMap((bundle) => {
    const { status, review } = agreementState(bundle, window.to);
    return status.state === "active" && review.nextReviewAt
      ? [{ spaceId: bundle.agreement.spaceId, agreementId: bundle.agreement.id, dueAt: review.nextReviewAt }]
      : [];
  });

  return members.map((member) => ({
    accountId: member.accountId,
    facts: {
      spaceId: member.spaceId,
      memberId: member.memberId,
      ownPromises: promises
        .filter(({ promise }) => promise.makerMemberId === member.memberId)
        .map(({ promise, markedKeys }) => ({ id: promise.id, timing: { ...timingOf(promise), markedKeys } })),
      ownCheckins: checkins.filter((row) => row.memberId === member.memberId).map(ownCheckinOf),
      chosenCadence: cadenceOf(cadences.get(member.memberId)),
      scheduledTalks: scheduledTalks.filter((talk) => talk.between.includes(member.memberId)),
      agreementReviews: reviews.filter((review) => review.spaceId === member.spaceId),
      monthlyConversationDue: monthly.get(member.spaceId),
      decisionRevisit: ownDecisionRevisit(decisions, member.memberId),
    },
  }));
}
