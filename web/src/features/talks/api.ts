import {
  type EndTalkInput,
  type PauseTalkInput,
  type ProposeTalkInput,
  type ReflectionRatingInput,
  type TalksView,
  type TalkView,
  talkReflectionWords,
} from "@mend/core/talks/contract";
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, segment } from "../../api/client.ts";
import { parseOrRefuse } from "../../ui/form-errors.ts";
import { journeyKey } from "../journey/api.ts";
import { openFromVault, sealForVault, vaultTextMeta } from "../vault/items.ts";

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

/** Each person keeps at most one reflection per talk, in their own vault, so the talk's id is its address. */
const reflectionAddress = (talkId: string) => ({ kind: "talk-reflection", itemId: talkId }) as const;

const sealReflection = async (accountId: string, spaceId: string, talkId: string, text: string) =>
  api.put<TalkView>(`${base(spaceId)}/${segment(talkId)}/reflection`, {
    sealed: await sealForVault(accountId, reflectionAddress(talkId), text),
  });

const openedReflectionKey = (spaceId: string, talkId: string) =>
  [...talksKey(spaceId), talkId, "your-reflection"] as const;

/**
 * Your reflection after the talk, opened from your vault in this tab ("" when there is none yet). One
 * written before the vault is sealed and sent back as soon as you open it, and the server forgets its
 * words in that step.
 */
export const openedTalkReflectionQuery = (accountId: string, spaceId: string, talk: TalkView) =>
  queryOptions({
    queryKey: openedReflectionKey(spaceId, talk.id),
    queryFn: async (): Promise<string> => {
      const reflection = talk.yourReflection;
      if (reflection === null) return "";
      if (reflection.sealed !== null) {
        return openFromVault(accountId, reflectionAddress(talk.id), reflection.sealed);
      }
      const text = reflection.plain ?? "";
      await sealReflection(accountId, spaceId, talk.id, text);
      return text;
    },
    meta: vaultTextMeta,
  });

/** Checks the words as the server once did, seals them in this tab, and sends only the envelope. */
export function useTalkReflection(accountId: string, spaceId: string, talkId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (text: string) => {
      const words = parseOrRefuse(talkReflectionWords, { text });
      return { talk: await sealReflection(accountId, spaceId, talkId, words.text), text: words.text };
    },
    onSuccess: ({ talk, text }) => {
      client.setQueryData(talkQuery(spaceId, talkId).queryKey, talk);
      client.setQueryData(openedReflectionKey(spaceId, talkId), text);
    },
  });
}
