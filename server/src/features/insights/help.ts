import { counselorGuide } from "@mend/core/help/counselor-guide";
import type { HelpMember } from "@mend/core/help/facts";
import { presentHelpSuggestion } from "@mend/core/help/present";
import { type HelpFacts, helpSuggestions } from "@mend/core/help/suggestions";
import { suggestionsFor } from "@mend/core/help/wording";
import type { HelpView } from "@mend/core/insights/contract";
import type { RelationshipKind } from "@mend/core/spaces/contract";
import type { GatheredEvidence } from "./evidence-sources.ts";

/**
 * Suggestions of professional help for one viewer. The core rules decide each suggestion's audience
 * (shared only when it holds on what the other person could already see); `suggestionsFor` keeps
 * those meant for this viewer. Only current members' data is considered. The readiness rule is not
 * here: the server never knows what a check found, so the taker's browser applies it.
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
  };
  return {
    suggestions: suggestionsFor(viewerId, helpSuggestions(facts, now)).map((suggestion) =>
      presentHelpSuggestion(suggestion, relationship),
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
