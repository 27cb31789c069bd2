import type { HelpView } from "@mend/core/insights/contract";
import { queryOptions } from "@tanstack/react-query";
import { api, segment } from "../../api/client.ts";
import { insightsKey } from "../insights/api.ts";

export const helpQuery = (spaceId: string) =>
  queryOptions({
    queryKey: [...insightsKey(spaceId), "help"] as const,
    queryFn: () => api.get<HelpView>(`/api/spaces/${segment(spaceId)}/help`),
  });
