import type {
  DecidingView,
  DecisionInput,
  DecisionSharingInput,
  OwnDecisionView,
} from "@mend/core/deciding/contract";
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, segment } from "../../api/client.ts";
import { soloKey } from "../solo/api.ts";

const base = (spaceId: string) => `/api/spaces/${segment(spaceId)}/deciding`;

export const decidingKey = (spaceId: string) => ["spaces", spaceId, "deciding"] as const;

export const decidingQuery = (spaceId: string) =>
  queryOptions({ queryKey: decidingKey(spaceId), queryFn: () => api.get<DecidingView>(base(spaceId)) });

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

export const useRecordDecision = (spaceId: string) =>
  useDecidingMutation(spaceId, (input: DecisionInput) =>
    api.post<OwnDecisionView>(`${base(spaceId)}/decisions`, input),
  );

export const useShareDecisionPart = (spaceId: string) =>
  useDecidingMutation(spaceId, ({ id, ...input }: DecisionSharingInput & { id: string }) =>
    api.put<OwnDecisionView>(`${base(spaceId)}/decisions/${segment(id)}/sharing`, input),
  );

export const useDeleteDecision = (spaceId: string) =>
  useDecidingMutation(spaceId, (id: string) => api.delete<null>(`${base(spaceId)}/decisions/${segment(id)}`));
