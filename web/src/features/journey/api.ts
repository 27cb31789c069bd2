import type { JourneyView } from "@mend/core/method/contract";
import { queryOptions } from "@tanstack/react-query";
import { api, segment } from "../../api/client.ts";

export const journeyKey = (spaceId: string) => ["spaces", spaceId, "journey"] as const;

export const journeyQuery = (spaceId: string) =>
  queryOptions({
    queryKey: journeyKey(spaceId),
    queryFn: () => api.get<JourneyView>(`/api/spaces/${segment(spaceId)}/journey`),
  });
