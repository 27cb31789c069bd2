import type { ConversationFinding } from "@mend/core/help/conversation-findings";
import { conversationHealth, referenceRatio, type WeekFindings } from "@mend/core/help/conversation-health";
import type { TalkRecord } from "@mend/core/help/facts";
import type { MemberMoment, PromiseOutcome } from "@mend/core/help/milestones";
import type { InsightsView } from "@mend/core/insights/contract";
import { plural } from "@mend/core/plural";
import type { RelationshipKind } from "@mend/core/spaces/contract";
import { dayMs, inWindow, localDate, mondayOf, oneDecimal } from "./calendar.ts";
import type { SourceFacts } from "./evidence-sources.ts";

export const activityWindowDays = 28;

type ConsistencyItem = InsightsView["consistency"]["items"][number];

export interface Person {
  memberId: string;
  about: "you" | "them";
  /** "you" or the other person's name, to start a sentence with. */
  name: string;
}

function promisesItem(
  promises: readonly PromiseOutcome[] | undefined,
  person: Person,
  now: Date,
): ConsistencyItem {
  const base = {
    measure: "promises_kept" as const,
    about: person.about,
    windowDays: activityWindowDays,
    title: person.about === "you" ? "Promises you kept" : `Promises ${person.name} kept`,
  };
  if (promises === undefined) {
    return {
      ...base,
      available: false,
      count: 0,
      summary: "Once promises are made in Mend, how many were kept will show here.",
    };
  }
  const due = promises.filter(
    (p) => p.ownerId === person.memberId && inWindow(p.dueAt, now, activityWindowDays),
  );
  const kept = due.filter((p) => p.outcome === "kept").length;
  return {
    ...base,
    available: true,
    count: kept,
    of: due.length,
    summary:
      due.length === 0
        ? "No promises came due in the last four weeks."
        : `${kept} of ${plural(due.length, "promise")} that came due in the last four weeks ${kept === 1 ? "was" : "were"} kept.`,
  };
}

function momentsItem(
  measure: "questions_answered" | "transparency_offered",
  moments: readonly MemberMoment[] | undefined,
  person: Person,
  now: Date,
): ConsistencyItem {
  const questions = measure === "questions_answered";
  const who = person.about === "you" ? "you" : person.name;
  const base = {
    measure,
    about: person.about,
    windowDays: activityWindowDays,
    title: questions ? `Hard questions ${who} answered` : `Openness ${who} offered unasked`,
  };
  if (moments === undefined) {
    return {
      ...base,
      available: false,
      count: 0,
      summary: questions
        ? "Once hard questions are asked and answered in Mend, they will be counted here."
        : "When information is offered before anyone has to ask, it will be counted here.",
    };
  }
  const count = moments.filter(
    (m) => m.memberId === person.memberId && inWindow(m.at, now, activityWindowDays),
  ).length;
  return {
    ...base,
    available: true,
    count,
    summary: questions
      ? `${plural(count, "hard question")} answered in the last four weeks.`
      : `Information offered before anyone asked: ${plural(count, "time")} in the last four weeks.`,
  };
}

function shortPhrase(item: ConsistencyItem, person: Person): string {
  const who = person.about === "you" ? "you" : person.name;
  switch (item.measure) {
    case "promises_kept":
      return `${who} kept ${item.count} of ${plural(item.of ?? 0, "promise")} that came due`;
    case "questions_answered":
      return `${who} answered ${plural(item.count, "hard question")}`;
    case "transparency_offered":
      return `${who} offered information unasked ${plural(item.count, "time")}`;
  }
}

