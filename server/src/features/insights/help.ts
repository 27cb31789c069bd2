import { counselorGuide } from "@mend/core/help/counselor-guide";
import type { HelpMember } from "@mend/core/help/facts";
import { type HelpFacts, helpSuggestions } from "@mend/core/help/suggestions";
import { recommendationText, suggestionsFor, type WordedSuggestion } from "@mend/core/help/wording";
import type { HelpView } from "@mend/core/insights/contract";
import type { RelationshipKind } from "@mend/core/spaces/contract";
import type { GatheredEvidence } from "./evidence-sources.ts";

type SuggestionView = HelpView["suggestions"][number];

/** Field by field: which member a suggestion is about never leaves the server, only its perspective. */
function presentSuggestion(suggestion: WordedSuggestion, relationship: RelationshipKind): SuggestionView {
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

/**
 * Suggestions of professional help for one viewer. The core rules decide each suggestion's audience
 * (shared only when it holds on what the other person could already see); `suggestionsFor` keeps
 * those meant for this viewer. Only current members' data is considered.
 */
export function helpFor(
  viewerId: string,
  members: readonly HelpMember[],
  gathered: GatheredEvidence,
  now: Date,
  relationship: RelationshipKind,
): HelpView {
  const guide = counselorGuide(relationship);
  const ids = new Set(members.map((member) => member.id));
  const facts: HelpFacts = {
    members,
    checkins: (gathered.facts.checkins ?? []).filter((checkin) => ids.has(checkin.authorId)),
    talks: gathered.facts.talks ?? [],
    readiness: (gathered.facts.readiness ?? []).filter((result) => ids.has(result.memberId)),
  };
  return {
    suggestions: suggestionsFor(viewerId, helpSuggestions(facts, now)).map((suggestion) =>
      presentSuggestion(suggestion, relationship),
    ),
    counselorGuide: {
      title: guide.title,
      intro: guide.intro,
      sections: guide.sections.map((section) => ({
        id: section.id,
        title: section.title,
        points: [...section.points],
      })),
    },
  };
}
