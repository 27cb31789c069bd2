import type {
  CheckinAuthorViewJson,
  CheckinCadenceInput,
  CheckinCadenceView,
  DueCheckinsView,
  MyCheckinsView,
  SharingBody,
  SubmitCheckinBody,
  TheirCheckinsView,
} from "@mend/core/checkins/contract";
import { checkinNoteWords } from "@mend/core/checkins/schema";
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, segment } from "../../api/client.ts";
import { parseOrRefuse } from "../../ui/form-errors.ts";
import { insightsKey } from "../insights/api.ts";
import { journeyKey } from "../journey/api.ts";
import { newVaultItemId, openFromVault, sealForVault, vaultTextMeta } from "../vault/items.ts";
import { deviceUtcOffset } from "./calendar.ts";

const checkinsKey = (spaceId: string) => ["spaces", spaceId, "checkins"] as const;
const base = (spaceId: string) => `/api/spaces/${segment(spaceId)}/checkins`;

export const myCheckinsQuery = (spaceId: string) =>
  queryOptions({
    queryKey: [...checkinsKey(spaceId), "mine"] as const,
    queryFn: () => api.get<MyCheckinsView>(`${base(spaceId)}/mine`),
    select: (data) => data.checkins,
  });

const noteAddress = (checkinId: string) => ({ kind: "checkin-note", itemId: checkinId }) as const;

/** True when a check-in of yours has a private note, sealed or from before the vault. */
export const hasNote = (checkin: CheckinAuthorViewJson) =>
  checkin.sealedNote !== undefined || checkin.plainNote !== undefined;

/**
 * The private notes of your own check-ins, opened from your vault in this tab, by check-in id. A note
 * written before the vault is sealed and sent back as soon as you open it, and the server forgets its
 * words in that step.
 */
export const ownCheckinNotesQuery = (accountId: string, spaceId: string) =>
  queryOptions({
    queryKey: [...checkinsKey(spaceId), "notes"] as const,
    queryFn: async (): Promise<ReadonlyMap<string, string>> => {
      const { checkins } = await api.get<MyCheckinsView>(`${base(spaceId)}/mine`);
      const opened = await Promise.all(
        checkins.map(async (checkin): Promise<[string, string] | null> => {
          let { sealedNote } = checkin;
          if (sealedNote === undefined && checkin.plainNote !== undefined) {
            const upgraded = await api.put<CheckinAuthorViewJson>(
              `${base(spaceId)}/${segment(checkin.id)}/note`,
              { sealed: await sealForVault(accountId, noteAddress(checkin.id), checkin.plainNote) },
            );
            sealedNote = upgraded.sealedNote;
            if (sealedNote === undefined) throw new Error("The note came back unsealed.");
          }
          if (sealedNote === undefined) return null;
          return [checkin.id, await openFromVault(accountId, noteAddress(checkin.id), sealedNote)];
        }),
      );
      return new Map(opened.filter((entry) => entry !== null));
    },
    meta: vaultTextMeta,
  });

export const theirCheckinsQuery = (spaceId: string) =>
  queryOptions({
    queryKey: [...checkinsKey(spaceId), "theirs"] as const,
    queryFn: () => api.get<TheirCheckinsView>(`${base(spaceId)}/theirs`),
    select: (data) => data.checkins,
  });

export const dueCheckinsQuery = (spaceId: string) =>
  queryOptions({
    queryKey: [...checkinsKey(spaceId), "due"] as const,
    queryFn: () => api.get<DueCheckinsView>(`${base(spaceId)}/due?utcOffsetMinutes=${deviceUtcOffset()}`),
  });

/**
 * Checks the private note as the server once did, seals it in this tab under the id made here for the
 * check-in, and sends only the envelope with the rest of the check-in.
 */
export function useSubmitCheckin(accountId: string, spaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, privateNote }: { body: SubmitCheckinBody; privateNote: string }) => {
      const words = parseOrRefuse(checkinNoteWords, { privateNote });
      const id = newVaultItemId();
      const sealed =
        words.privateNote === undefined
          ? {}
          : { sealedNote: await sealForVault(accountId, noteAddress(id), words.privateNote) };
      return api.post<CheckinAuthorViewJson>(base(spaceId), { ...body, id, ...sealed });
    },
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: checkinsKey(spaceId) }),
        client.invalidateQueries({ queryKey: insightsKey(spaceId) }),
        client.invalidateQueries({ queryKey: journeyKey(spaceId) }),
      ]),
  });
}

export function useChangeSharing(spaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ checkinId, sharing }: { checkinId: string; sharing: SharingBody }) =>
      api.put<CheckinAuthorViewJson>(`${base(spaceId)}/${segment(checkinId)}/sharing`, sharing),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: checkinsKey(spaceId) }),
        client.invalidateQueries({ queryKey: insightsKey(spaceId) }),
      ]),
  });
}

const cadenceKey = (spaceId: string) => [...checkinsKey(spaceId), "cadence"] as const;

/** The rhythm the viewer chose for their own check-ins. */
export const cadenceQuery = (spaceId: string) =>
  queryOptions({
    queryKey: cadenceKey(spaceId),
    queryFn: () => api.get<CheckinCadenceView>(`${base(spaceId)}/cadence`),
  });

export function useSaveCadence(spaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CheckinCadenceInput) => api.put<CheckinCadenceView>(`${base(spaceId)}/cadence`, body),
    onSuccess: (saved) => client.setQueryData(cadenceKey(spaceId), saved),
  });
}
