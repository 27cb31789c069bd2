import {
  type ReassuranceListView,
  type ReassuranceRequestInput,
  type ReassuranceView,
  type TriggerPatternView,
  type TriggersView,
  type TriggerView,
  triggerNoteWords,
} from "@mend/core/triggers/contract";
import type { TriggerCategory } from "@mend/core/triggers/fields";
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, segment } from "../../api/client.ts";
import { parseOrRefuse } from "../../ui/form-errors.ts";
import { newVaultItemId, openFromVault, sealForVault, vaultTextMeta } from "../vault/items.ts";

export const triggersKey = (spaceId: string) => ["spaces", spaceId, "triggers"] as const;
export const reassuranceKey = (spaceId: string) => ["spaces", spaceId, "reassurance"] as const;
const base = (spaceId: string) => `/api/spaces/${segment(spaceId)}`;

export const triggersQuery = (spaceId: string) =>
  queryOptions({
    queryKey: [...triggersKey(spaceId), "list"] as const,
    queryFn: () => api.get<TriggersView>(`${base(spaceId)}/triggers`),
    select: (data) => data.triggers,
  });

const noteAddress = (itemId: string) => ({ kind: "trigger-note", itemId }) as const;

/**
 * The notes of your own triggers, opened from your vault in this tab, by trigger id. A note written before
 * the vault is sealed and sent back as soon as you open it, and the server forgets its words in that step.
 */
export const ownTriggerNotesQuery = (accountId: string, spaceId: string) =>
  queryOptions({
    queryKey: [...triggersKey(spaceId), "notes"] as const,
    queryFn: async (): Promise<ReadonlyMap<string, string>> => {
      const { triggers } = await api.get<TriggersView>(`${base(spaceId)}/triggers`);
      const opened = await Promise.all(
        triggers.map(async (trigger): Promise<[string, string] | null> => {
          if (trigger.author !== "you") return null;
          let { sealed } = trigger;
          if (sealed === null && trigger.plain !== null) {
            const upgraded = await api.put<TriggerView>(
              `${base(spaceId)}/triggers/${segment(trigger.id)}/note`,
              {
                sealed: await sealForVault(accountId, noteAddress(trigger.id), trigger.plain),
              },
            );
            sealed = upgraded.author === "you" ? upgraded.sealed : null;
            if (sealed === null) throw new Error("The note came back unsealed.");
          }
          if (sealed === null) return null;
          return [trigger.id, await openFromVault(accountId, noteAddress(trigger.id), sealed)];
        }),
      );
      return new Map(opened.filter((entry) => entry !== null));
    },
    meta: vaultTextMeta,
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

export interface NewTrigger {
  category: TriggerCategory;
  intensity: number;
  occurredAt: string;
  share: boolean;
  note: string;
}

/** Checks the note as the server once did, seals it in this tab, and sends only the envelope. */
export const useLogTrigger = (accountId: string, spaceId: string) =>
  useInvalidating(spaceId, "triggers", async ({ note, ...trigger }: NewTrigger) => {
    const words = parseOrRefuse(triggerNoteWords, { note });
    const id = newVaultItemId();
    const sealed = words.note ? { sealed: await sealForVault(accountId, noteAddress(id), words.note) } : {};
    return api.post<TriggerView>(`${base(spaceId)}/triggers`, { id, ...trigger, ...sealed });
  });

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
