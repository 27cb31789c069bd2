import {
  type AnswerInput,
  type AskQuestionInput,
  type NeedTimeInput,
  type OpenQuestionsView,
  type QuestionDraftContent,
  type QuestionDraftView,
  type QuestionsView,
  type QuestionView,
  questionDraftContent,
  type ReviewInput,
} from "@mend/core/questions/contract";
import type { DetailLevel, QuestionTopic } from "@mend/core/questions/guidance";
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { api, segment } from "../../api/client.ts";
import { journeyKey } from "../journey/api.ts";
import { newVaultItemId, openFromVault, sealForVault, vaultTextMeta } from "../vault/items.ts";

export const questionsKey = (spaceId: string) => ["spaces", spaceId, "questions"] as const;
const base = (spaceId: string) => `/api/spaces/${segment(spaceId)}/questions`;

export const questionsQuery = (spaceId: string) =>
  queryOptions({
    queryKey: [...questionsKey(spaceId), "all"] as const,
    queryFn: () => api.get<QuestionsView>(base(spaceId)),
  });

export const openQuestionsQuery = (spaceId: string) =>
  queryOptions({
    queryKey: [...questionsKey(spaceId), "open"] as const,
    queryFn: () => api.get<OpenQuestionsView>(`${base(spaceId)}/open`),
  });

export const questionQuery = (spaceId: string, questionId: string) =>
  queryOptions({
    queryKey: [...questionsKey(spaceId), "one", questionId] as const,
    queryFn: () => api.get<QuestionView>(`${base(spaceId)}/${segment(questionId)}`),
  });

/** Any change to questions can move the journey, so both are read again afterwards. */
function useQuestionsMutation<I, R>(spaceId: string, send: (input: I) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: questionsKey(spaceId) }),
        client.invalidateQueries({ queryKey: journeyKey(spaceId) }),
      ]),
  });
}

/** A draft question as its writer reads it: opened in this tab. */
export interface OpenedQuestionDraft {
  id: string;
  text: string;
  detail: DetailLevel;
  topic: QuestionTopic | null;
  createdAt: string;
  updatedAt: string;
}

const sealDraft = (accountId: string, id: string, input: QuestionDraftContent) =>
  sealForVault(accountId, { kind: "draft", itemId: id }, JSON.stringify(questionDraftContent.parse(input)));

async function openDraft(accountId: string, draft: QuestionDraftView): Promise<OpenedQuestionDraft> {
  const content: QuestionDraftContent =
    draft.sealed === null
      ? {
          text: draft.text ?? "",
          detail: draft.detail ?? "facts",
          ...(draft.topic ? { topic: draft.topic } : {}),
        }
      : questionDraftContent.parse(
          JSON.parse(await openFromVault(accountId, { kind: "draft", itemId: draft.id }, draft.sealed)),
        );
  const { id, createdAt, updatedAt } = draft;
  return {
    id,
    createdAt,
    updatedAt,
    text: content.text,
    detail: content.detail,
    topic: content.topic ?? null,
  };
}

/**
 * Your draft questions, opened in this tab. A draft kept in the clear before drafts were sealed is
 * sealed and sent back at once, so the server forgets its words.
 */
export function useOpenedQuestionDrafts(accountId: string, spaceId: string, drafts: QuestionDraftView[]) {
  const client = useQueryClient();
  const opened = useQuery({
    queryKey: [...questionsKey(spaceId), "opened-drafts", drafts.map((d) => `${d.id}@${d.updatedAt}`).join()],
    queryFn: () => Promise.all(drafts.map((draft) => openDraft(accountId, draft))),
    meta: vaultTextMeta,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    retry: false,
    // A draft saved or sealed changes the key: the opened drafts on screen stay until the new ones open.
    placeholderData: keepPreviousData,
  });
  const sealing = useRef(new Set<string>());
  useEffect(() => {
    for (const draft of opened.data ?? []) {
      const kept = drafts.find((d) => d.id === draft.id);
      if (!kept || kept.sealed !== null || sealing.current.has(draft.id)) continue;
      sealing.current.add(draft.id);
      const content = {
        text: draft.text,
        detail: draft.detail,
        ...(draft.topic ? { topic: draft.topic } : {}),
      };
      void sealDraft(accountId, draft.id, content)
        .then((sealed) => api.put(`${base(spaceId)}/drafts/${segment(draft.id)}`, { sealed }))
        .then(() => client.invalidateQueries({ queryKey: questionsKey(spaceId) }))
        .catch(() => sealing.current.delete(draft.id));
    }
  }, [opened.data, drafts, accountId, spaceId, client]);
  return opened;
}

/** Keeps a draft question, sealed in this tab: a new one under a new id, a changed one under its own. */
export const useSaveQuestionDraft = (accountId: string, spaceId: string) =>
  useQuestionsMutation(spaceId, async ({ id, input }: { id: string | null; input: QuestionDraftContent }) => {
    if (id !== null) {
      const sealed = await sealDraft(accountId, id, input);
      return api.put<QuestionDraftView>(`${base(spaceId)}/drafts/${segment(id)}`, { sealed });
    }
    const fresh = newVaultItemId();
    const sealed = await sealDraft(accountId, fresh, input);
    return api.post<QuestionDraftView>(`${base(spaceId)}/drafts`, { id: fresh, sealed });
  });

export const useDeleteQuestionDraft = (spaceId: string) =>
  useQuestionsMutation(spaceId, (id: string) => api.delete<void>(`${base(spaceId)}/drafts/${segment(id)}`));

export function useAskQuestion(spaceId: string) {
  const client = useQueryClient();
  return useQuestionsMutation(spaceId, async (input: AskQuestionInput) => {
    const question = await api.post<QuestionView>(base(spaceId), input);
    client.setQueryData(questionQuery(spaceId, question.id).queryKey, question);
    return question;
  });
}

/** The steps that move a sent question along; each answers with the question as it now stands. */
export type QuestionStep =
  | { step: "answers"; body: AnswerInput }
  | { step: "need-time"; body: NeedTimeInput }
  | { step: "review"; body: ReviewInput }
  | { step: "set-aside" }
  | { step: "reopen" };

export function useQuestionStep(spaceId: string, questionId: string) {
  const client = useQueryClient();
  return useQuestionsMutation(spaceId, async (input: QuestionStep) => {
    const question = await api.post<QuestionView>(
      `${base(spaceId)}/${segment(questionId)}/${input.step}`,
      "body" in input ? input.body : undefined,
    );
    client.setQueryData(questionQuery(spaceId, questionId).queryKey, question);
    return question;
  });
}
