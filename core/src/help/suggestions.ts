/**
 * When to suggest professional help, and to whom.
 *
 * Audience rule: a suggestion drawn from one person's check-ins is first evaluated on the view the
 * other member gets (`presentSharedCheckin`). If it holds on shared data alone, it is shared with both;
 * otherwise, if it holds on the person's full data, it goes privately to that person. A shared
 * suggestion therefore never reveals anything the other person could not already see. Talk records
 * belong to both people, so talk suggestions are always shared. A readiness result is known only in
 * its taker's browser, which applies its rule itself (`ownReadinessSuggestions`).
 */
import { presentSharedCheckin, sharesSomething } from "../checkins/present.ts";
import type { Checkin } from "../checkins/schema.ts";
import type { BlockingFactor } from "../readiness/factors.ts";
import type { HelpMember, TalkRecord } from "./facts.ts";
import {
  cantMovePast,
  feelsStuck,
  hurtOverwhelming,
  type RuleCheckin,
  type Signal,
  talksStruggling,
} from "./rules.ts";

export const helpRules = [
  "talks_struggling",
  "hurt_overwhelming",
  "cant_move_past",
  "feels_stuck",
  "readiness_blocker",
] as const;
export type HelpRule = (typeof helpRules)[number];

export type HelpAudience = { kind: "shared" } | { kind: "private"; memberId: string };

/** Kinds of help a suggestion recommends; ids only, worded per relationship in `wording.ts`. */
export const recommendations = [
  "couples_counselor",
  "individual_counselor",
  "individual_or_couples",
] as const;
export type Recommendation = (typeof recommendations)[number];

export interface HelpBasis {
  count: number;
  of: number;
  windowDays: number;
  slopePerWeek?: number;
}

export interface HelpSuggestion {
  rule: HelpRule;
  audience: HelpAudience;
  /** Whose data set it off; absent when the data belongs to both (talks). */
  subjectId?: string;
  recommend: Recommendation;
  basis: HelpBasis;
}

export interface HelpFacts {
  members: readonly HelpMember[];
  checkins: readonly Checkin[];
  talks: readonly TalkRecord[];
}

type MemberRule = {
  rule: Exclude<HelpRule, "talks_struggling" | "readiness_blocker">;
  recommend: Recommendation;
  appliesTo: (member: HelpMember) => boolean;
  evaluate: (checkins: readonly RuleCheckin[], now: Date) => Signal & { slopePerWeek?: number };
};

const memberRules: readonly MemberRule[] = [
  {
    rule: "hurt_overwhelming",
    recommend: "individual_or_couples",
    appliesTo: (member) => member.role !== "broke_trust",
    evaluate: hurtOverwhelming,
  },
  {
    rule: "cant_move_past",
    recommend: "individual_or_couples",
    appliesTo: () => true,
    evaluate: cantMovePast,
  },
  { rule: "feels_stuck", recommend: "couples_counselor", appliesTo: () => true, evaluate: feelsStuck },
];

function basisOf(signal: Signal & { slopePerWeek?: number }): HelpBasis {
  const basis: HelpBasis = { count: signal.count, of: signal.of, windowDays: signal.windowDays };
  if (signal.slopePerWeek !== undefined) basis.slopePerWeek = signal.slopePerWeek;
  return basis;
}

/** Every suggestion that holds today, for everyone; filter with `suggestionsFor` before showing. */
export function helpSuggestions(facts: HelpFacts, now: Date): HelpSuggestion[] {
  const suggestions: HelpSuggestion[] = [];

  const talks = talksStruggling(facts.talks, now);
  if (talks.met) {
    suggestions.push({
      rule: "talks_struggling",
      audience: { kind: "shared" },
      recommend: "couples_counselor",
      basis: basisOf(talks),
    });
  }

  for (const member of facts.members) {
    const own = facts.checkins.filter((c) => c.authorId === member.id);
    // What the other person sees: check-ins that share nothing are not there at all, not even as a count.
    const shared = own.map(presentSharedCheckin).filter(sharesSomething);
    for (const { rule, recommend, appliesTo, evaluate } of memberRules) {
      if (!appliesTo(member)) continue;
      const onShared = evaluate(shared, now);
      if (onShared.met) {
        suggestions.push({
          rule,
          audience: { kind: "shared" },
          subjectId: member.id,
          recommend,
          basis: basisOf(onShared),
        });
        continue;
      }
      const onAll = evaluate(own, now);
      if (onAll.met) {
        suggestions.push({
          rule,
          audience: { kind: "private", memberId: member.id },
          subjectId: member.id,
          recommend,
          basis: basisOf(onAll),
        });
      }
    }
  }

  return suggestions;
}

/**
 * The readiness rule, applied in the taker's own browser to what their opened answers found: when
 * something blocks repair for now, a counselor of their own, for them alone. It comes after the
 * suggestions the server sends.
 */
export function ownReadinessSuggestions(
  memberId: string,
  blockers: readonly BlockingFactor[],
): HelpSuggestion[] {
  if (blockers.length === 0) return [];
  return [
    {
      rule: "readiness_blocker",
      audience: { kind: "private", memberId },
      subjectId: memberId,
      recommend: "individual_counselor",
      basis: { count: 1, of: 1, windowDays: 0 },
    },
  ];
}

export function isVisibleTo(suggestion: HelpSuggestion, viewerId: string): boolean {
  return suggestion.audience.kind === "shared" || suggestion.audience.memberId === viewerId;
}
