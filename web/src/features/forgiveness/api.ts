import type {
  ForgivenessReflectionInput,
  ForgivenessView,
  LetterInput,
  LettersView,
  LetterView,
  OwnForgivenessReflectionView,
  ReflectionInput,
  ReflectionsView,
  ReflectionView,
} from "@mend/core/forgiveness/contract";
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, segment } from "../../api/client.ts";
import { journeyKey } from "../journey/api.ts";

const base = (spaceId: string) => `/api/spaces/${segment(spaceId)}`;

export const forgivenessKey = (spaceId: string) => ["spaces", spaceId, "forgiveness"] as const;
export const lettersKey = (spaceId: string) => ["spaces", spaceId, "letters"] as const;
export const reflectionsKey = (spaceId: string) => ["spaces", spaceId, "reflections"] as const;

export const forgivenessQuery = (spaceId: string) =>
  queryOptions({
    queryKey: forgivenessKey(spaceId),
    queryFn: () => api.get<ForgivenessView>(`${base(spaceId)}/forgiveness`),
  });

export const lettersQuery = (spaceId: string) =>
  queryOptions({
    queryKey: lettersKey(spaceId),
    queryFn: () => api.get<LettersView>(`${base(spaceId)}/letters`),
    select: (data) => data.letters,
  });

export const letterQuery = (spaceId: string, letterId: string) =>
  queryOptions({
    queryKey: [...lettersKey(spaceId), letterId] as const,
    queryFn: () => api.get<LetterView>(`${base(spaceId)}/letters/${segment(letterId)}`),
  });

export const reflectionsQuery = (spaceId: string) =>
  queryOptions({
    queryKey: reflectionsKey(spaceId),
    queryFn: () => api.get<ReflectionsView>(`${base(spaceId)}/reflections`),
    select: (data) => data.reflections,
  });

/** Sharing a step is evidence on the journey, so the journey is read again after any change. */
function useForgivenessMutation<I>(spaceId: string, send: (input: I) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: forgivenessKey(spaceId) }),
        client.invalidateQueries({ queryKey: journeyKey(spaceId) }),
      ]),
  });
}

export const useWriteStepReflection = (spaceId: string) =>
  useForgivenessMutation(spaceId, (input: ForgivenessReflectionInput) =>
    api.post<OwnForgivenessReflectionView>(`${base(spaceId)}/forgiveness/reflections`, input),
  );

export const useShareStepReflection = (spaceId: string) =>
  useForgivenessMutation(spaceId, ({ id, shared }: { id: string; shared: boolean }) =>
    api.put<OwnForgivenessReflectionView>(`${base(spaceId)}/forgiveness/reflections/${segment(id)}/sharing`, {
      shared,
    }),
  );

export const useDeleteStepReflection = (spaceId: string) =>
  useForgivenessMutation(spaceId, (id: string) =>
    api.delete<void>(`${base(spaceId)}/forgiveness/reflections/${segment(id)}`),
  );

export function useSaveLetter(spaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: LetterInput }) =>
      id === null
        ? api.post<LetterView>(`${base(spaceId)}/letters`, input)
        : api.put<LetterView>(`${base(spaceId)}/letters/${segment(id)}`, input),
    onSuccess: (letter) => {
      client.setQueryData(letterQuery(spaceId, letter.id).queryKey, letter);
      return client.invalidateQueries({ queryKey: lettersKey(spaceId), exact: true });
    },
  });
}

export function useDestroyLetter(spaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<void>(`${base(spaceId)}/letters/${segment(id)}`),
    onSuccess: (_, id) => {
      // Nothing of it is kept in memory either.
      client.removeQueries({ queryKey: letterQuery(spaceId, id).queryKey, exact: true });
      return client.invalidateQueries({ queryKey: lettersKey(spaceId), exact: true });
    },
  });
}

export function useWriteReflection(spaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ReflectionInput) => api.post<ReflectionView>(`${base(spaceId)}/reflections`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: reflectionsKey(spaceId) }),
  });
}

export function useEditReflection(spaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, text }: { id: string; text: string }) =>
      api.put<ReflectionView>(`${base(spaceId)}/reflections/${segment(id)}`, { text }),
    onSuccess: () => client.invalidateQueries({ queryKey: reflectionsKey(spaceId) }),
  });
}

export function useDeleteReflection(spaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<void>(`${base(spaceId)}/reflections/${segment(id)}`),
    onSuccess: () => client.invalidateQueries({ queryKey: reflectionsKey(spaceId) }),
  });
}
