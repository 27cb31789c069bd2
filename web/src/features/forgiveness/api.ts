import {
  type ForgivenessReflectionInput,
  type ForgivenessView,
  type LettersView,
  type LetterView,
  type LetterWords,
  letterWords,
  type OwnForgivenessReflectionView,
  type ReflectionsView,
  type ReflectionView,
  reflectionWords,
} from "@mend/core/forgiveness/contract";
import type { ReflectionKind } from "@mend/core/forgiveness/reflections";
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, segment } from "../../api/client.ts";
import { parseOrRefuse } from "../../ui/form-errors.ts";
import { journeyKey } from "../journey/api.ts";
import { newVaultItemId, openFromVault, sealForVault, vaultTextMeta } from "../vault/items.ts";

const base = (spaceId: string) => `/api/spaces/${segment(spaceId)}`;

export const forgivenessKey = (spaceId: string) => ["spaces", spaceId, "forgiveness"] as const;
export const lettersKey = (spaceId: string) => ["spaces", spaceId, "letters"] as const;
export const reflectionsKey = (spaceId: string) => ["spaces", spaceId, "reflections"] as const;

export const forgivenessQuery = (spaceId: string) =>
  queryOptions({
    queryKey: forgivenessKey(spaceId),
    queryFn: () => api.get<ForgivenessView>(`${base(spaceId)}/forgiveness`),
  });

/** A letter as its author reads it, opened from their vault in this tab. */
export interface OpenedLetter {
  id: string;
  title: string | null;
  body: string;
  createdAt: string;
  updatedAt: string;
}

const letterAddress = (itemId: string) => ({ kind: "unsent-letter", itemId }) as const;

const sealLetter = (accountId: string, id: string, words: LetterWords) =>
  sealForVault(accountId, letterAddress(id), JSON.stringify(words));

/**
 * Opens a letter from the vault. A letter written before the vault is sealed and sent back as soon as
 * its author opens it, and the server forgets its words in the same step.
 */
async function openLetter(accountId: string, spaceId: string, letter: LetterView): Promise<OpenedLetter> {
  let { sealed } = letter;
  let { updatedAt } = letter;
  if (sealed === null) {
    const plain = letter.plain ?? { title: null, body: "" };
    const upgraded = await api.put<LetterView>(`${base(spaceId)}/letters/${segment(letter.id)}`, {
      sealed: await sealLetter(accountId, letter.id, { title: plain.title ?? undefined, body: plain.body }),
    });
    ({ sealed, updatedAt } = upgraded);
    if (sealed === null) throw new Error("The letter came back unsealed.");
  }
  const words = letterWords.parse(
    JSON.parse(await openFromVault(accountId, letterAddress(letter.id), sealed)),
  );
  return {
    id: letter.id,
    title: words.title || null,
    body: words.body,
    createdAt: letter.createdAt,
    updatedAt,
  };
}

export const lettersQuery = (accountId: string, spaceId: string) =>
  queryOptions({
    queryKey: lettersKey(spaceId),
    queryFn: async () => {
      const { letters } = await api.get<LettersView>(`${base(spaceId)}/letters`);
      return Promise.all(letters.map((letter) => openLetter(accountId, spaceId, letter)));
    },
    meta: vaultTextMeta,
  });

export const letterQuery = (accountId: string, spaceId: string, letterId: string) =>
  queryOptions({
    queryKey: [...lettersKey(spaceId), letterId] as const,
    queryFn: async () =>
      openLetter(
        accountId,
        spaceId,
        await api.get<LetterView>(`${base(spaceId)}/letters/${segment(letterId)}`),
      ),
    meta: vaultTextMeta,
  });

/** A private reflection as its author reads it, opened from their vault in this tab. */
export interface OpenedReflection {
  id: string;
  kind: ReflectionKind;
  promptId: string | null;
  text: string;
  createdAt: string;
  updatedAt: string;
}

