import { ownReadinessView, sealReadinessInput, submitReadinessInput } from "@mend/core/readiness/contract";
import { z } from "zod";
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
        summary: "Your own readiness checks, their answers sealed in your vault (private to you)",
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
        summary: "Take the private readiness check (again): its answers sealed and assessed in your browser",
        params: spaceParams,
        body: submitReadinessInput,
        response: { 201: ownReadinessView, 400: apiError, 401: apiError, 404: apiError, 409: apiError },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await readiness.submit(currentAccount(request), request.params.spaceId, request.body)),
  );

  app.put(
    "/api/spaces/:spaceId/readiness/:checkId/answers",
    {
      config: { access: "space" },
      schema: {
        tags: ["readiness"],
        summary: "Seal the answers of one of your checks taken before the vault (once)",
        params: spaceParams.extend({ checkId: z.string() }),
        body: sealReadinessInput,
        response: { 200: ownReadinessView, 400: apiError, 401: apiError, 404: apiError, 409: apiError },
      },
    },
    async (request) =>
      readiness.sealAnswers(
        currentAccount(request),
        request.params.spaceId,
        request.params.checkId,
        request.body.sealed,
      ),
  );
}
