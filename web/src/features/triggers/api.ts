import type {
  LogTriggerInput,
  ReassuranceListView,
  ReassuranceRequestInput,
  ReassuranceView,
  TriggerPatternView,
  TriggersView,
  TriggerView,
} from "@mend/core/triggers/contract";
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, segment } from "../../api/client.ts";

export const triggersKey = (spaceId: string) => ["spaces", spaceId, "triggers"] as const;
export const reassuranceKey = (spaceId: string) => ["spaces", spaceId, "reassurance"] as const;
const base = (spaceId: string) => `/api/spaces/${segment(spaceId)}`;

export const triggersQuery = (spaceId: string) =>
  queryOptions({
    queryKey: [...triggersKey(spaceId), "list"] as const,
    queryFn: () => api.get<TriggersView>(`${base(spaceId)}/triggers`),
    select: (data) => data.triggers,
  });

export const triggerPatternQuery = (spaceId: string, weeks: number) =>
  queryOptions({
    queryKey: [...triggersKey(spaceId), "pattern", weeks] as const,
    queryFn: () => api.get<TriggerPatternView>(`${base(spaceId)}/triggers/pattern?weeks=${weeks}`),
  });

export const reassuranceQuery = (spaceId: string) =>
  queryOptions({
    queryKey: reassuranceKey(spaceId),
    queryFn: () => api.get<ReassuranceListView>(`${base(spaceId)}/reassurance`),
  });

function useInvalidating<I, R>(
  spaceId: string,
  key: "triggers" | "reassurance",
  send: (input: I) => Promise<R>,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () =>
      client.invalidateQueries({
        queryKey: key === "triggers" ? triggersKey(spaceId) : reassuranceKey(spaceId),
      }),
  });
}

export const useLogTrigger = (spaceId: string) =>
  useInvalidating(spaceId, "triggers", (input: LogTriggerInput) =>
    api.post<TriggerView>(`${base(spaceId)}/triggers`, input),
  );

export const useTriggerSharing = (spaceId: string) =>
  useInvalidating(spaceId, "triggers", ({ id, shared }: { id: string; shared: boolean }) =>
    api.put<TriggerView>(`${base(spaceId)}/triggers/${segment(id)}/sharing`, { shared }),
  );

export const useRemoveTrigger = (spaceId: string) =>
  useInvalidating(spaceId, "triggers", (id: string) =>
    api.delete<void>(`${base(spaceId)}/triggers/${segment(id)}`),
  );

export const useAskReassurance = (spaceId: string) =>
  useInvalidating(spaceId, "reassurance", (input: ReassuranceRequestInput) =>
    api.post<ReassuranceView>(`${base(spaceId)}/reassurance`, input),
  );

export const useReplyReassurance = (spaceId: string) =>
  useInvalidating(spaceId, "reassurance", ({ id, text }: { id: string; text: string }) =>
    api.post<ReassuranceView>(`${base(spaceId)}/reassurance/${segment(id)}/replies`, { text }),
  );

export const useRateReassurance = (spaceId: string) =>
  useInvalidating(spaceId, "reassurance", ({ id, helped }: { id: string; helped: boolean }) =>
    api.post<ReassuranceView>(`${base(spaceId)}/reassurance/${segment(id)}/outcome`, { helped }),
  );
