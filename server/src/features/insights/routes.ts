import { calendarQuery } from "@mend/core/checkins/contract";
import { helpView, insightsView, trustExplanationView } from "@mend/core/insights/contract";
import { currentAccount } from "../../http/access-hooks.ts";
import { apiError } from "../../http/api-error-schema.ts";
import type { TypedApp } from "../../http/types.ts";
import { spaceParams } from "../spaces/routes.ts";
import type { InsightsService } from "./service.ts";

export function insightRoutes(app: TypedApp, insights: InsightsService): void {
  app.get(
    "/api/spaces/:spaceId/insights",
    {
      config: { access: "space" },
      schema: {
        tags: ["insights"],
        summary: "Progress as you see it: your feelings, the record, milestones and what improved",
        params: spaceParams,
        querystring: calendarQuery,
        response: { 200: insightsView, 400: apiError, 401: apiError, 404: apiError },
      },
    },
    async (request) =>
      insights.insights(currentAccount(request).id, request.params.spaceId, request.query.utcOffsetMinutes),
  );

  app.get(
    "/api/spaces/:spaceId/help",
    {
      config: { access: "space" },
      schema: {
        tags: ["insights"],
        summary: "Suggestions of professional help meant for you, and a guide to finding a counselor",
        params: spaceParams,
        response: { 200: helpView, 401: apiError, 404: apiError },
      },
    },
    async (request) => insights.help(currentAccount(request).id, request.params.spaceId),
  );

  app.get(
    "/api/spaces/:spaceId/insights/how-trust-is-read",
    {
      config: { access: "space" },
      schema: {
        tags: ["insights"],
        summary: "How the trust record is read, and the events behind the records you see",
        params: spaceParams,
        response: { 200: trustExplanationView, 401: apiError, 404: apiError },
      },
    },
    async (request) => insights.trustExplanation(currentAccount(request).id, request.params.spaceId),
  );
}