/** Steady action over four weeks, the other person's first, each person's measures side by side. */
export function consistencyView(
  facts: SourceFacts,
  people: readonly Person[],
  now: Date,
): InsightsView["consistency"] {
  const rows = people.flatMap((person) =>
    [
      promisesItem(facts.promises, person, now),
      momentsItem("questions_answered", facts.questionsAnswered, person, now),
      momentsItem("transparency_offered", facts.transparency, person, now),
    ].map((item) => ({ item, person })),
  );
  const available = rows.filter(({ item }) => item.available);
  const summary =
    available.length === 0
      ? "These fill in as promises, questions and openness happen in Mend. There is nothing to count yet."
      : `In the last four weeks, ${available.map(({ item, person }) => shortPhrase(item, person)).join("; ")}.`;
  return { items: rows.map(({ item }) => item), summary };
}

function countTalks(talks: readonly TalkRecord[]) {
  return {
    held: talks.length,
    completed: talks.filter((talk) => talk.outcome === "completed").length,
    endedEarly: talks.filter((talk) => talk.outcome === "ended_early").length,
    pauses: talks.reduce((total, talk) => total + Math.max(0, talk.pauses), 0),
  };
}

export function talksView(talks: readonly TalkRecord[] | undefined, now: Date): InsightsView["talks"] {
  const held = (talks ?? []).filter((talk) => talk.startedAt.getTime() <= now.getTime());
  const total = countTalks(held);
  const recent = countTalks(held.filter((talk) => inWindow(talk.startedAt, now, activityWindowDays)));
  let summary: string;
  if (talks === undefined) summary = "Talks you hold in Mend will be counted here.";
  else if (total.held === 0) summary = "No talks held in Mend yet.";
  else {
    summary = `${plural(total.held, "talk")} held here so far, ${recent.held} in the last four weeks; ${total.completed} carried through to the end, with ${plural(total.pauses, "break")} taken along the way.`;
  }
  return { available: talks !== undefined, total, recent, recentDays: activityWindowDays, summary };
}

/**
 * Helpful against harmful moments, per week of the range. With no source, or nothing found yet,
 * the view says "not enough yet" rather than showing an empty chart as if it meant something.
 */
export function conversationView(
  findings: readonly ConversationFinding[] | undefined,
  mondays: readonly number[],
  utcOffsetMinutes: number,
  now: Date,
  relationship: RelationshipKind,
): InsightsView["conversation"] {
  const noted = (findings ?? []).filter((f) => f.at.getTime() <= now.getTime());
  const empty = { referenceRatio, weeks: [], overall: null };
  if (findings === undefined) {
    return {
      ...empty,
      available: false,
      summary:
        "Not enough yet: once the language coach looks at what you write to each other here, the balance of helpful and hard moments will show.",
    };
  }
  if (noted.length === 0) {
    return {
      ...empty,
      available: true,
      summary: "Not enough yet: nothing has been noted in shared texts so far.",
    };
  }
  const weeks: WeekFindings[] = mondays.map((monday) => {
    const inWeek = noted.filter((f) => mondayOf(f.at, utcOffsetMinutes) === monday);
    return {
      weekStart: new Date(monday * dayMs),
      helpful: inWeek.reduce((total, f) => total + f.helpful, 0),
      harmful: inWeek.reduce((total, f) => total + f.harmful, 0),
    };
  });
  const health = conversationHealth(weeks, relationship);
  const present = (week: (typeof health.weeks)[number]) => ({
    helpful: week.helpful,
    harmful: week.harmful,
    ratio: week.ratio === null ? null : oneDecimal(week.ratio),
    band: week.band,
    summary: week.summary,
  });
  const { overall } = health;
  const summary =
    overall.harmful === 0
      ? `Across these weeks, ${plural(overall.helpful, "helpful moment")} and no hard ones were noted in shared texts.`
      : `Across these weeks, about ${oneDecimal(overall.ratio ?? 0)} helpful moments were noted for each hard one; the direction to move toward is about ${referenceRatio} to 1.`;
  return {
    available: true,
    referenceRatio,
    weeks: health.weeks.map((week) => ({
      weekOf: localDate(Math.round(week.weekStart.getTime() / dayMs)),
      ...present(week),
    })),
    overall: present(overall),
    summary,
  };
}
