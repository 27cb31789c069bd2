import { ownReadinessView, submitReadinessInput } from "@mend/core/readiness/contract";
import { currentAccount } from "../../http/access-hooks.ts";
import { apiError } from "../../http/api-error-schema.ts";
import type { TypedApp } from "../../http/types.ts";
import { spaceParams } from "../spaces/routes.ts";
import type { ReadinessService } from "./service.ts";

export function readinessRoutes(app: TypedApp, readiness: ReadinessService): void {
  app.get(
    "/api/spaces/:spaceId/readiness",
    {
      config: { access: "space" },
      schema: {
        tags: ["readiness"],
        summary: "Your own latest readiness check (private to you)",
        params: spaceParams,
        response: { 200: ownReadinessView, 401: apiError, 404: apiError },
      },
    },
    async (request) => readiness.own(currentAccount(request), request.params.spaceId),
  );

  app.post(
    "/api/spaces/:spaceId/readiness",
    {
      config: { access: "space" },
      schema: {
        tags: ["readiness"],
        summary: "Take the private readiness check (again)",
        params: spaceParams,
        body: submitReadinessInput,
        response: { 201: ownReadinessView, 400: apiError, 401: apiError, 404: apiError },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await readiness.submit(currentAccount(request), request.params.spaceId, request.body.answers)),
  );
}
