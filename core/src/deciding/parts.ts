import type { RelationshipKind } from "../spaces/contract.ts";
import type { DecisionWords } from "./contract.ts";
import { type DecisionPart, pathText } from "./paths.ts";

/**
 * What one shared part says, in the author's browser, from the decision it opened: the other person
 * reads exactly these words. The path part carries the time frame and the revisit date with it.
 */
export function decisionPartText(
  words: DecisionWords,
  part: DecisionPart,
  relationship: RelationshipKind,
): string {
  switch (part) {
    case "path":
      return `${pathText(words.path, relationship).label}: for ${words.timeFrame.amount} ${words.timeFrame.unit}, looking at it again on ${words.revisitOn}.`;
    case "wants":
      return words.wants;
    case "fears":
      return words.fears;
    case "must_change":
      return words.mustChange;
  }
}

/** How a decision reads in its author's export. */
export function decisionInWords(
  words: DecisionWords,
  relationship: RelationshipKind,
): { title: string; text: string } {
  return {
    title: `Decision: ${pathText(words.path, relationship).label}`,
    text: [
      `Look again on ${words.revisitOn}`,
      `What I want: ${words.wants}`,
      `What I fear: ${words.fears}`,
      `What would have to change: ${words.mustChange}`,
    ].join("\n"),
  };
}
