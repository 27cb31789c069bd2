import type { OwnReadinessView } from "@mend/core/readiness/contract";
import { type ReadinessAnswers, readinessAnswersSchema } from "@mend/core/readiness/index";
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, isApiError, segment } from "../../api/client.ts";
import { parseOrRefuse } from "../../ui/form-errors.ts";
import { decidingKey } from "../deciding/api.ts";
import { journeyKey } from "../journey/api.ts";
import { newVaultItemId, openFromVault, sealForVault, vaultTextMeta } from "../vault/items.ts";

const base = (spaceId: string) => `/api/spaces/${segment(spaceId)}/readiness`;
const readinessKey = (spaceId: string) => ["spaces", spaceId, "readiness"] as const;
const answersAddress = (checkId: string) => ({ kind: "readiness-answers", itemId: checkId }) as const;

/** The person's latest check, opened in this tab: when they took it and what they answered. */
export interface OpenedCheck {
  completedAt: string;
  answers: ReadinessAnswers;
}

/**
 * The person's own latest check, opened from their vault in this tab; null until they take one. The
 * answers of a check taken before the vault are sealed and sent back first, every such check of
 * theirs, and the server forgets them in that step. The result is worked out from the answers here,
 * with `assessReadiness`: the server never learns it.
 */
export const ownReadinessQuery = (accountId: string, spaceId: string) =>
  queryOptions({
    queryKey: [...readinessKey(spaceId), "opened"] as const,
    queryFn: async (): Promise<OpenedCheck | null> => {
      let { checks } = await api.get<OwnReadinessView>(base(spaceId));
      for (const check of checks) {
        if (check.sealedAnswers !== undefined || check.plainAnswers === undefined) continue;
        const sealed = await sealForVault(
          accountId,
          answersAddress(check.id),
          JSON.stringify(check.plainAnswers),
        );
        try {
          ({ checks } = await api.put<OwnReadinessView>(`${base(spaceId)}/${segment(check.id)}/answers`, {
            sealed,
          }));
        } catch (error) {
          // Another tab of theirs sealed it first: read the checks again, with its envelope.
          if (!isApiError(error, "conflict")) throw error;
          ({ checks } = await api.get<OwnReadinessView>(base(spaceId)));
        }
      }
      const latest = checks[0];
      if (!latest) return null;
      if (latest.sealedAnswers === undefined) throw new Error("The check's answers came back unsealed.");
      const opened = await openFromVault(accountId, answersAddress(latest.id), latest.sealedAnswers);
      return {
        completedAt: latest.completedAt,
        answers: readinessAnswersSchema.parse(JSON.parse(opened)),
      };
    },
    meta: vaultTextMeta,
  });

/**
 * Checks the answers as the server once did (a refusal shows on the form, field by field), seals them
 * in this tab under an id made here, and sends only the envelope.
 */
export function useSubmitReadiness(accountId: string, spaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (answers: ReadinessAnswers): Promise<OpenedCheck> => {
      const checked = parseOrRefuse(readinessAnswersSchema, answers);
      const id = newVaultItemId();
      const sealed = await sealForVault(accountId, answersAddress(id), JSON.stringify(checked));
      const { checks } = await api.post<OwnReadinessView>(base(spaceId), { id, sealed });
      const taken = checks.find((check) => check.id === id);
      if (!taken) throw new Error("The check did not come back.");
      return { completedAt: taken.completedAt, answers: checked };
    },
    onSuccess: (opened) => {
      client.setQueryData(ownReadinessQuery(accountId, spaceId).queryKey, opened);
      return Promise.all([
        client.invalidateQueries({ queryKey: journeyKey(spaceId) }),
        client.invalidateQueries({ queryKey: decidingKey(spaceId) }),
      ]);
    },
  });
}
