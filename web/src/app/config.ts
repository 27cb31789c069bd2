import type { PublicConfig } from "@mend/core/config-contract";
import { queryOptions } from "@tanstack/react-query";
import { api } from "../api/client.ts";

export const configQuery = queryOptions({
  queryKey: ["config"] as const,
  queryFn: () => api.get<PublicConfig>("/api/config"),
  staleTime: Number.POSITIVE_INFINITY,
});
