import { presentSharedCheckin, sharesSomething } from "@mend/core/checkins/present";
import type { HelpView, InsightsView, TrustExplanationView } from "@mend/core/insights/contract";
import type { BreachKind, RelationshipKind } from "@mend/core/spaces/contract";
import { type BreachView, resolveRoles } from "@mend/core/spaces/roles";
import type { Database } from "../../db/database.ts";
import { progressCache } from "../../db/progress-cache.ts";
import { reaches } from "../spaces/pair.ts";
import { otherMember } from "../spaces/presenters.ts";
import { type OpenedProgress, openProgress } from "../spaces/progress-version.ts";
import { spaceNotFound } from "../spaces/service.ts";
import { consistencyView, conversationView, type Person, talksView } from "./activity.ts";
import { dayMs, maxRangeDays, mondaysBetween } from "./calendar.ts";
import { emotionsMap } from "./emotions.ts";
import { type EvidenceSource, evidenceSources, gatherEvidence } from "./evidence-sources.ts";
import { trustExplanationView } from "./explanation.ts";
import { feelingsView } from "./feelings.ts";
import { framingView } from "./framing.ts";
import { helpFor } from "./help.ts";
import { improvementsView, milestonesView } from "./progress.ts";
import { recordView } from "./record.ts";

export function insightsService(deps: {
  db: Database;
  clock: () => Date;
  sources?: readonly EvidenceSource[];
}) {
  const { db, clock } = deps;
  const sources = deps.sources ?? evidenceSources;

  // Each person's pages, remembered until the space's record moves on (see db/progress-cache.ts).
  const insightsPages = progressCache<InsightsView>();
  const helpPages = progressCache<HelpView>();
  const explanationPages = progressCache<TrustExplanationView>();

  async function load({ space, member, members, reads, now }: OpenedProgress) {
    const me = members.find((m) => m.id === member.id);
    if (!me) throw spaceNotFound();
    const other = otherMember(members, member);
    const roles = resolveRoles(me.view as BreachView, other?.view as BreachView | undefined);
    const everything = await gatherEvidence(reads, now, sources);
    // Check-ins are read per viewer: their own, and the other's written since the viewer joined.
    const sides = { me, other };
    const checkins = everything.facts.checkins?.filter((c) => reaches(sides, c.authorId, c.submittedAt));
    const gathered = { ...everything, facts: { ...everything.facts, checkins } };
    const helpMembers = [
      { id: me.id, role: roles.own },
      ...(other ? [{ id: other.id, role: roles.other }] : []),
    ];
    const help = () => helpFor(me.id, helpMembers, gathered, now, space.relationship as RelationshipKind);
    return { space, me, other, roles, now, gathered, help };
  }

  return {
    async insights(accountId: string, spaceId: string, utcOffsetMinutes?: number): Promise<InsightsView> {
      const opened = await openProgress(db, accountId, spaceId, clock());
      return insightsPages.view({ ...opened.version, request: utcOffsetMinutes }, async () =>
        insightsOf(await load(opened), utcOffsetMinutes),
      );
    },

    async help(accountId: string, spaceId: string): Promise<HelpView> {
      const opened = await openProgress(db, accountId, spaceId, clock());
      return helpPages.view(opened.version, async () => (await load(opened)).help());
    },

    /** How the record is read, with the events behind the two record charts this viewer sees. */
    async trustExplanation(accountId: string, spaceId: string): Promise<TrustExplanationView> {
      const opened = await openProgress(db, accountId, spaceId, clock());
      return explanationPages.view(opened.version, async () => {
        const { space, me, other, gathered, now } = await load(opened);
        const aboutThem = other ? (gathered.evidence.get(other.id) ?? []) : null;
        const otherName = other?.displayName ?? space.expectedName;
        return trustExplanationView(gathered.evidence.get(me.id) ?? [], aboutThem, otherName, now);
      });
    },
  };

  function insightsOf(
    { space, me, other, roles, now, gathered, help }: Awaited<ReturnType<typeof load>>,
    utcOffsetMinutes: number | undefined,
  ): InsightsView {
    const { facts } = gathered;
    const relationship = space.relationship as RelationshipKind;
    const otherName = other?.displayName ?? space.expectedName;
    const all = facts.checkins ?? [];
    const own = all.filter((checkin) => checkin.authorId === me.id);
    // From here on, the other person's check-ins exist only as what they chose to share.
    const theirs = other
      ? all
          .filter((c) => c.authorId === other.id)
          .map(presentSharedCheckin)
          .filter(sharesSomething)
      : [];
    const offset = utcOffsetMinutes ?? own.at(-1)?.utcOffsetMinutes ?? 0;
    const aboutMe = gathered.evidence.get(me.id) ?? [];
    const aboutThem = other ? (gathered.evidence.get(other.id) ?? []) : [];

    // The range starts at the earliest thing this viewer may see, so it cannot reveal anything else.
    const visible = [
      // Someone who joined after another left sees nothing of the space's earlier life, not even its age.
      me.joinedAt,
      ...own.map((checkin) => checkin.submittedAt),
      ...theirs.map((view) => view.submittedAt),
      ...[...aboutMe, ...aboutThem].map((event) => event.at),
    ];
    const earliest = Math.min(...visible.map((at) => at.getTime()));
    const from = new Date(Math.min(now.getTime(), Math.max(earliest, now.getTime() - maxRangeDays * dayMs)));
    const range = { from, to: now };
    const mondays = mondaysBetween(from, now, offset);

    const people: Person[] = [
      ...(other ? [{ memberId: other.id, about: "them" as const, name: otherName }] : []),
      { memberId: me.id, about: "you", name: "you" },
    ];
    const milestones = milestonesView(facts, own, me.id, other?.id, offset, now);
    return {
      generatedAt: now.toISOString(),
      utcOffsetMinutes: offset,
      range: { from: from.toISOString(), to: now.toISOString() },
      otherName,
      framing: framingView(roles.own, space.breachKinds as BreachKind[]),
      trust: {
        yourFeelings: feelingsView(own, "you", offset, otherName),
        theirFeelings: other ? feelingsView(theirs, "them", offset, otherName) : null,
        theirRecord: other ? recordView(aboutThem, "them", range, otherName) : null,
        yourRecord: recordView(aboutMe, "you", range, otherName, roles.own !== "hurt"),
      },
      emotions: {
        yours: emotionsMap(own, "you", mondays, offset, otherName),
        theirs: other ? emotionsMap(theirs, "them", mondays, offset, otherName) : null,
      },
      consistency: consistencyView(facts, people, now),
      talks: talksView(facts.talks, now),
      milestones,
      conversation: conversationView(facts.conversation, mondays, offset, now, relationship),
      improvements: improvementsView({
        own,
        theirEvidence: aboutThem,
        otherName,
        facts,
        milestones,
        // "Than a month ago" only once these two have been here together that long.
        spaceCreatedAt: new Date(Math.max(me.joinedAt.getTime(), other?.joinedAt.getTime() ?? 0)),
        now,
      }),
      // The progress page shows these too; reading the record twice per page load cost as much again.
      helpSuggestions: help().suggestions,
    };
  }
}

export type InsightsService = ReturnType<typeof insightsService>;
