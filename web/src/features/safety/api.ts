import type { SafetyResources } from "@mend/core/safety/index";
import { queryOptions } from "@tanstack/react-query";
import { api } from "../../api/client.ts";

export const safetyResourcesQuery = queryOptions({
  queryKey: ["safety-resources"] as const,
  queryFn: () => api.get<SafetyResources>("/api/safety-resources"),
  staleTime: Number.POSITIVE_INFINITY,
});
