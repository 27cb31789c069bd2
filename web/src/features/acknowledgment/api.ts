import type {
  OwnStatementView,
  StatementResponseInput,
  StatementsView,
  StatementVersionView,
} from "@mend/core/acknowledgment/contract";
import type { StatementKind } from "@mend/core/acknowledgment/parts";
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, segment } from "../../api/client.ts";
import { journeyKey } from "../journey/api.ts";

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

/** Saves the private draft. It never touches the other person's view, so only your own copy is updated. */
export function useSaveDraft(spaceId: string, kind: StatementKind) {
  const store = useStoreOwn(spaceId);
  return useMutation({
    mutationFn: (parts: StatementParts) =>
      api.put<OwnStatementView>(`${base(spaceId)}/${kind}/draft`, { parts }),
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
