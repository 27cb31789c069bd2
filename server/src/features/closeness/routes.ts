import {
  appreciationInput,
  appreciationsQuery,
  appreciationsView,
  appreciationView,
  ladderAnswerInput,
  ladderView,
  planChangeInput,
  planInput,
  planReflectionInput,
  plansView,
  planView,
} from "@mend/core/closeness/contract";
import { z } from "zod";
import { currentAccount } from "../../http/access-hooks.ts";
import { apiError } from "../../http/api-error-schema.ts";
import type { TypedApp } from "../../http/types.ts";
import { spaceParams } from "../spaces/routes.ts";
import type { ClosenessService } from "./service.ts";

const planParams = spaceParams.extend({ planId: z.string() });
const stepParams = spaceParams.extend({ stepId: z.string() });
const space = { access: "space" } as const;
const planResponses = { 200: planView, 400: apiError, 401: apiError, 404: apiError, 409: apiError };

export function closenessRoutes(app: TypedApp, closeness: ClosenessService): void {
  const { appreciations, timeTogether, ladder } = closeness;

  app.get(
    "/api/spaces/:spaceId/appreciations",
    {
      config: space,
      schema: {
        tags: ["closeness"],
        summary: "Appreciations you received and sent, and today's prompt (no read receipts, ever)",
        params: spaceParams,
        querystring: appreciationsQuery,
        response: { 200: appreciationsView, 400: apiError, 401: apiError, 404: apiError },
      },
    },
    async (request) =>
      appreciations.list(currentAccount(request), request.params.spaceId, request.query.utcOffsetMinutes),
  );

  app.post(
    "/api/spaces/:spaceId/appreciations",
    {
      config: space,
      schema: {
        tags: ["closeness"],
        summary: "Send the other person a short appreciation",
        params: spaceParams,
        body: appreciationInput,
        response: { 201: appreciationView, 400: apiError, 401: apiError, 404: apiError, 409: apiError },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await appreciations.send(currentAccount(request), request.params.spaceId, request.body)),
  );

  app.get(
    "/api/spaces/:spaceId/time-together",
    {
      config: space,
      schema: {
        tags: ["closeness"],
        summary: "Your plans for time together, newest first, with their history",
        params: spaceParams,
        response: { 200: plansView, 401: apiError, 404: apiError },
      },
    },
    async (request) => ({ plans: await timeTogether.list(currentAccount(request), request.params.spaceId) }),
  );

  app.post(
    "/api/spaces/:spaceId/time-together",
    {
      config: space,
      schema: {
        tags: ["closeness"],
        summary: "Plan time together, from the idea library or your own idea (a date is optional)",
        params: spaceParams,
        body: planInput,
        response: { 201: planView, 400: apiError, 401: apiError, 404: apiError, 409: apiError },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await timeTogether.plan(currentAccount(request), request.params.spaceId, request.body)),
  );

  app.put(
    "/api/spaces/:spaceId/time-together/:planId",
    {
      config: space,
      schema: {
        tags: ["closeness"],
        summary: "Change a plan's name or date (the earlier version stays in its history)",
        params: planParams,
        body: planChangeInput,
        response: planResponses,
      },
    },
    async (request) =>
      timeTogether.change(
        currentAccount(request),
        request.params.spaceId,
        request.params.planId,
        request.body,
      ),
  );

  app.post(
    "/api/spaces/:spaceId/time-together/:planId/done",
    {
      config: space,
      schema: {
        tags: ["closeness"],
        summary: "Mark a plan as done",
        params: planParams,
        response: planResponses,
      },
    },
    async (request) =>
      timeTogether.markDone(currentAccount(request), request.params.spaceId, request.params.planId),
  );

  app.post(
    "/api/spaces/:spaceId/time-together/:planId/set-aside",
    {
      config: space,
      schema: {
        tags: ["closeness"],
        summary: "Set a plan aside",
        params: planParams,
        response: planResponses,
      },
    },
    async (request) =>
      timeTogether.setAside(currentAccount(request), request.params.spaceId, request.params.planId),
  );

  app.post(
    "/api/spaces/:spaceId/time-together/:planId/reflection",
    {
      config: space,
      schema: {
        tags: ["closeness"],
        summary: "Write your one line about how it went (shown to both once both have written)",
        params: planParams,
        body: planReflectionInput,
        response: { ...planResponses, 201: planView },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await timeTogether.reflect(
            currentAccount(request),
            request.params.spaceId,
            request.params.planId,
            request.body,
          ),
        ),
  );

  app.get(
    "/api/spaces/:spaceId/closeness/ladder",
    {
      config: space,
      schema: {
        tags: ["closeness"],
        summary: "The closeness ladder: your own answers, and only the steps you both said yes to",
        params: spaceParams,
        response: { 200: ladderView, 401: apiError, 404: apiError },
      },
    },
    async (request) => ladder.view(currentAccount(request), request.params.spaceId),
  );

  app.put(
    "/api/spaces/:spaceId/closeness/ladder/:stepId",
    {
      config: space,
      schema: {
        tags: ["closeness"],
        summary: "Answer one step privately (yes, maybe_later, no) or clear your answer with null",
        params: stepParams,
        body: ladderAnswerInput,
        response: { 200: ladderView, 400: apiError, 401: apiError, 404: apiError, 409: apiError },
      },
    },
    async (request) =>
      ladder.answer(
        currentAccount(request),
        request.params.spaceId,
        request.params.stepId,
        request.body.answer,
      ),
  );
}
