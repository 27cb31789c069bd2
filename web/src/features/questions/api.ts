import type {
  AnswerInput,
  AskQuestionInput,
  NeedTimeInput,
  OpenQuestionsView,
  QuestionDraftInput,
  QuestionDraftView,
  QuestionsView,
  QuestionView,
  ReviewInput,
} from "@mend/core/questions/contract";
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, segment } from "../../api/client.ts";
import { journeyKey } from "../journey/api.ts";

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

export const useSaveQuestionDraft = (spaceId: string) =>
  useQuestionsMutation(spaceId, ({ id, input }: { id: string | null; input: QuestionDraftInput }) =>
    id === null
      ? api.post<QuestionDraftView>(`${base(spaceId)}/drafts`, input)
      : api.put<QuestionDraftView>(`${base(spaceId)}/drafts/${segment(id)}`, input),
  );

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
