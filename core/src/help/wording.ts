import type { RelationshipKind } from "../spaces/contract.ts";
import { wordsFor } from "../spaces/relationship-words.ts";
import type { HelpSuggestion, Recommendation } from "./suggestions.ts";
import { isVisibleTo } from "./suggestions.ts";

/** Whose perspective the words take: the person the data is about, the other member, or both. */
export type Perspective = "self" | "other" | "both";

export interface WordedSuggestion extends HelpSuggestion {
  perspective: Perspective;
  title: string;
  /** One or two plain sentences: what was noticed and why help could make a difference. */
  why: string;
}

/** What each recommendation means, in words that fit the relationship ("couples" only for partners). */
export function recommendationText(relationship: RelationshipKind): Record<Recommendation, string> {
  return {
    couples_counselor: `A counselor who works with ${wordsFor(relationship).counselingFor}`,
    individual_counselor: "A counselor of your own, one to one",
    individual_or_couples: "A counselor, on your own or together",
  };
}

function outOf({ count, of }: HelpSuggestion["basis"]): string {
  return `${count} of ${of}`;
}

function words(suggestion: HelpSuggestion, perspective: Perspective): { title: string; why: string } {
  const { basis } = suggestion;
  switch (suggestion.rule) {
    case "talks_struggling":
      return {
        title: "Hard talks keep getting cut short",
        why: `In the last two weeks your talks were paused or ended early ${basis.count} times. Breaks are healthy when feelings run high; when they keep coming, a counselor can help you both stay in the conversation.`,
      };
    case "hurt_overwhelming":
      return perspective === "self"
        ? {
            title: "The hurt is very heavy right now",
            why: `On ${outOf(basis)} of your check-ins in the last two weeks, trust was very low or a painful feeling was very strong. You do not have to carry this alone: a counselor can help you hold it.`,
          }
        : {
            title: "The hurt is very heavy for them right now",
            why: `On ${outOf(basis)} of the check-ins they shared in the last two weeks, the pain was very strong. Offering, gently and without pressure, to look for a counselor can be a caring step.`,
          };
    case "cant_move_past":
      return perspective === "self"
        ? {
            title: "It is hard to let go of what happened",
            why: `On ${outOf(basis)} of your weekly check-ins this past month, you said you could not let go. That is not a failing; it is the kind of knot a counselor is trained to help untie.`,
          }
        : {
            title: "Letting go is hard for them",
            why: `On ${outOf(basis)} of the weekly check-ins they shared this past month, they said they could not let go of what happened. A counselor can help with this in ways that are hard to manage between the two of you.`,
          };
    case "feels_stuck":
      return perspective === "self"
        ? {
            title: "Trust has not been rising lately",
            why: "Your trust ratings over the last six weeks have stayed flat or dipped. Slow progress is normal, but a long flat stretch is a good moment for a fresh view from a counselor.",
          }
        : {
            title: "Their trust has not been rising lately",
            why: "The trust ratings they shared over the last six weeks have stayed flat or dipped. A counselor can help you both see what is holding things in place.",
          };
    case "readiness_blocker":
      return {
        title: "Talk to a counselor of your own first",
        why: "Something you marked in the readiness check, such as ongoing deception, abuse or an addiction that is not being treated, is not something repair work can safely go around. A counselor of your own is the right first step, and if you ever feel afraid, the safety page lists people you can call.",
      };
  }
}

function perspectiveOf(suggestion: HelpSuggestion, viewerId: string): Perspective {
  if (suggestion.subjectId === undefined) return "both";
  return suggestion.subjectId === viewerId ? "self" : "other";
}

/** The suggestions one viewer may see, in words addressed to them. */
export function suggestionsFor(viewerId: string, suggestions: readonly HelpSuggestion[]): WordedSuggestion[] {
  return suggestions
    .filter((suggestion) => isVisibleTo(suggestion, viewerId))
    .map((suggestion) => {
      const perspective = perspectiveOf(suggestion, viewerId);
      return { ...suggestion, perspective, ...words(suggestion, perspective) };
    });
}
