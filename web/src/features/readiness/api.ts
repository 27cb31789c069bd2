import type { OwnReadinessView } from "@mend/core/readiness/contract";
import type { ReadinessAnswers } from "@mend/core/readiness/index";
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, segment } from "../../api/client.ts";
import { journeyKey } from "../journey/api.ts";

export const readinessQuery = (spaceId: string) =>
  queryOptions({
    queryKey: ["spaces", spaceId, "readiness"] as const,
    queryFn: () => api.get<OwnReadinessView>(`/api/spaces/${segment(spaceId)}/readiness`),
  });

export function useSubmitReadiness(spaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (answers: ReadinessAnswers) =>
      api.post<OwnReadinessView>(`/api/spaces/${segment(spaceId)}/readiness`, { answers }),
    onSuccess: (view) => {
      client.setQueryData(readinessQuery(spaceId).queryKey, view);
      return client.invalidateQueries({ queryKey: journeyKey(spaceId) });
    },
  });
}
