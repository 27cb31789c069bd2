import { windowsBetween } from "@mend/core/agreements/occurrences";
import type {
  CalendarFeedView,
  CreateCalendarFeedInput,
  CreatedCalendarFeedView,
} from "@mend/core/agreements/promise-contract";
import { describeSchedule } from "@mend/core/agreements/schedule";
import { checkinRhythm } from "@mend/core/reminders/due";
import type { Database } from "../../db/database.ts";
import { notFound } from "../../http/errors.ts";
import { hashToken, newSecretToken } from "../accounts/tokens.ts";
import { spaceContext } from "../agreements/context.ts";
import { agreementState } from "../agreements/presenters.ts";
import { agreementsRepo } from "../agreements/repo.ts";
import { cadenceOf, checkinsRepo, ownCheckinOf } from "../checkins/repo.ts";
import { latestVersion, planReaches } from "../closeness/presenters.ts";
import { closenessRepo } from "../closeness/repo.ts";
import { reaches } from "../spaces/pair.ts";
import { spacesRepo } from "../spaces/repo.ts";
import { stateOf } from "../talks/presenters.ts";
import { talksRepo } from "../talks/repo.ts";
import { buildCalendar } from "./calendar.ts";
import { timingOf } from "./presenters.ts";
import { promisesRepo } from "./repo.ts";

const dayMs = 86_400_000;
/** How far the feed reaches back and ahead; calendar apps fetch it again every hour or so. */
const feedPastDays = 30;
const feedAheadDays = 90;

export const calendarPath = (token: string) => `/api/calendar/${token}.ics`;

/**
 * A private calendar feed per person and space. The address is the only key (calendar apps cannot
 * sign in), so it carries 256 random bits, only its hash is stored, and it can be replaced or
 * switched off at any time without the other person being told.
 */
