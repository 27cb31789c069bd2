import type {
  EndTalkInput,
  PauseTalkInput,
  ProposeTalkInput,
  ReflectionRatingInput,
  TalksView,
  TalkView,
} from "@mend/core/talks/contract";
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, segment } from "../../api/client.ts";
import { journeyKey } from "../journey/api.ts";

export const talksKey = (spaceId: string) => ["spaces", spaceId, "talks"] as const;
const base = (spaceId: string) => `/api/spaces/${segment(spaceId)}/talks`;

export const talksQuery = (spaceId: string) =>
  queryOptions({
    queryKey: [...talksKey(spaceId), "all"] as const,
    queryFn: () => api.get<TalksView>(base(spaceId)),
  });

/** The timer is only as fresh as its answer, so a talk is never served from an old copy. */
export const talkQuery = (spaceId: string, talkId: string) =>
  queryOptions({
    queryKey: [...talksKey(spaceId), "one", talkId] as const,
    queryFn: () => api.get<TalkView>(`${base(spaceId)}/${segment(talkId)}`),
    staleTime: 0,
  });

export function useProposeTalk(spaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ProposeTalkInput) => api.post<TalkView>(base(spaceId), input),
    onSuccess: (talk) => {
      client.setQueryData(talkQuery(spaceId, talk.id).queryKey, talk);
      return client.invalidateQueries({ queryKey: talksKey(spaceId) });
    },
  });
}

/** Everything that can happen in a talk, as the path after `/talks/:talkId/` and its body. */
export type TalkStep =
  | { path: "accept" | "cancel" | "start" | "resume" }
  | { path: "time"; body: { startsAt: string | null } }
  | { path: "pause"; body: PauseTalkInput }
  | { path: "end"; body: EndTalkInput }
  | { path: "turns"; body: { text: string } }
  | { path: `turns/${string}/reflections`; body: { text: string } }
  | { path: `turns/${string}/rating`; body: ReflectionRatingInput }
  | { path: "summaries"; body: { text: string } };

export function useTalkStep(spaceId: string, talkId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (step: TalkStep) =>
      api.post<TalkView>(
        `${base(spaceId)}/${segment(talkId)}/${step.path}`,
        "body" in step ? step.body : undefined,
      ),
    onSuccess: (talk) => {
      client.setQueryData(talkQuery(spaceId, talkId).queryKey, talk);
      return Promise.all([
        client.invalidateQueries({ queryKey: [...talksKey(spaceId), "all"] }),
        client.invalidateQueries({ queryKey: journeyKey(spaceId) }),
      ]);
    },
  });
}

/** Your private reflection after the talk: saved for you alone. */
export function useTalkReflection(spaceId: string, talkId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (text: string) =>
      api.put<TalkView>(`${base(spaceId)}/${segment(talkId)}/reflection`, { text }),
    onSuccess: (talk) => client.setQueryData(talkQuery(spaceId, talkId).queryKey, talk),
  });
}
