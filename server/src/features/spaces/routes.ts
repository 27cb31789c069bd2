import { createSpaceInput, spaceSummaryView, spaceView } from "@mend/core/spaces/contract";
import { z } from "zod";
import { currentAccount } from "../../http/access-hooks.ts";
import { apiError } from "../../http/api-error-schema.ts";
import type { TypedApp } from "../../http/types.ts";
import type { SpacesService } from "./service.ts";

export const spaceParams = z.object({ spaceId: z.string() });

export function spaceRoutes(app: TypedApp, spaces: SpacesService): void {
  app.get(
    "/api/spaces",
    {
      config: { access: "account" },
      schema: {
        tags: ["spaces"],
        summary: "The spaces you belong to",
        response: { 200: z.object({ spaces: z.array(spaceSummaryView) }), 401: apiError },
      },
    },
    async (request) => ({ spaces: await spaces.list(currentAccount(request)) }),
  );

  app.post(
    "/api/spaces",
    {
      config: { access: "account" },
      schema: {
        tags: ["spaces"],
        summary: "Start a repair space (you are its first member)",
        body: createSpaceInput,
        response: { 201: spaceView, 400: apiError, 401: apiError },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await spaces.create(currentAccount(request), request.body)),
  );

  app.get(
    "/api/spaces/:spaceId",
    {
      config: { access: "space" },
      schema: {
        tags: ["spaces"],
        summary: "A space as you see it",
        params: spaceParams,
        response: { 200: spaceView, 401: apiError, 404: apiError },
      },
    },
    async (request) => spaces.view(currentAccount(request).id, request.params.spaceId),
  );

  app.post(
    "/api/spaces/:spaceId/leave",
    {
      config: { access: "space" },
      schema: {
        tags: ["spaces"],
        summary: "Leave a space (no one else's consent is needed)",
        params: spaceParams,
        response: { 204: z.null(), 401: apiError, 404: apiError },
      },
    },
    async (request, reply) => {
      await spaces.leave(currentAccount(request), request.params.spaceId);
      return reply.status(204).send(null);
    },
  );
}
