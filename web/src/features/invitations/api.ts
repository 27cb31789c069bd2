import type { EmailInvitationInput } from "@mend/core/notifications/contract";
import type { CreatedInvitationView, InvitationPreviewView } from "@mend/core/spaces/contract";
import type { BreachView } from "@mend/core/spaces/roles";
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, segment } from "../../api/client.ts";
import { spaceQuery, spacesKey } from "../spaces/api.ts";

export function useCreateInvitation(spaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<CreatedInvitationView>(`/api/spaces/${segment(spaceId)}/invitations`),
    onSuccess: () => client.invalidateQueries({ queryKey: spaceQuery(spaceId).queryKey }),
  });
}

export function useRevokeInvitation(spaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) =>
      api.post<void>(`/api/spaces/${segment(spaceId)}/invitations/${segment(invitationId)}/revoke`),
    onSuccess: () => client.invalidateQueries({ queryKey: spaceQuery(spaceId).queryKey }),
  });
}

/** Mend makes a new link and emails it; the space shows the new invitation once the email is written. */
export function useEmailInvitation(spaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: EmailInvitationInput) =>
      api.post<void>(`/api/spaces/${segment(spaceId)}/invitations/email`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: spaceQuery(spaceId).queryKey }),
  });
}

/** Asking about a link changes nothing, so it is a query; it is asked once and not kept afterwards. */
export const invitationPreviewQuery = (token: string) =>
  queryOptions({
    queryKey: ["invitation-preview", token] as const,
    queryFn: () => api.post<InvitationPreviewView>("/api/invitations/preview", { token }),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    refetchOnWindowFocus: false,
  });

export function useAcceptInvitation(token: string) {
  const client = useQueryClient();
  return useMutation({
    // An unanswered question is left out, so the server names it in its field errors.
    mutationFn: ({ view }: { view: BreachView | null }) =>
      api.post<{ spaceId: string }>("/api/invitations/accept", { token, view: view ?? undefined }),
    onSuccess: () => client.invalidateQueries({ queryKey: spacesKey }),
  });
}