const reflectionAddress = (itemId: string) => ({ kind: "private-reflection", itemId }) as const;

const reflectionPath = (spaceId: string, id: string) => `${base(spaceId)}/reflections/${segment(id)}`;

/**
 * Opens a reflection from the vault. One written before the vault is sealed and sent back as soon as its
 * author opens it, and the server forgets its words in the same step.
 */
async function openReflection(
  accountId: string,
  spaceId: string,
  reflection: ReflectionView,
): Promise<OpenedReflection> {
  let { sealed, updatedAt } = reflection;
  if (sealed === null) {
    const upgraded = await api.put<ReflectionView>(reflectionPath(spaceId, reflection.id), {
      sealed: await sealForVault(accountId, reflectionAddress(reflection.id), reflection.plain ?? ""),
    });
    ({ sealed, updatedAt } = upgraded);
    if (sealed === null) throw new Error("The reflection came back unsealed.");
  }
  return {
    id: reflection.id,
    kind: reflection.kind,
    promptId: reflection.promptId,
    text: await openFromVault(accountId, reflectionAddress(reflection.id), sealed),
    createdAt: reflection.createdAt,
    updatedAt,
  };
}

export const reflectionsQuery = (accountId: string, spaceId: string) =>
  queryOptions({
    queryKey: reflectionsKey(spaceId),
    queryFn: async () => {
      const { reflections } = await api.get<ReflectionsView>(`${base(spaceId)}/reflections`);
      return Promise.all(reflections.map((reflection) => openReflection(accountId, spaceId, reflection)));
    },
    meta: vaultTextMeta,
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

/** Checks the words as the server once did, seals them in this tab, and sends only the envelope. */
export function useSaveLetter(accountId: string, spaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, words }: { id: string | null; words: LetterWords }): Promise<OpenedLetter> => {
      const checked = parseOrRefuse(letterWords, words);
      const itemId = id ?? newVaultItemId();
      const sealed = await sealLetter(accountId, itemId, checked);
      const saved =
        id === null
          ? await api.post<LetterView>(`${base(spaceId)}/letters`, { id: itemId, sealed })
          : await api.put<LetterView>(`${base(spaceId)}/letters/${segment(id)}`, { sealed });
      return {
        id: saved.id,
        title: checked.title || null,
        body: checked.body,
        createdAt: saved.createdAt,
        updatedAt: saved.updatedAt,
      };
    },
    onSuccess: (letter) => {
      // Made with the vault mark first, so the opened words leave the cache when the vault locks.
      const { queryKey } = letterQuery(accountId, spaceId, letter.id);
      client.getQueryCache().build(client, { queryKey, meta: vaultTextMeta });
      client.setQueryData(queryKey, letter);
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
      client.removeQueries({ queryKey: [...lettersKey(spaceId), id], exact: true });
      return client.invalidateQueries({ queryKey: lettersKey(spaceId), exact: true });
    },
  });
}

/** Checks the words as the server once did, seals them in this tab, and sends only the envelope. */
export function useWriteReflection(accountId: string, spaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({
      kind,
      promptId,
      text,
    }: {
      kind: ReflectionKind;
      promptId?: string;
      text: string;
    }) => {
      const words = parseOrRefuse(reflectionWords, { text });
      const id = newVaultItemId();
      const sealed = await sealForVault(accountId, reflectionAddress(id), words.text);
      return api.post<ReflectionView>(`${base(spaceId)}/reflections`, {
        id,
        kind,
        ...(promptId === undefined ? {} : { promptId }),
        sealed,
      });
    },
    onSuccess: () => client.invalidateQueries({ queryKey: reflectionsKey(spaceId) }),
  });
}

export function useEditReflection(accountId: string, spaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, text }: { id: string; text: string }) => {
      const words = parseOrRefuse(reflectionWords, { text });
      return api.put<ReflectionView>(reflectionPath(spaceId, id), {
        sealed: await sealForVault(accountId, reflectionAddress(id), words.text),
      });
    },
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
