import { type HelpSuggestionView, presentHelpSuggestion } from "@mend/core/help/present";
import { ownReadinessSuggestions } from "@mend/core/help/suggestions";
import { suggestionsFor } from "@mend/core/help/wording";
import { useQuery } from "@tanstack/react-query";
import { journeyQuery } from "../journey/api.ts";
import { useOwnReadinessResult } from "../readiness/safety-path.ts";
import { spaceQuery } from "../spaces/api.ts";

/**
 * The help suggestions the server sends, followed by the one the person's own readiness check calls
 * for, worked out in this tab from their opened answers (the server never learns what they found).
 * Only this person's own pages ask, so it is theirs alone.
 */
export function useWithOwnReadinessHelp(
  spaceId: string,
  fromServer: readonly HelpSuggestionView[],
): HelpSuggestionView[] {
  const result = useOwnReadinessResult(spaceId);
  const journey = useQuery(journeyQuery(spaceId));
  const space = useQuery(spaceQuery(spaceId));
  const me = journey.data?.yourMemberId;
  if (!result || !me || !space.data) return [...fromServer];
  const relationship = space.data.relationship;
  const own = suggestionsFor(me, ownReadinessSuggestions(me, result.blockers)).map((suggestion) =>
    presentHelpSuggestion(suggestion, relationship),
  );
  return [...fromServer, ...own];
}
