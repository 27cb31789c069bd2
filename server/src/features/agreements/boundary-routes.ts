import {
  acknowledgeBoundaryInput,
  boundaryInput,
  boundaryListView,
  boundaryView,
} from "@mend/core/agreements/contract";
import { z } from "zod";
import { currentAccount } from "../../http/access-hooks.ts";
import { apiError } from "../../http/api-error-schema.ts";
import type { TypedApp } from "../../http/types.ts";
import { spaceParams } from "../spaces/routes.ts";
import type { BoundariesService } from "./boundaries-service.ts";

const boundaryParams = spaceParams.extend({ boundaryId: z.string() });
const space = { access: "space" } as const;
const writes = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };

export function boundaryRoutes(app: TypedApp, boundaries: BoundariesService): void {
  app.get(
    "/api/spaces/:spaceId/boundaries",
    {
      config: space,
      schema: {
        tags: ["boundaries"],
        summary: "Both people's boundaries",
        params: spaceParams,
        response: { 200: boundaryListView, 401: apiError, 404: apiError },
      },
    },
    async (request) => boundaries.list(currentAccount(request).id, request.params.spaceId),
  );

  app.post(
    "/api/spaces/:spaceId/boundaries",
    {
      config: space,
      schema: {
        tags: ["boundaries"],
        summary: "Set a personal boundary (it needs no one's acceptance)",
        params: spaceParams,
        body: boundaryInput,
        response: { 201: boundaryView, ...writes },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await boundaries.create(currentAccount(request).id, request.params.spaceId, request.body)),
  );

  app.post(
    "/api/spaces/:spaceId/boundaries/:boundaryId/revise",
    {
      config: space,
      schema: {
        tags: ["boundaries"],
        summary: "Rewrite your boundary (a new version; earlier ones stay visible)",
        params: boundaryParams,
        body: boundaryInput,
        response: { 200: boundaryView, ...writes },
      },
    },
    async (request) =>
      boundaries.revise(
        currentAccount(request).id,
        request.params.spaceId,
        request.params.boundaryId,
        request.body,
      ),
  );

  app.post(
    "/api/spaces/:spaceId/boundaries/:boundaryId/retire",
    {
      config: space,
      schema: {
        tags: ["boundaries"],
        summary: "Retire your boundary",
        params: boundaryParams,
        response: { 200: boundaryView, ...writes },
      },
    },
    async (request) =>
      boundaries.retire(currentAccount(request).id, request.params.spaceId, request.params.boundaryId),
  );

  app.post(
    "/api/spaces/:spaceId/boundaries/:boundaryId/acknowledge",
    {
      config: space,
      schema: {
        tags: ["boundaries"],
        summary:
          "Say \"I've read this\" about the other person's boundary (an explicit press, never automatic)",
        params: boundaryParams,
        body: acknowledgeBoundaryInput,
        response: { 200: boundaryView, ...writes },
      },
    },
    async (request) =>
      boundaries.acknowledge(
        currentAccount(request).id,
        request.params.spaceId,
        request.params.boundaryId,
        request.body,
      ),
  );
}
