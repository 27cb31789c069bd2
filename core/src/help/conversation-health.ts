/**
 * Conversation health as a ratio of helpful to harmful moments, per week. The reference is about
 * five helpful moments for each harmful one during disagreements: a pattern Gottman's research found
 * in couples who stay together. It is a direction to move in, not a pass mark, and the words say so.
 * Gottman's findings come from couples; for other relationships the words speak of people who get on
 * well (`relationshipWords`), since the balance is a fair guide between any two people.
 */
import type { RelationshipKind } from "../spaces/contract.ts";
import { wordsFor } from "../spaces/relationship-words.ts";

export const referenceRatio = 5;

export interface WeekFindings {
  weekStart: Date;
  /** Appreciation, taking responsibility, repair attempts, summaries that landed... */
  helpful: number;
  /** Blame, contempt, defensiveness, shutting down... */
  harmful: number;
}

export type HealthBand = "quiet" | "all_helpful" | "at_reference" | "below_reference" | "harmful_outweighs";

export interface WeekHealth extends WeekFindings {
  /** helpful ÷ harmful; null when there was nothing harmful to divide by. */
  ratio: number | null;
  band: HealthBand;
  summary: string;
}

function check(count: number, what: string): void {
  if (!(Number.isInteger(count) && count >= 0)) {
    throw new RangeError(`${what} must be a whole number of at least 0 (got ${count}).`);
  }
}

function bandOf(helpful: number, harmful: number): HealthBand {
  if (helpful === 0 && harmful === 0) return "quiet";
  if (harmful === 0) return "all_helpful";
  const ratio = helpful / harmful;
  if (ratio >= referenceRatio) return "at_reference";
  if (ratio >= 1) return "below_reference";
  return "harmful_outweighs";
}

function roundRatio(ratio: number): string {
  return ratio >= 10 ? String(Math.round(ratio)) : String(Math.round(ratio * 10) / 10);
}

function summaryOf(band: HealthBand, ratio: number | null, relationship: RelationshipKind): string {
  const steady = wordsFor(relationship).steadyPairs;
  switch (band) {
    case "quiet":
      return "Nothing was noted in what you wrote to each other this week.";
    case "all_helpful":
      return "Every moment noted this week was a helpful one. Well done, both of you.";
    case "at_reference":
      return `About ${roundRatio(ratio ?? 0)} helpful moments for each hard one: at or above the 5 to 1 that ${steady} tend to keep during disagreements.`;
    case "below_reference":
      return `About ${roundRatio(ratio ?? 0)} helpful moments for each hard one. ${steady.charAt(0).toUpperCase()}${steady.slice(1)} tend to keep about 5 to 1 during disagreements; one more appreciation or repair attempt per talk moves you toward it.`;
    case "harmful_outweighs":
      return "This week the hard moments outnumbered the helpful ones. That happens in painful weeks; slowing down, taking a break when it gets heated and starting the next talk gently can turn it around.";
  }
}

export function weekHealth(week: WeekFindings, relationship: RelationshipKind): WeekHealth {
  check(week.helpful, "helpful");
  check(week.harmful, "harmful");
  const ratio = week.harmful === 0 ? null : week.helpful / week.harmful;
  const band = bandOf(week.helpful, week.harmful);
  return { ...week, ratio, band, summary: summaryOf(band, ratio, relationship) };
}

export interface ConversationHealth {
  weeks: WeekHealth[];
  /** All the given weeks together, so one rough week does not define the picture. */
  overall: WeekHealth;
}

/** Per-week health, oldest first, plus the weeks taken together (dated at the first week). */
export function conversationHealth(
  weeks: readonly WeekFindings[],
  relationship: RelationshipKind,
): ConversationHealth {
  const sorted = [...weeks].sort((a, b) => a.weekStart.getTime() - b.weekStart.getTime());
  const perWeek = sorted.map((week) => weekHealth(week, relationship));
  const total: WeekFindings = {
    weekStart: sorted[0]?.weekStart ?? new Date(0),
    helpful: sorted.reduce((sum, week) => sum + week.helpful, 0),
    harmful: sorted.reduce((sum, week) => sum + week.harmful, 0),
  };
  return { weeks: perWeek, overall: weekHealth(total, relationship) };
}
