import type { InsightsView } from "@mend/core/insights/contract";
import { queryOptions } from "@tanstack/react-query";
import { api, segment } from "../../api/client.ts";
import { deviceUtcOffset } from "../checkins/calendar.ts";

/** Insights and help suggestions both come from check-ins and the record; one key refreshes both. */
export const insightsKey = (spaceId: string) => ["spaces", spaceId, "insights"] as const;

export const insightsQuery = (spaceId: string) =>
  queryOptions({
    queryKey: [...insightsKey(spaceId), "progress"] as const,
    queryFn: () =>
      api.get<InsightsView>(`/api/spaces/${segment(spaceId)}/insights?utcOffsetMinutes=${deviceUtcOffset()}`),
  });
