import type { DeleteAccountInput, EndingView } from "@mend/core/ending/contract";
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, segment } from "../../api/client.ts";
import { passwordProof } from "../vault/vault-keys.ts";

export const endingKey = (spaceId: string) => ["spaces", spaceId, "ending"] as const;

export const endingQuery = (spaceId: string) =>
  queryOptions({
    queryKey: endingKey(spaceId),
    queryFn: () => api.get<EndingView>(`/api/spaces/${segment(spaceId)}/ending`),
  });

/** Plain links: the browser sends the session cookie and saves the file the server names. */
export const exportPaths = (spaceId: string) => ({
  json: `/api/spaces/${segment(spaceId)}/export.json`,
  pdf: `/api/spaces/${segment(spaceId)}/export.pdf`,
});

export function useEndRepair(spaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<EndingView>(`/api/spaces/${segment(spaceId)}/ending`),
    onSuccess: (view) => {
      client.setQueryData(endingQuery(spaceId).queryKey, view);
      // Everything in the space may now answer differently (nothing new can be shared).
      return client.invalidateQueries({ queryKey: ["spaces", spaceId] });
    },
  });
}

export function useDeleteAccount() {
  return useMutation({
    mutationFn: async (input: DeleteAccountInput) =>
      api.post<void>("/api/account/delete", { ...input, password: await passwordProof(input.password) }),
  });
}
