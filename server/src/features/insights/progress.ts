import { distressEmotions, hopefulEmotions } from "@mend/core/checkins/fields";
import type { Checkin } from "@mend/core/checkins/schema";
import { milestones } from "@mend/core/help/milestones";
import { canCompareWithBefore } from "@mend/core/insights/comparison";
import type { InsightsView } from "@mend/core/insights/contract";
import { plural } from "@mend/core/plural";
import type { TrustEvidence } from "@mend/core/trust/evidence";
import { estimateTrust } from "@mend/core/trust/model";
import { dayMs, inWindow, mean, oneDecimal } from "./calendar.ts";
import type { SourceFacts } from "./evidence-sources.ts";

type MilestoneItem = InsightsView["milestones"]["items"][number];

/**
 * Small victories the viewer may see: everything from records both can see, and check-in streaks
 * only for the viewer's own check-ins (the other person's check-ins, and so their streaks, are theirs).
 */
export function milestonesView(
  facts: SourceFacts,
  ownCheckins: readonly Checkin[],
  me: string,
  other: string | undefined,
  utcOffsetMinutes: number,
  now: Date,
): InsightsView["milestones"] {
  const reached = milestones(
    {
      promises: facts.promises ?? [],
      feltHeard: facts.feltHeard ?? [],
      transparency: facts.transparency ?? [],
      answersAccepted: facts.answersAccepted ?? [],
      talks: facts.talks ?? [],
      checkins: ownCheckins,
      utcOffsetMinutes,
    },
    now,
  );
  const items = reached.flatMap((milestone): MilestoneItem[] => {
    const whose =
      milestone.memberId === undefined
        ? "both"
        : milestone.memberId === me
          ? "you"
          : milestone.memberId === other
            ? "them"
            : undefined;
    if (whose === undefined) return [];
    return [
      {
        id: milestone.id,
        whose,
        achievedAt: milestone.achievedAt.toISOString(),
        title: milestone.title,
        note: milestone.note,
      },
    ];
  });
  const latest = items.at(-1);
  const summary =
    latest === undefined
      ? "No milestones yet. The first ones tend to come soon: a week of check-ins, a promise kept, a talk carried through."
      : `${plural(items.length, "small victory", "small victories")} so far; the latest is "${latest.title}".`;
  return { items, summary };
}

export const improvementWindowDays = 30;

type Improvement = InsightsView["improvements"]["items"][number];

function split<T>(items: readonly T[], at: (item: T) => Date, now: Date) {
  const monthAgo = new Date(now.getTime() - improvementWindowDays * dayMs);
  return {
    current: items.filter((item) => inWindow(at(item), now, improvementWindowDays)),
    previous: items.filter((item) => inWindow(at(item), monthAgo, improvementWindowDays)),
  };
}

/** Two months compared only when each has enough to say something: two check-ins at least. */
const minCheckins = 2;

function checkinImprovements(own: readonly Checkin[], now: Date): Improvement[] {
  const { current, previous } = split(own, (c) => c.submittedAt, now);
  if (current.length < minCheckins || previous.length < minCheckins) return [];
  const found: Improvement[] = [];
  const trustNow = (list: readonly Checkin[]) => mean(list.map((c) => c.trustNow)) ?? 0;
  const [nowTrust, beforeTrust] = [trustNow(current), trustNow(previous)];
  if (nowTrust - beforeTrust >= 0.5) {
    found.push({
      id: "trust_rating_up",
      text: `Your trust ratings averaged ${oneDecimal(nowTrust)} this month, up from ${oneDecimal(beforeTrust)} the month before.`,
    });
  }
  const distress = (list: readonly Checkin[]) =>
    mean(list.map((c) => Math.max(0, ...distressEmotions.map((e) => c.emotions[e] ?? 0)))) ?? 0;
  if (distress(previous) - distress(current) >= 0.5) {
    found.push({
      id: "distress_lighter",
      text: "Painful feelings weighed a little less in your check-ins this month than the month before.",
    });
  }
  const hopeful = (list: readonly Checkin[]) =>
    list.filter((c) => hopefulEmotions.some((e) => c.emotions[e] !== undefined)).length / list.length;
  if (hopeful(current) - hopeful(previous) >= 0.15) {
    found.push({
      id: "hope_more_often",
      text: "Hopeful feelings came up more often in your check-ins this month.",
    });
  }
  const signs = (list: readonly Checkin[]) => mean(list.map((c) => c.signs.length)) ?? 0;
  if (signs(previous) - signs(current) >= 0.3) {
    found.push({
      id: "fewer_signs",
      text: "Urges to check up, doubts and the like came up less often than the month before.",
    });
  }
  return found;
}

/**
 * What got better over the last month, compared with the month before, from the viewer's own
 * check-ins and from what is on record. Only good news is listed; a month without any is said kindly.
 */
export function improvementsView(input: {
  own: readonly Checkin[];
  theirEvidence: readonly TrustEvidence[];
  otherName: string;
  facts: SourceFacts;
  milestones: InsightsView["milestones"];
  spaceCreatedAt: Date;
  now: Date;
}): InsightsView["improvements"] {
  const { own, theirEvidence, otherName, facts, now } = input;
  const items = checkinImprovements(own, now);
  const monthAgo = new Date(now.getTime() - improvementWindowDays * dayMs);
  const comparable = canCompareWithBefore({
    times: theirEvidence.map((e) => e.at),
    spaceCreatedAt: input.spaceCreatedAt,
    now,
    windowDays: improvementWindowDays,
  });
  if (comparable) {
    const gain =
      estimateTrust(theirEvidence, now).overall.expected -
      estimateTrust(theirEvidence, monthAgo).overall.expected;
    if (gain >= 0.05) {
      items.push({
        id: "record_steadier",
        text: `The record of what ${otherName} has done looks steadier than it did a month ago.`,
      });
    }
  }
  const kept = (facts.promises ?? []).filter(
    (p) => p.outcome === "kept" && inWindow(p.dueAt, now, improvementWindowDays),
  ).length;
  if (kept > 0) items.push({ id: "promises_kept", text: `${plural(kept, "promise")} kept this month.` });
  const recentMilestones = input.milestones.items.filter((m) =>
    inWindow(new Date(m.achievedAt), now, improvementWindowDays),
  );
  if (recentMilestones.length > 0) {
    items.push({
      id: "milestones_reached",
      text: `New this month: ${recentMilestones.map((m) => m.title.toLowerCase()).join("; ")}.`,
    });
  }
  const { current, previous } = split(facts.conversation ?? [], (f) => f.at, now);
  const balance = (list: typeof current) => {
    const helpful = list.reduce((total, f) => total + f.helpful, 0);
    const harmful = list.reduce((total, f) => total + f.harmful, 0);
    return (helpful + 1) / (harmful + 1);
  };
  if (current.length > 0 && previous.length > 0 && balance(current) > balance(previous) * 1.2) {
    items.push({
      id: "talks_calmer",
      text: "What you wrote to each other had more helpful moments for each hard one than the month before.",
    });
  }
  const summary =
    items.length === 0
      ? "Nothing stands out as different from the month before. Steady weeks are part of repair too."
      : `${plural(items.length, "thing")} got better this month compared with the month before.`;
  return { windowDays: improvementWindowDays, items, summary };
}
