import type { MaintenanceView } from "@mend/core/maintenance/contract";
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, segment } from "../../api/client.ts";

export const maintenanceQuery = (spaceId: string) =>
  queryOptions({
    queryKey: ["spaces", spaceId, "maintenance"] as const,
    queryFn: () => api.get<MaintenanceView>(`/api/spaces/${segment(spaceId)}/maintenance`),
  });

export function useMarkReviewHeld(spaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<MaintenanceView>(`/api/spaces/${segment(spaceId)}/maintenance/reviews`),
    onSuccess: (view) => client.setQueryData(maintenanceQuery(spaceId).queryKey, view),
  });
}
