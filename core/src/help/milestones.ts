/**
 * Small victories, from facts other features record. Each milestone is the first time something
 * happened, per person, so it can be celebrated once and then stay in the history.
 */
import { dayNumber, firstStreakReached } from "../checkins/cadence.ts";
import { dayMs, type TalkRecord } from "./facts.ts";

export interface PromiseOutcome {
  /** The person who made the promise. */
  ownerId: string;
  dueAt: Date;
  outcome: "kept" | "missed" | "disputed";
}

export interface MemberMoment {
  memberId: string;
  at: Date;
}

export interface MilestoneFacts {
  promises?: readonly PromiseOutcome[];
  /** Moments a person said they felt heard (the "I feel heard" mark after a talk). */
  feltHeard?: readonly MemberMoment[];
  checkins?: ReadonlyArray<{ authorId: string; submittedAt: Date }>;
  talks?: readonly TalkRecord[];
  /** Information offered before it was asked for, by the person who offered it. */
  transparency?: readonly MemberMoment[];
  /**
   * Hard questions the asker said were answered, by the person who answered them (`acceptedAnswers`).
   * An answer the asker met with "I need more" is not one: a small victory has to be good news.
   */
  answersAccepted?: readonly MemberMoment[];
  /** The couple's offset from UTC in minutes, for where calendar days and weeks begin. */
  utcOffsetMinutes?: number;
}

export const milestoneIds = [
  "first_week_promises_kept",
  "four_weeks_promises_kept",
  "first_felt_heard",
  "checkin_streak_7",
  "checkin_streak_30",
  "first_talk_completed",
  "first_transparency",
  "first_question_answered",
] as const;
export type MilestoneId = (typeof milestoneIds)[number];

export interface Milestone {
  id: MilestoneId;
  /** Whose achievement it is; absent when it belongs to both (a talk). */
  memberId?: string;
  achievedAt: Date;
  title: string;
  note: string;
}

export const milestoneText: Record<MilestoneId, { title: string; note: string }> = {
  first_week_promises_kept: {
    title: "A whole week of promises kept",
    note: "Every promise that came due this week was kept. This is how a track record starts.",
  },
  four_weeks_promises_kept: {
    title: "Four weeks of promises kept",
    note: "Four weeks in a row with every promise kept. Consistency like this is what lets trust settle.",
  },
  first_felt_heard: {
    title: "Felt heard",
    note: "For the first time here, someone said they felt truly heard. Remember what made the difference.",
  },
  checkin_streak_7: {
    title: "Seven days of check-ins",
    note: "A check-in every day for a week. Small, steady attention adds up.",
  },
  checkin_streak_30: {
    title: "Thirty days of check-ins",
    note: "A month of daily check-ins: a real habit of paying attention to how things are.",
  },
  first_talk_completed: {
    title: "A talk carried through",
    note: "You finished a talk the way you planned, breaks included. That takes patience from both of you.",
  },
  first_transparency: {
    title: "Openness offered, not asked for",
    note: "Information was shared before anyone had to ask. That kind of openness rebuilds honesty.",
  },
  first_question_answered: {
    title: "A hard question answered",
    note: "A difficult question got a straight answer. Each one makes the next a little easier.",
  },
};

function make(id: MilestoneId, achievedAt: Date, memberId?: string): Milestone {
  const text = milestoneText[id];
  return memberId === undefined ? { id, achievedAt, ...text } : { id, memberId, achievedAt, ...text };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}

function earliest(moments: readonly MemberMoment[], now: Date): Map<string, Date> {
  const first = new Map<string, Date>();
  for (const { memberId, at } of moments) {
    if (at.getTime() > now.getTime()) continue;
    const seen = first.get(memberId);
    if (seen === undefined || at.getTime() < seen.getTime()) first.set(memberId, at);
  }
  return first;
}

/**
 * Promise weeks run in seven-day blocks from the day of the owner's first due promise. A block counts
 * when it has at least one promise and all were kept (a disputed one is not yet kept); a block with no
 * promise breaks a run, since four weeks of promises means promises in each of them.
 */
function promiseWeeks(promises: readonly PromiseOutcome[], now: Date, offset: number): Date[] {
  const sorted = [...promises].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  const first = sorted[0];
  if (first === undefined) return [];
  const anchor = dayNumber(first.dueAt, offset);
  const blocks = new Map<number, boolean>();
  for (const promise of sorted) {
    const block = Math.floor((dayNumber(promise.dueAt, offset) - anchor) / 7);
    blocks.set(block, (blocks.get(block) ?? true) && promise.outcome === "kept");
  }
  const blockEnd = (block: number) => new Date((anchor + 7 * (block + 1)) * dayMs - offset * 60_000);
  const last = Math.max(...blocks.keys());
  const ends: Date[] = [];
  let run = 0;
  for (let block = 0; block <= last; block += 1) {
    const end = blockEnd(block);
    if (end.getTime() > now.getTime()) break;
    run = blocks.get(block) === true ? run + 1 : 0;
    // ends[k] is when the first run of k + 1 good weeks completed.
    if (run > ends.length) ends.push(end);
  }
  return ends;
}

/** Every milestone reached by `now`, oldest first. */
export function milestones(facts: MilestoneFacts, now: Date): Milestone[] {
  const offset = facts.utcOffsetMinutes ?? 0;
  const reached: Milestone[] = [];

  for (const [ownerId, promises] of groupBy(facts.promises ?? [], (p) => p.ownerId)) {
    const weeks = promiseWeeks(promises, now, offset);
    if (weeks[0] !== undefined) reached.push(make("first_week_promises_kept", weeks[0], ownerId));
    if (weeks[3] !== undefined) reached.push(make("four_weeks_promises_kept", weeks[3], ownerId));
  }

  for (const [memberId, at] of earliest(facts.feltHeard ?? [], now))
    reached.push(make("first_felt_heard", at, memberId));
  for (const [memberId, at] of earliest(facts.transparency ?? [], now))
    reached.push(make("first_transparency", at, memberId));
  for (const [memberId, at] of earliest(facts.answersAccepted ?? [], now)) {
    reached.push(make("first_question_answered", at, memberId));
  }

  for (const [authorId, checkins] of groupBy(facts.checkins ?? [], (c) => c.authorId)) {
    const dates = checkins.map((c) => c.submittedAt).filter((d) => d.getTime() <= now.getTime());
    const week = firstStreakReached(dates, 7, offset);
    if (week !== undefined) reached.push(make("checkin_streak_7", week, authorId));
    const month = firstStreakReached(dates, 30, offset);
    if (month !== undefined) reached.push(make("checkin_streak_30", month, authorId));
  }

  const completed = (facts.talks ?? [])
    .filter((talk) => talk.outcome === "completed" && talk.startedAt.getTime() <= now.getTime())
    .sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime())[0];
  if (completed !== undefined) reached.push(make("first_talk_completed", completed.startedAt));

  return reached.sort((a, b) => a.achievedAt.getTime() - b.achievedAt.getTime() || a.id.localeCompare(b.id));
}
