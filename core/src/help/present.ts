import type { HelpView } from "../insights/contract.ts";
import type { RelationshipKind } from "../spaces/contract.ts";
import { recommendationText, type WordedSuggestion } from "./wording.ts";

export type HelpSuggestionView = HelpView["suggestions"][number];

/**
 * A worded suggestion as the viewer gets it, field by field: which member it is about never goes out,
 * only its perspective. The server presents its suggestions this way, and the browser the one it
 * works out from the person's own readiness answers.
 */
export function presentHelpSuggestion(
  suggestion: WordedSuggestion,
  relationship: RelationshipKind,
): HelpSuggestionView {
  const { basis } = suggestion;
  return {
    rule: suggestion.rule,
    shared: suggestion.audience.kind === "shared",
    perspective: suggestion.perspective,
    recommend: suggestion.recommend,
    recommendation: recommendationText(relationship)[suggestion.recommend],
    title: suggestion.title,
    why: suggestion.why,
    basis: {
      count: basis.count,
      of: basis.of,
      windowDays: basis.windowDays,
      ...(basis.slopePerWeek === undefined
        ? {}
        : { slopePerWeek: Math.round(basis.slopePerWeek * 100) / 100 }),
    },
  };
}
