import { journeyView } from "@mend/core/method/contract";
import { currentAccount } from "../../http/access-hooks.ts";
import { apiError } from "../../http/api-error-schema.ts";
import type { TypedApp } from "../../http/types.ts";
import { spaceParams } from "../spaces/routes.ts";
import type { JourneyService } from "./service.ts";

export function journeyRoutes(app: TypedApp, journey: JourneyService): void {
  app.get(
    "/api/spaces/:spaceId/journey",
    {
      config: { access: "space" },
      schema: {
        tags: ["journey"],
        summary: "Where the space stands in the repair method, and your next step",
        params: spaceParams,
        response: { 200: journeyView, 401: apiError, 404: apiError },
      },
    },
    async (request) => journey.view(currentAccount(request), request.params.spaceId),
  );
}
