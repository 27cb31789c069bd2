import {
  type OwnAmendView,
  type OwnAmendWords,
  ownAmendWords,
  type PromptAnswerView,
  type PromptAnswerWords,
  promptAnswerWords,
  type SealedEntryView,
  type SoloPathView,
  type SupporterView,
  type SupporterWords,
  type SupporterWordsInput,
  supporterWords,
  type TimelineEntryView,
  type TimelineEntryWords,
  type TimelineEntryWordsInput,
  timelineEntryWords,
} from "@mend/core/solo/contract";
import { inTimelineOrder, type PrivateEntryKind, privateEntryVaultKinds } from "@mend/core/solo/index";
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, segment } from "../../api/client.ts";
import { parseOrRefuse } from "../../ui/form-errors.ts";
import { newVaultItemId, openFromVault, sealForVault, vaultTextMeta } from "../vault/items.ts";

const base = (spaceId: string) => `/api/spaces/${segment(spaceId)}/solo`;

export const soloKey = (spaceId: string) => ["spaces", spaceId, "solo"] as const;

/** The path's steps and what the server holds of each entry: envelopes, never words. */
export const soloQuery = (spaceId: string) =>
  queryOptions({ queryKey: soloKey(spaceId), queryFn: () => api.get<SoloPathView>(base(spaceId)) });

/** What the server holds of one entry's words. */
interface HeldEntry {
  id: string;
  sealed: string | null;
  plain: string | null;
}

/**
 * Opens one entry's words from the vault in this tab. Words from before the vault are sealed and sent
 * back first, through `seal`, and the server forgets them in that step.
 */
export async function openEntry<Words>(
  accountId: string,
  kind: PrivateEntryKind,
  entry: HeldEntry,
  seal: (sealed: string) => Promise<string | null>,
): Promise<Words> {
  const address = { kind: privateEntryVaultKinds[kind], itemId: entry.id };
  if (entry.sealed !== null)
    return JSON.parse(await openFromVault(accountId, address, entry.sealed)) as Words;
  if (entry.plain === null) throw new Error("An entry came with neither its envelope nor its words.");
  const sealed = await seal(await sealForVault(accountId, address, entry.plain));
  if (sealed === null) throw new Error("The entry came back unsealed.");
  return JSON.parse(entry.plain) as Words;
}

export type OpenedTimelineEntry = TimelineEntryWords & Pick<TimelineEntryView, "id" | "writtenAt">;
export type OpenedSupporter = SupporterWords & Pick<SupporterView, "id">;
export type OpenedAmend = OwnAmendWords & Pick<OwnAmendView, "id" | "doneAt" | "writtenAt">;
export type OpenedAnswer = PromptAnswerWords & Pick<PromptAnswerView, "id" | "promptId" | "writtenAt">;

/** Everything written on the path, opened from the vault in this tab; the timeline in date order. */
export interface OpenedSoloPath {
  timeline: OpenedTimelineEntry[];
  supporters: OpenedSupporter[];
  amends: OpenedAmend[];
  answers: OpenedAnswer[];
}

