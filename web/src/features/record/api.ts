import type { RecordKind, RecordView } from "@mend/core/record/contract";
import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { api, segment } from "../../api/client.ts";

export interface RecordFilters {
  kinds: RecordKind[];
  from: string;
  to: string;
}

/** Under the space's key, so any change the live stream reports reads the record again. */
export const recordKey = (spaceId: string) => ["spaces", spaceId, "record"] as const;

export function recordSearch(filters: RecordFilters): string {
  const params = new URLSearchParams();
  if (filters.kinds.length > 0) params.set("kinds", filters.kinds.join(","));
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  const query = params.toString();
  return query ? `?${query}` : "";
}

export const recordQuery = (spaceId: string, filters: RecordFilters) =>
  queryOptions({
    queryKey: [...recordKey(spaceId), filters] as const,
    queryFn: () => api.get<RecordView>(`/api/spaces/${segment(spaceId)}/record${recordSearch(filters)}`),
    // While a new filter loads, the last answer stays on screen instead of a blank page.
    placeholderData: keepPreviousData,
  });
