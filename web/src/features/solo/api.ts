import type {
  OwnAmendInput,
  OwnAmendView,
  PromptAnswerView,
  SoloPathView,
  SupporterInput,
  SupporterView,
  TimelineEntryInput,
  TimelineEntryView,
} from "@mend/core/solo/contract";
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, segment } from "../../api/client.ts";

const base = (spaceId: string) => `/api/spaces/${segment(spaceId)}/solo`;

export const soloKey = (spaceId: string) => ["spaces", spaceId, "solo"] as const;

export const soloQuery = (spaceId: string) =>
  queryOptions({ queryKey: soloKey(spaceId), queryFn: () => api.get<SoloPathView>(base(spaceId)) });

/** Every change on the path is refetched as one page: it is small, and the steps depend on all of it. */
function useSoloMutation<Variables, Result>(
  spaceId: string,
  send: (variables: Variables) => Promise<Result>,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => client.invalidateQueries({ queryKey: soloKey(spaceId) }),
  });
}

export const useAddTimelineEntry = (spaceId: string) =>
  useSoloMutation(spaceId, (input: TimelineEntryInput) =>
    api.post<TimelineEntryView>(`${base(spaceId)}/timeline`, input),
  );
export const useRemoveTimelineEntry = (spaceId: string) =>
  useSoloMutation(spaceId, (id: string) => api.delete<null>(`${base(spaceId)}/timeline/${segment(id)}`));

export const useAddSupporter = (spaceId: string) =>
  useSoloMutation(spaceId, (input: SupporterInput) =>
    api.post<SupporterView>(`${base(spaceId)}/supporters`, input),
  );
export const useRemoveSupporter = (spaceId: string) =>
  useSoloMutation(spaceId, (id: string) => api.delete<null>(`${base(spaceId)}/supporters/${segment(id)}`));

export const useAddAmend = (spaceId: string) =>
  useSoloMutation(spaceId, (input: OwnAmendInput) =>
    api.post<OwnAmendView>(`${base(spaceId)}/amends`, input),
  );
export const useMarkAmend = (spaceId: string) =>
  useSoloMutation(spaceId, ({ id, done }: { id: string; done: boolean }) =>
    api.put<OwnAmendView>(`${base(spaceId)}/amends/${segment(id)}/done`, { done }),
  );
export const useRemoveAmend = (spaceId: string) =>
  useSoloMutation(spaceId, (id: string) => api.delete<null>(`${base(spaceId)}/amends/${segment(id)}`));

export const useAnswerPrompt = (spaceId: string) =>
  useSoloMutation(spaceId, ({ promptId, text }: { promptId: string; text: string }) =>
    api.put<PromptAnswerView>(`${base(spaceId)}/answers/${segment(promptId)}`, { text }),
  );
