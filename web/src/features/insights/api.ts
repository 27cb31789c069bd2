import type { InsightsView, TrustExplanationView } from "@mend/core/insights/contract";
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

/** How the record is read, with the events behind it: under the insights key, so it refreshes with them. */
export const trustExplanationQuery = (spaceId: string) =>
  queryOptions({
    queryKey: [...insightsKey(spaceId), "how-trust-is-read"] as const,
    queryFn: () =>
      api.get<TrustExplanationView>(`/api/spaces/${segment(spaceId)}/insights/how-trust-is-read`),
  });
