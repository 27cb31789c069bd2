import {
  type ActivityCounts,
  addCounts,
  countActivity,
  emptyCounts,
  type PersonActivity,
  summarySentence,
  weekRanges,
} from "@mend/core/agreements/consistency";
import type { ConsistencyQuery, ConsistencyView } from "@mend/core/agreements/consistency-contract";
import { dueOutcomes, honouredReviews, isSelfReported } from "@mend/core/agreements/records";
import type { Database } from "../../db/database.ts";
import { spaceContext } from "./context.ts";
import { agreementState } from "./presenters.ts";
import { loadConsistencyRecords } from "./records.ts";

type Records = Awaited<ReturnType<typeof loadConsistencyRecords>>;

function activityOf(records: Records, memberId: string, now: Date): PersonActivity {
  return {
    occurrences: records.promises
      .filter((p) => p.makerId === memberId)
      .flatMap((p) => dueOutcomes(p, now).map((o) => ({ dueAt: o.window.dueAt, state: o.state }))),
    proactive: records.transparency.filter((a) => a.memberId === memberId).map((a) => a.at),
    honoured: records.agreements.flatMap((a) =>
      honouredReviews(a, now)
        .filter((h) => h.memberId === memberId)
        .map((h) => h.at),
    ),
    breaches: records.agreements.flatMap((a) =>
      a.breaches
        .filter((b) => b.breachedBy === memberId)
        .map((b) => ({ at: b.at, selfReported: isSelfReported(b) })),
    ),
  };
}

const hasAnything = (totals: ActivityCounts) => Object.values(totals).some((n) => n > 0);

/** Kept, missed and disputed per week for each person, agreements honoured or broken, and one plain sentence. */
export function consistencyService(deps: { db: Database; clock: () => Date }) {
  const { db, clock } = deps;

  return {
    async summary(accountId: string, spaceId: string, query: ConsistencyQuery): Promise<ConsistencyView> {
      const context = await spaceContext(db, accountId, spaceId);
      const now = clock();
      const timeZone = query.timeZone ?? "UTC";
      const weeks = weekRanges(now, timeZone, query.weeks);
      const records = await loadConsistencyRecords(
        db,
        spaceId,
        context.other ? [context.me, context.other] : [context.me],
      );
      const members = [
        { member: context.me, person: "you" as const, subject: "you" },
        ...(context.other
          ? [{ member: context.other, person: "other" as const, subject: context.other.displayName }]
          : []),
      ];
      const people = members
        .map(({ member, person, subject }) => {
          const activity = activityOf(records, member.id, now);
          const rows = weeks.map((w) => ({
            weekStart: w.weekStart,
            ...countActivity(activity, w.from, w.to),
          }));
          const totals = rows.reduce<ActivityCounts>(
            (sum, { weekStart: _week, ...counts }) => addCounts(sum, counts),
            emptyCounts(),
          );
          const makesPromises = records.promises.some((p) => p.makerId === member.id);
          return {
            person,
            displayName: member.displayName,
            subject,
            weeks: rows,
            totals,
            show: makesPromises || hasAnything(totals),
          };
        })
        .filter((p) => p.show);
      const states = records.agreementBundles.map((b) => agreementState(b, now));
      const inForce = states.filter(
        (s) => s.status.state === "active" || s.status.state === "under_review",
      ).length;
      return {
        timeZone,
        from: (weeks[0]?.from ?? now).toISOString(),
        to: (weeks.at(-1)?.to ?? now).toISOString(),
        people: people.map(({ person, displayName, weeks: rows, totals }) => ({
          person,
          displayName,
          weeks: rows,
          totals,
        })),
        agreements: { inForce, dueForReview: states.filter((s) => s.review.due).length },
        summary: summarySentence(query.weeks, people, inForce),
      };
    },
  };
}

export type ConsistencyService = ReturnType<typeof consistencyService>;
