import {
  type DecidingView,
  type DecisionWords,
  decisionWords,
  type OwnDecisionView,
} from "@mend/core/deciding/contract";
import { type DecisionPart, decisionPartText } from "@mend/core/deciding/index";
import { privateEntryVaultKinds } from "@mend/core/solo/index";
import type { RelationshipKind } from "@mend/core/spaces/contract";
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { ApiError, api, segment } from "../../api/client.ts";
import { parseOrRefuse } from "../../ui/form-errors.ts";
import { openEntry, soloKey } from "../solo/api.ts";
import { newVaultItemId, sealForVault, vaultTextMeta } from "../vault/items.ts";

const base = (spaceId: string) => `/api/spaces/${segment(spaceId)}/deciding`;

export const decidingKey = (spaceId: string) => ["spaces", spaceId, "deciding"] as const;

/** The paths, the readiness blockers and what the other person shared: none of it needs the vault. */
export const decidingQuery = (spaceId: string) =>
  queryOptions({ queryKey: decidingKey(spaceId), queryFn: () => api.get<DecidingView>(base(spaceId)) });

export type OpenedDecision = DecisionWords & Pick<OwnDecisionView, "id" | "decidedAt" | "sharedParts">;

/**
 * Your decisions, newest first, opened from your vault in this tab. One from before the vault is sealed
 * and sent back as soon as you open it, and the server forgets its words in that step.
 */
export const openedDecisionsQuery = (accountId: string, spaceId: string) =>
  queryOptions({
    queryKey: [...decidingKey(spaceId), "opened"] as const,
    queryFn: async (): Promise<OpenedDecision[]> => {
      const { decisions } = await api.get<DecidingView>(base(spaceId));
      return Promise.all(
        decisions.map(async (decision) => {
          const words = await openEntry<DecisionWords>(accountId, "decision", decision, async (sealed) => {
            const upgraded = await api.put<OwnDecisionView>(
              `${base(spaceId)}/decisions/${segment(decision.id)}/sealed`,
              { sealed },
            );
            return upgraded.sealed;
          });
          return {
            ...words,
            id: decision.id,
            decidedAt: decision.decidedAt,
            sharedParts: decision.sharedParts,
          };
        }),
      );
    },
    meta: vaultTextMeta,
  });

function useDecidingMutation<Variables, Result>(
  spaceId: string,
  send: (variables: Variables) => Promise<Result>,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: decidingKey(spaceId) });
      // The path's last step is a recorded decision.
      await client.invalidateQueries({ queryKey: soloKey(spaceId) });
    },
  });
}

const notAPath = "Choose one of the paths shown for this relationship.";

/**
 * Checks the decision as the server once did, against the paths shown for this relationship, seals it
 * in this tab under a new id, and sends the envelope with the revisit date, which reminds you on the day.
 */
export const useRecordDecision = (accountId: string, spaceId: string, paths: readonly string[]) =>
  useDecidingMutation(spaceId, async (input: unknown) => {
    const words = parseOrRefuse(decisionWords, input);
    if (!paths.includes(words.path)) {
      throw new ApiError(400, "validation_failed", notAPath, { path: notAPath });
    }
    const id = newVaultItemId();
    const address = { kind: privateEntryVaultKinds.decision, itemId: id };
    const sealed = await sealForVault(accountId, address, JSON.stringify(words));
    return api.post<OwnDecisionView>(`${base(spaceId)}/decisions`, {
      id,
      sealed,
      revisitOn: words.revisitOn,
    });
  });

/** Sharing a part sends its words, opened here, for the other person to read; taking it back sends none. */
export const useShareDecisionPart = (spaceId: string, relationship: RelationshipKind) =>
  useDecidingMutation(
    spaceId,
    ({ decision, part, shared }: { decision: OpenedDecision; part: DecisionPart; shared: boolean }) =>
      api.put<OwnDecisionView>(`${base(spaceId)}/decisions/${segment(decision.id)}/sharing`, {
        part,
        shared,
        ...(shared ? { text: decisionPartText(decision, part, relationship) } : {}),
      }),
  );

export const useDeleteDecision = (spaceId: string) =>
  useDecidingMutation(spaceId, (id: string) => api.delete<null>(`${base(spaceId)}/decisions/${segment(id)}`));
