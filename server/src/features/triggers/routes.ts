import {
  logTriggerInput,
  reassuranceListView,
  reassuranceOutcomeInput,
  reassuranceReplyInput,
  reassuranceRequestInput,
  reassuranceView,
  triggerNoteInput,
  triggerPatternQuery,
  triggerPatternView,
  triggerSharingInput,
  triggersView,
  triggerView,
} from "@mend/core/triggers/contract";
import { z } from "zod";
import { currentAccount } from "../../http/access-hooks.ts";
import { apiError } from "../../http/api-error-schema.ts";
import type { TypedApp } from "../../http/types.ts";
import { spaceParams } from "../spaces/routes.ts";
import type { TriggersService } from "./service.ts";

const triggerParams = spaceParams.extend({ triggerId: z.string() });
const requestParams = spaceParams.extend({ requestId: z.string() });

export function triggerRoutes(app: TypedApp, { log, reassurance }: TriggersService): void {
  app.get(
    "/api/spaces/:spaceId/triggers",
    {
      config: { access: "space" },
      schema: {
        tags: ["triggers"],
        summary: "Your triggers (private and shared) and the ones the other person shared",
        params: spaceParams,
        response: { 200: triggersView, 401: apiError, 404: apiError },
      },
    },
    async (request) => log.list(currentAccount(request).id, request.params.spaceId),
  );

  app.get(
    "/api/spaces/:spaceId/triggers/pattern",
    {
      config: { access: "space" },
      schema: {
        tags: ["triggers"],
        summary: "Triggers per week: all of yours, and what the other person shared",
        params: spaceParams,
        querystring: triggerPatternQuery,
        response: { 200: triggerPatternView, 400: apiError, 401: apiError, 404: apiError },
      },
    },
    async (request) => log.pattern(currentAccount(request).id, request.params.spaceId, request.query.weeks),
  );

  app.post(
    "/api/spaces/:spaceId/triggers",
    {
      config: { access: "space" },
      schema: {
        tags: ["triggers"],
        summary:
          "Log a trigger (private unless you choose to share it; its note is sealed in your browser and never shared)",
        params: spaceParams,
        body: logTriggerInput,
        response: {
          201: triggerView,
          400: apiError,
          401: apiError,
          403: apiError,
          404: apiError,
          409: apiError,
        },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await log.log(currentAccount(request).id, request.params.spaceId, request.body)),
  );

  app.put(
    "/api/spaces/:spaceId/triggers/:triggerId/sharing",
    {
      config: { access: "space" },
      schema: {
        tags: ["triggers"],
        summary: "Share one of your triggers, or stop sharing it (nobody is told)",
        params: triggerParams,
        body: triggerSharingInput,
        response: {
          200: triggerView,
          400: apiError,
          401: apiError,
          403: apiError,
          404: apiError,
          409: apiError,
        },
      },
    },
    async (request) =>
      log.setSharing(
        currentAccount(request).id,
        request.params.spaceId,
        request.params.triggerId,
        request.body.shared,
      ),
  );

  app.put(
    "/api/spaces/:spaceId/triggers/:triggerId/note",
    {
      config: { access: "space" },
      schema: {
        tags: ["triggers"],
        summary:
          "Seal the note of one of your triggers again (one from before the vault is sealed for the first time)",
        params: triggerParams,
        body: triggerNoteInput,
        response: { 200: triggerView, 400: apiError, 401: apiError, 403: apiError, 404: apiError },
      },
    },
    async (request) =>
      log.sealNote(
        currentAccount(request).id,
        request.params.spaceId,
        request.params.triggerId,
        request.body.sealed,
      ),
  );

  app.delete(
    "/api/spaces/:spaceId/triggers/:triggerId",
    {
      config: { access: "space" },
      schema: {
        tags: ["triggers"],
        summary: "Remove one of your triggers",
        params: triggerParams,
        response: { 204: z.null(), 401: apiError, 403: apiError, 404: apiError },
      },
    },
    async (request, reply) => {
      await log.remove(currentAccount(request).id, request.params.spaceId, request.params.triggerId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/spaces/:spaceId/reassurance",
    {
      config: { access: "space" },
      schema: {
        tags: ["reassurance"],
        summary: "Requests for reassurance, sent and received (the in-app notification list)",
        params: spaceParams,
        response: { 200: reassuranceListView, 401: apiError, 404: apiError },
      },
    },
    async (request) => reassurance.list(currentAccount(request).id, request.params.spaceId),
  );

  app.post(
    "/api/spaces/:spaceId/reassurance",
    {
      config: { access: "space" },
      schema: {
        tags: ["reassurance"],
        summary: 'Ask the other person for reassurance: "I\'m struggling right now, could you…"',
        params: spaceParams,
        body: reassuranceRequestInput,
        response: {
          201: reassuranceView,
          400: apiError,
          401: apiError,
          403: apiError,
          404: apiError,
          409: apiError,
        },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await reassurance.request(currentAccount(request).id, request.params.spaceId, request.body)),
  );

  app.post(
    "/api/spaces/:spaceId/reassurance/:requestId/replies",
    {
      config: { access: "space" },
      schema: {
        tags: ["reassurance"],
        summary: "Reply to a request for reassurance sent to you",
        params: requestParams,
        body: reassuranceReplyInput,
        response: { 201: reassuranceView, 400: apiError, 401: apiError, 403: apiError, 404: apiError },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await reassurance.reply(
            currentAccount(request).id,
            request.params.spaceId,
            request.params.requestId,
            request.body.text,
          ),
        ),
  );

  app.post(
    "/api/spaces/:spaceId/reassurance/:requestId/outcome",
    {
      config: { access: "space" },
      schema: {
        tags: ["reassurance"],
        summary: "Say whether the reply to your request helped (once)",
        params: requestParams,
        body: reassuranceOutcomeInput,
        response: {
          200: reassuranceView,
          400: apiError,
          401: apiError,
          403: apiError,
          404: apiError,
          409: apiError,
        },
      },
    },
    async (request) =>
      reassurance.rate(
        currentAccount(request).id,
        request.params.spaceId,
        request.params.requestId,
        request.body.helped,
      ),
  );
}
