import { queryOptions } from "@tanstack/react-query";
import { api } from "../api/client.ts";

/** What GET /api/config answers (public, fetched before anyone signs in). */
export interface PublicConfig {
  quickExitUrl: string;
}

export const configQuery = queryOptions({
  queryKey: ["config"] as const,
  queryFn: () => api.get<PublicConfig>("/api/config"),
  staleTime: Number.POSITIVE_INFINITY,
});
