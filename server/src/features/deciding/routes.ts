import {
  decidingView,
  decisionInput,
  decisionSharingInput,
  ownDecisionView,
  sealedDecisionInput,
} from "@mend/core/deciding/contract";
import { z } from "zod";
import { currentAccount } from "../../http/access-hooks.ts";
import { apiError } from "../../http/api-error-schema.ts";
import type { TypedApp } from "../../http/types.ts";
import { spaceParams } from "../spaces/routes.ts";
import type { DecidingService } from "./service.ts";

const decisionParams = spaceParams.extend({ decisionId: z.string() });
const space = { access: "space" } as const;
const tags = ["deciding"];

export function decidingRoutes(app: TypedApp, deciding: DecidingService): void {
  app.get(
    "/api/spaces/:spaceId/deciding",
    {
      config: space,
      schema: {
        tags,
        summary: "Your decisions (private to you) and any part the other person shared with you",
        params: spaceParams,
        response: { 200: decidingView, 401: apiError, 404: apiError },
      },
    },
    async (request) => deciding.view(currentAccount(request), request.params.spaceId),
  );

  app.post(
    "/api/spaces/:spaceId/deciding/decisions",
    {
      config: space,
      schema: {
        tags,
        summary:
          "Record a decision, sealed in your browser, and when to look at it again (earlier ones are kept)",
        params: spaceParams,
        body: decisionInput,
        response: { 201: ownDecisionView, 400: apiError, 401: apiError, 404: apiError, 409: apiError },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await deciding.record(currentAccount(request), request.params.spaceId, request.body)),
  );

  app.put(
    "/api/spaces/:spaceId/deciding/decisions/:decisionId/sharing",
    {
      config: space,
      schema: {
        tags,
        summary: "Share one part of a decision with its words, or take it back (the other person isn't told)",
        params: decisionParams,
        body: decisionSharingInput,
        response: { 200: ownDecisionView, 400: apiError, 401: apiError, 404: apiError },
      },
    },
    async (request) =>
      deciding.share(
        currentAccount(request),
        request.params.spaceId,
        request.params.decisionId,
        request.body.part,
        request.body.text,
      ),
  );

  app.put(
    "/api/spaces/:spaceId/deciding/decisions/:decisionId/sealed",
    {
      config: space,
      schema: {
        tags,
        summary: "Seal one of your decisions made before the vault (once): the server forgets its words",
        params: decisionParams,
        body: sealedDecisionInput,
        response: { 200: ownDecisionView, 400: apiError, 401: apiError, 404: apiError, 409: apiError },
      },
    },
    async (request) =>
      deciding.seal(
        currentAccount(request),
        request.params.spaceId,
        request.params.decisionId,
        request.body.sealed,
      ),
  );

  app.delete(
    "/api/spaces/:spaceId/deciding/decisions/:decisionId",
    {
      config: space,
      schema: {
        tags,
        summary: "Delete one of your decisions for good",
        params: decisionParams,
        response: { 204: z.null(), 401: apiError, 404: apiError },
      },
    },
    async (request, reply) => {
      await deciding.remove(currentAccount(request), request.params.spaceId, request.params.decisionId);
      return reply.status(204).send(null);
    },
  );
}
