import { type SafetyResources, safetyResourcesSchema } from "@mend/core/safety/index";
import type { TypedApp } from "../../http/types.ts";

/** Public: someone frightened may need these before, or without, signing in. */
export function safetyRoutes(app: TypedApp, resources: SafetyResources): void {
  app.get(
    "/api/safety-resources",
    {
      config: { access: "public" },
      schema: {
        tags: ["safety"],
        summary: "Help lines for people who feel unsafe (kept by the operator)",
        response: { 200: safetyResourcesSchema },
      },
    },
    async () => resources,
  );
}
