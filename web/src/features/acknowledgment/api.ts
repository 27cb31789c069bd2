import {
  type OwnStatementView,
  type StatementResponseInput,
  type StatementsView,
  type StatementVersionView,
  statementDraftParts,
} from "@mend/core/acknowledgment/contract";
import type { StatementKind } from "@mend/core/acknowledgment/parts";
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, segment } from "../../api/client.ts";
import { journeyKey } from "../journey/api.ts";
import { openFromVault, sealForVault, vaultTextMeta } from "../vault/items.ts";

export const statementsKey = (spaceId: string) => ["spaces", spaceId, "statements"] as const;
const base = (spaceId: string) => `/api/spaces/${segment(spaceId)}/statements`;

export const statementsQuery = (spaceId: string) =>
  queryOptions({
    queryKey: statementsKey(spaceId),
    queryFn: () => api.get<StatementsView>(base(spaceId)),
  });

export type StatementParts = Record<string, string>;

/** Puts a fresh copy of your own statement into the overview, so the page shows it at once. */
function useStoreOwn(spaceId: string) {
  const client = useQueryClient();
  return (own: OwnStatementView) =>
    client.setQueryData(statementsKey(spaceId), (overview: StatementsView | undefined) =>
      overview
        ? { ...overview, own: overview.own.map((item) => (item.kind === own.kind ? own : item)) }
        : overview,
    );
}

/**
 * Your draft's parts, opened in this tab from the envelope the server keeps (or, for a draft kept before
 * drafts were sealed, as it was stored). Opened once per draft while the editor is on screen: the editor
 * holds the words from then on, and leaving the page drops them from the cache.
 */
export function useOpenedDraft(accountId: string, spaceId: string, own: OwnStatementView) {
  const draft = own.draft;
  return useQuery({
    queryKey: [...statementsKey(spaceId), own.kind, "opened-draft", draft?.id ?? null],
    queryFn: async (): Promise<StatementParts | null> => {
      if (!draft) return null;
      if (draft.sealed === null) return keptParts(draft.parts ?? {});
      const opened = await openFromVault(accountId, { kind: "draft", itemId: draft.id }, draft.sealed);
      return keptParts(statementDraftParts[own.kind].parse(JSON.parse(opened)));
    },
    meta: vaultTextMeta,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    retry: false,
    // The first save gives the draft its id: the editor on screen must not be taken away for it.
    placeholderData: keepPreviousData,
  });
}

const keptParts = (parts: Record<string, string | undefined>): StatementParts =>
  Object.fromEntries(
    Object.entries(parts).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );

/**
 * Saves the private draft, sealed in this tab under the draft's id. It never touches the other
 * person's view, so only your own copy is updated.
 */
export function useSaveDraft(accountId: string, spaceId: string, kind: StatementKind) {
  const store = useStoreOwn(spaceId);
  return useMutation({
    mutationFn: async ({ id, parts }: { id: string; parts: StatementParts }) => {
      const kept = statementDraftParts[kind].parse(parts);
      const sealed = await sealForVault(accountId, { kind: "draft", itemId: id }, JSON.stringify(kept));
      return api.put<OwnStatementView>(`${base(spaceId)}/${kind}/draft`, { id, sealed });
    },
    onSuccess: store,
  });
}

export function useDiscardDraft(spaceId: string, kind: StatementKind) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete<void>(`${base(spaceId)}/${kind}/draft`),
    onSuccess: () => {
      // The editor starts again from the cached statement at once, so the draft goes from it first.
      client.setQueryData(statementsKey(spaceId), (overview: StatementsView | undefined) =>
        overview
          ? {
              ...overview,
              own: overview.own.map((item) => (item.kind === kind ? { ...item, draft: null } : item)),
            }
          : overview,
      );
      return client.invalidateQueries({ queryKey: statementsKey(spaceId) });
    },
  });
}

export function useShareStatement(spaceId: string, kind: StatementKind) {
  const client = useQueryClient();
  const store = useStoreOwn(spaceId);
  return useMutation({
    mutationFn: (parts: StatementParts) =>
      api.post<OwnStatementView>(`${base(spaceId)}/${kind}/versions`, { parts }),
    onSuccess: (own) => {
      store(own);
      return Promise.all([
        client.invalidateQueries({ queryKey: statementsKey(spaceId) }),
        client.invalidateQueries({ queryKey: journeyKey(spaceId) }),
      ]);
    },
  });
}

export function useRespond(spaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ versionId, input }: { versionId: string; input: StatementResponseInput }) =>
      api.post<StatementVersionView>(`${base(spaceId)}/versions/${segment(versionId)}/responses`, input),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: statementsKey(spaceId) }),
        client.invalidateQueries({ queryKey: journeyKey(spaceId) }),
      ]),
  });
}
