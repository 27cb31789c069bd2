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
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, segment } from "../../api/client.ts";
import { insightsKey } from "../insights/api.ts";
import { journeyKey } from "../journey/api.ts";
import { deviceUtcOffset } from "./calendar.ts";

const checkinsKey = (spaceId: string) => ["spaces", spaceId, "checkins"] as const;
const base = (spaceId: string) => `/api/spaces/${segment(spaceId)}/checkins`;

export const myCheckinsQuery = (spaceId: string) =>
  queryOptions({
    queryKey: [...checkinsKey(spaceId), "mine"] as const,
    queryFn: () => api.get<MyCheckinsView>(`${base(spaceId)}/mine`),
    select: (data) => data.checkins,
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

export function useSubmitCheckin(spaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SubmitCheckinBody) => api.post<CheckinAuthorViewJson>(base(spaceId), body),
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