export function calendarService(deps: { db: Database; clock: () => Date }) {
  const { db, clock } = deps;

  return {
    async view(accountId: string, spaceId: string): Promise<CalendarFeedView> {
      const context = await spaceContext(db, accountId, spaceId);
      const feed = await promisesRepo(db).activeFeed(spaceId, context.me.id);
      return {
        active: feed !== undefined,
        createdAt: feed ? feed.createdAt.toISOString() : null,
        discreet: feed?.discreet ?? false,
      };
    },

    /** Makes a new address and switches off any earlier one. */
    async create(
      accountId: string,
      spaceId: string,
      input: CreateCalendarFeedInput,
    ): Promise<CreatedCalendarFeedView> {
      return db.transaction(async (tx) => {
        const context = await spaceContext(tx, accountId, spaceId);
        const repo = promisesRepo(tx);
        const now = clock();
        await repo.revokeFeeds(spaceId, context.me.id, now);
        const token = newSecretToken();
        const feed = await repo.insertFeed({
          spaceId,
          memberId: context.me.id,
          tokenHash: hashToken(token),
          discreet: input.discreet,
          createdAt: now,
        });
        // Private to its owner: a history view must never show these events to the other person.
        await spacesRepo(tx).recordEvent({
          spaceId,
          memberId: context.me.id,
          kind: "calendar_feed.created",
          at: now,
          data: { visibleTo: "self" },
        });
        return {
          path: calendarPath(token),
          createdAt: feed.createdAt.toISOString(),
          discreet: feed.discreet,
        };
      });
    },

    async revoke(accountId: string, spaceId: string): Promise<void> {
      await db.transaction(async (tx) => {
        const context = await spaceContext(tx, accountId, spaceId);
        const now = clock();
        const revoked = await promisesRepo(tx).revokeFeeds(spaceId, context.me.id, now);
        if (revoked === 0) return;
        await spacesRepo(tx).recordEvent({
          spaceId,
          memberId: context.me.id,
          kind: "calendar_feed.revoked",
          at: now,
          data: { visibleTo: "self" },
        });
      });
    },

    /** The .ics text behind a feed address; an unknown, replaced or switched-off address is simply not found. */
    async feed(token: string): Promise<string> {
      const feed = await promisesRepo(db).findFeedByHash(hashToken(token));
      const members = feed ? await spacesRepo(db).activeMembers(feed.spaceId) : [];
      const member = members.find((m) => m.id === feed?.memberId);
      const space = feed && member ? await spacesRepo(db).findSpace(feed.spaceId) : undefined;
      if (!feed || !member || !space || space.closedAt !== null) throw notFound("That calendar");
      const now = clock();
      const from = new Date(now.getTime() - feedPastDays * dayMs);
      const to = new Date(now.getTime() + feedAheadDays * dayMs);
      const own = (await promisesRepo(db).promisesIn(feed.spaceId)).filter(
        (b) => b.promise.makerMemberId === member.id,
      );
      // Only the agreements this member can see in the space: not one made before they joined.
      const sides = { me: member, other: members.find((m) => m.id !== member.id) };
      const agreements = (await agreementsRepo(db).agreementsIn(feed.spaceId)).filter((bundle) =>
        reaches(sides, bundle.agreement.proposedByMemberId, bundle.agreement.createdAt),
      );
      const reviews = agreements.flatMap((bundle) => {
        const { status, review, versions } = agreementState(bundle, now);
        const inForce = status.inForce ? versions.get(status.inForce.version.id) : undefined;
        const at = review.nextReviewAt;
        return inForce && at && at.getTime() < to.getTime()
          ? [{ agreementId: bundle.agreement.id, what: inForce.what, at, timeZone: inForce.timeZone }]
          : [];
      });
      const current = new Set(members.map((m) => m.id));
      const talkEntries = await talksRepo(db).entriesInSpace(feed.spaceId);
      const talks = (await talksRepo(db).talksInSpace(feed.spaceId)).flatMap((talk) => {
        // Only talks this person is in, with someone still in the space, as the talks page shows them.
        const parties = [talk.proposerMemberId, talk.partnerMemberId];
        if (!parties.includes(member.id) || !parties.every((id) => current.has(id))) return [];
        const state = stateOf(talk, talkEntries);
        const at = state.status === "scheduled" ? state.scheduledFor : null;
        return at && at >= from && at < to
          ? [{ talkId: talk.id, topic: talk.topic, startsAt: at, minutes: talk.limitMinutes }]
          : [];
      });
      const [fromDay, toDay] = [from, to].map((d) => d.toISOString().slice(0, 10));
      const plans = (await closenessRepo(db).plansOf(feed.spaceId)).flatMap((record) => {
        // Only plans this person may see on the time-together page.
        if (!planReaches(sides, record)) return [];
        const latest = latestVersion(record);
        const on = latest.plannedFor;
        return on && latest.status !== "set_aside" && fromDay && toDay && on >= fromDay && on <= toDay
          ? [{ planId: record.plan.id, title: latest.title, on }]
          : [];
      });
      // The person's own check-ins only: when they check in, never what they wrote.
      const stamps = await checkinsRepo(db).stampsInSpaces(
        [feed.spaceId],
        new Date(now.getTime() - 8 * dayMs),
      );
      const ownCheckins = stamps.filter((row) => row.memberId === member.id).map(ownCheckinOf);
      const rhythm = checkinRhythm(ownCheckins, now, cadenceOf(await checkinsRepo(db).cadenceOf(member.id)));
      return buildCalendar({
        discreet: feed.discreet,
        now,
        reviews,
        talks,
        plans,
        checkins: rhythm ? { ...rhythm, until: to } : undefined,
        occurrences: own.flatMap(({ promise }) =>
          windowsBetween(timingOf(promise), from, to).map((w) => ({
            promiseId: promise.id,
            key: w.key,
            dueAt: w.dueAt,
            text: promise.text,
            scheduleText: describeSchedule(promise.schedule),
          })),
        ),
      });
    },
  };
}

export type CalendarService = ReturnType<typeof calendarService>;
