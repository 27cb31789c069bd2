import { draftInput, draftKey, draftView } from "@mend/core/drafts/contract";
import { z } from "zod";
import { currentAccount } from "../../http/access-hooks.ts";
import { apiError } from "../../http/api-error-schema.ts";
import type { TypedApp } from "../../http/types.ts";
import { spaceParams } from "../spaces/routes.ts";
import type { DraftsService } from "./service.ts";

const draftParams = spaceParams.extend({ formKey: draftKey });
const space = { access: "space" } as const;

export function draftRoutes(app: TypedApp, drafts: DraftsService): void {
  app.get(
    "/api/spaces/:spaceId/drafts/:formKey",
    {
      config: space,
      schema: {
        tags: ["drafts"],
        summary: "What you were writing in one form (only you can read it)",
        params: draftParams,
        response: { 200: draftView, 400: apiError, 401: apiError, 404: apiError },
      },
    },
    async (request) => drafts.get(currentAccount(request), request.params.spaceId, request.params.formKey),
  );

  app.put(
    "/api/spaces/:spaceId/drafts/:formKey",
    {
      config: space,
      schema: {
        tags: ["drafts"],
        summary: "Keep what you are writing in one form as a private draft, sealed in your browser",
        params: draftParams,
        body: draftInput,
        response: {
          204: z.null(),
          400: apiError,
          401: apiError,
          403: apiError,
          404: apiError,
          409: apiError,
        },
      },
    },
    async (request, reply) => {
      const { spaceId, formKey } = request.params;
      await drafts.save(currentAccount(request), spaceId, formKey, request.body);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    "/api/spaces/:spaceId/drafts/:formKey",
    {
      config: space,
      schema: {
        tags: ["drafts"],
        summary: "Throw away the draft of one form",
        params: draftParams,
        response: { 204: z.null(), 400: apiError, 401: apiError, 403: apiError, 404: apiError },
      },
    },
    async (request, reply) => {
      const { spaceId, formKey } = request.params;
      await drafts.discard(currentAccount(request), spaceId, formKey);
      return reply.status(204).send(null);
    },
  );
}
