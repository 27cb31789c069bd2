import { maintenanceView } from "@mend/core/maintenance/contract";
import { currentAccount } from "../../http/access-hooks.ts";
import { apiError } from "../../http/api-error-schema.ts";
import type { TypedApp } from "../../http/types.ts";
import { spaceParams } from "../spaces/routes.ts";
import type { MaintenanceService } from "./service.ts";

export function maintenanceRoutes(app: TypedApp, maintenance: MaintenanceService): void {
  app.get(
    "/api/spaces/:spaceId/maintenance",
    {
      config: { access: "space" },
      schema: {
        tags: ["maintenance"],
        summary: "Whether you're keeping it up yet: check-in and review cadence, and early warnings",
        params: spaceParams,
        response: { 200: maintenanceView, 401: apiError, 404: apiError },
      },
    },
    async (request) => maintenance.view(currentAccount(request), request.params.spaceId),
  );

  app.post(
    "/api/spaces/:spaceId/maintenance/reviews",
    {
      config: { access: "space" },
      schema: {
        tags: ["maintenance"],
        summary: "Mark this month's review conversation as held",
        params: spaceParams,
        response: { 201: maintenanceView, 401: apiError, 404: apiError, 409: apiError },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await maintenance.markReviewHeld(currentAccount(request), request.params.spaceId)),
  );
}
