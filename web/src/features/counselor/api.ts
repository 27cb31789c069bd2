import type {
  CounselorDashboardView,
  CounselorMemberView,
  CounselorNoteView,
  CounselorSpaceView,
  CounselorStreamEvent,
  CreatedCounselorLinkView,
  SessionPrepQuery,
  SessionPrepView,
} from "@mend/core/counselor/contract";
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, segment } from "../../api/client.ts";

// ---- A member's side ----

/** Under the space's key, so the space's own refreshes read it again too. */
export const counselorKey = (spaceId: string) => ["spaces", spaceId, "counselor"] as const;

export const counselorQuery = (spaceId: string) =>
  queryOptions({
    queryKey: counselorKey(spaceId),
    queryFn: () => api.get<CounselorMemberView>(`/api/spaces/${segment(spaceId)}/counselor`),
  });

function useMemberAction<T>(spaceId: string, path: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<T>(`/api/spaces/${segment(spaceId)}/counselor/${path}`),
    onSuccess: () => client.invalidateQueries({ queryKey: counselorKey(spaceId) }),
  });
}

export const useInviteCounselor = (spaceId: string) =>
  useMemberAction<CreatedCounselorLinkView>(spaceId, "invitations");
export const useConsentToCounselor = (spaceId: string) =>
  useMemberAction<CounselorMemberView>(spaceId, "consent");
export const useEndCounselorAccess = (spaceId: string) =>
  useMemberAction<CounselorMemberView>(spaceId, "end");

export const counselorJoinUrl = (token: string) =>
  `${window.location.origin}/counselor/join/${encodeURIComponent(token)}`;

// ---- The counselor's side ----

export const counselorSpacesKey = ["counselor", "spaces"] as const;

export const counselorDashboardQuery = queryOptions({
  queryKey: counselorSpacesKey,
  queryFn: () => api.get<CounselorDashboardView>("/api/counselor/spaces"),
});

export const counselorSpaceQuery = (spaceId: string) =>
  queryOptions({
    queryKey: [...counselorSpacesKey, spaceId] as const,
    queryFn: () => api.get<CounselorSpaceView>(`/api/counselor/spaces/${segment(spaceId)}`),
    // A space whose access ended answers "not found"; asking again at once would change nothing.
    retry: false,
  });

export const sessionPrepQueryOptions = (spaceId: string, range: SessionPrepQuery) =>
  queryOptions({
    queryKey: [...counselorSpacesKey, spaceId, "session-prep", range] as const,
    queryFn: () =>
      api.get<SessionPrepView>(
        `/api/counselor/spaces/${segment(spaceId)}/session-prep?from=${segment(range.from)}&to=${segment(range.to)}`,
      ),
    retry: false,
  });

export function useAcceptCounselorLink(token: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<{ spaceId: string }>("/api/counselor/invitations/accept", { token }),
    onSuccess: () => client.invalidateQueries({ queryKey: counselorSpacesKey }),
  });
}

export function useWriteCounselorNote(spaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (text: string) =>
      api.post<CounselorNoteView>(`/api/counselor/spaces/${segment(spaceId)}/notes`, { text }),
    onSuccess: () => client.invalidateQueries({ queryKey: counselorSpaceQuery(spaceId).queryKey }),
  });
}

/**
 * Listens to the counselor's live stream of a space: reads the space again when its shared record
 * moves, and as soon as access ends (the page then shows that it has).
 */
export function subscribeToCounselorSpace(spaceId: string, onEvent: (event: CounselorStreamEvent) => void) {
  const source = new EventSource(`/api/counselor/spaces/${segment(spaceId)}/events/stream`);
  source.onmessage = (message) => {
    const event = JSON.parse(String(message.data)) as CounselorStreamEvent;
    if (event.kind === "ended") source.close();
    onEvent(event);
  };
  return () => source.close();
}