export const openedSoloQuery = (accountId: string, spaceId: string) =>
  queryOptions({
    queryKey: [...soloKey(spaceId), "opened"] as const,
    queryFn: async (): Promise<OpenedSoloPath> => {
      const view = await api.get<SoloPathView>(base(spaceId));
      const seal = (id: string) => async (sealed: string) =>
        (await api.put<SealedEntryView>(`${base(spaceId)}/entries/${segment(id)}/sealed`, { sealed })).sealed;
      const open = <Words>(kind: PrivateEntryKind, entry: HeldEntry) =>
        openEntry<Words>(accountId, kind, entry, seal(entry.id));
      const [timeline, supporters, amends, answers] = await Promise.all([
        Promise.all(
          view.timeline.map(async (entry) => ({
            ...(await open<TimelineEntryWords>("timeline", entry)),
            id: entry.id,
            writtenAt: entry.writtenAt,
          })),
        ),
        Promise.all(
          view.supporters.map(async (entry) => ({
            ...(await open<SupporterWords>("supporter", entry)),
            id: entry.id,
          })),
        ),
        Promise.all(
          view.amends.map(async (entry) => ({
            ...(await open<OwnAmendWords>("own_amend", entry)),
            id: entry.id,
            doneAt: entry.doneAt,
            writtenAt: entry.writtenAt,
          })),
        ),
        Promise.all(
          view.series
            .flatMap((series) => series.answers)
            .map(async (entry) => ({
              ...(await open<PromptAnswerWords>("prompt_answer", entry)),
              id: entry.id,
              promptId: entry.promptId,
              writtenAt: entry.writtenAt,
            })),
        ),
      ]);
      return { timeline: inTimelineOrder(timeline), supporters, amends, answers };
    },
    meta: vaultTextMeta,
  });

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

/**
 * Seals an entry's words, checked as the server once checked them, in this tab under `id` (a new one
 * made here, or the entry's own), and returns what is sent: the id and the envelope, nothing in the clear.
 */
async function sealed(
  accountId: string,
  kind: PrivateEntryKind,
  words: unknown,
  id: string = newVaultItemId(),
): Promise<{ id: string; sealed: string }> {
  const address = { kind: privateEntryVaultKinds[kind], itemId: id };
  return { id, sealed: await sealForVault(accountId, address, JSON.stringify(words)) };
}

export const useAddTimelineEntry = (accountId: string, spaceId: string) =>
  useSoloMutation(spaceId, async (input: TimelineEntryWordsInput) =>
    api.post<TimelineEntryView>(
      `${base(spaceId)}/timeline`,
      await sealed(accountId, "timeline", parseOrRefuse(timelineEntryWords, input)),
    ),
  );
export const useRemoveTimelineEntry = (spaceId: string) =>
  useSoloMutation(spaceId, (id: string) => api.delete<null>(`${base(spaceId)}/timeline/${segment(id)}`));

export const useAddSupporter = (accountId: string, spaceId: string) =>
  useSoloMutation(spaceId, async (input: SupporterWordsInput) =>
    api.post<SupporterView>(
      `${base(spaceId)}/supporters`,
      await sealed(accountId, "supporter", parseOrRefuse(supporterWords, input)),
    ),
  );
export const useRemoveSupporter = (spaceId: string) =>
  useSoloMutation(spaceId, (id: string) => api.delete<null>(`${base(spaceId)}/supporters/${segment(id)}`));

export const useAddAmend = (accountId: string, spaceId: string) =>
  useSoloMutation(spaceId, async (input: OwnAmendWords) =>
    api.post<OwnAmendView>(
      `${base(spaceId)}/amends`,
      await sealed(accountId, "own_amend", parseOrRefuse(ownAmendWords, input)),
    ),
  );
export const useMarkAmend = (spaceId: string) =>
  useSoloMutation(spaceId, ({ id, done }: { id: string; done: boolean }) =>
    api.put<OwnAmendView>(`${base(spaceId)}/amends/${segment(id)}/done`, { done }),
  );
export const useRemoveAmend = (spaceId: string) =>
  useSoloMutation(spaceId, (id: string) => api.delete<null>(`${base(spaceId)}/amends/${segment(id)}`));

/** A rewritten answer is sealed under the id it already has; a first answer under a new one. */
export const useAnswerPrompt = (accountId: string, spaceId: string) =>
  useSoloMutation(
    spaceId,
    async ({ promptId, answerId, text }: { promptId: string; answerId: string | undefined; text: string }) =>
      api.put<PromptAnswerView>(
        `${base(spaceId)}/answers/${segment(promptId)}`,
        await sealed(accountId, "prompt_answer", parseOrRefuse(promptAnswerWords, { text }), answerId),
      ),
  );
