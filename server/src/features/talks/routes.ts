import {
  endTalkInput,
  listenerReflectionInput,
  pauseTalkInput,
  pointInput,
  privateReflectionInput,
  proposeTalkInput,
  proposeTimeInput,
  reflectionRatingInput,
  summaryInput,
  talksView,
  talkView,
} from "@mend/core/talks/contract";
import { z } from "zod";
import { currentAccount } from "../../http/access-hooks.ts";
import { apiError } from "../../http/api-error-schema.ts";
import type { TypedApp } from "../../http/types.ts";
import { spaceParams } from "../spaces/routes.ts";
import type { TalksService } from "./service.ts";

const tags = ["talks"];
const talkParams = spaceParams.extend({ talkId: z.string() });
const turnParams = talkParams.extend({ turnId: z.string() });
const actionResponses = {
  200: talkView,
  400: apiError,
  401: apiError,
  403: apiError,
  404: apiError,
  409: apiError,
};
const base = "/api/spaces/:spaceId/talks/:talkId";

export function talkRoutes(app: TypedApp, talks: TalksService): void {
  app.get(
    "/api/spaces/:spaceId/talks",
    {
      config: { access: "space" },
      schema: {
        tags,
        summary: "Every talk between you, newest first, and the one in progress if any",
        params: spaceParams,
        response: { 200: talksView, 401: apiError, 404: apiError },
      },
    },
    async (request) => talks.list(currentAccount(request).id, request.params.spaceId),
  );

  app.post(
    "/api/spaces/:spaceId/talks",
    {
      config: { access: "space" },
      schema: {
        tags,
        summary: "Propose a talk: topic, time (or now), time limit and ground rules",
        params: spaceParams,
        body: proposeTalkInput,
        response: { 201: talkView, 400: apiError, 401: apiError, 404: apiError, 409: apiError },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await talks.propose(currentAccount(request).id, request.params.spaceId, request.body)),
  );

  app.get(
    base,
    {
      config: { access: "space" },
      schema: {
        tags,
        summary: "One talk as you see it, with the shared timer",
        params: talkParams,
        response: { 200: talkView, 401: apiError, 404: apiError },
      },
    },
    async (request) => talks.get(currentAccount(request).id, request.params.spaceId, request.params.talkId),
  );

  const simple = [
    ["accept", "Say yes to the proposed time (a talk proposed for now starts at once)", talks.accept],
    ["cancel", "Call off a talk that hasn't started", talks.cancel],
    ["start", "Start an agreed talk (from 15 minutes before the agreed time)", talks.start],
    ["resume", "Come back from a break", talks.resume],
  ] as const;
  for (const [action, summary, run] of simple) {
    app.post(
      `${base}/${action}`,
      {
        config: { access: "space" },
        schema: { tags, summary, params: talkParams, response: actionResponses },
      },
      async (request) => run(currentAccount(request).id, request.params.spaceId, request.params.talkId),
    );
  }

  app.post(
    `${base}/time`,
    {
      config: { access: "space" },
      schema: {
        tags,
        summary: "Suggest another time (also reschedules a talk during its break)",
        params: talkParams,
        body: proposeTimeInput,
        response: actionResponses,
      },
    },
    async (request) =>
      talks.proposeTime(
        currentAccount(request).id,
        request.params.spaceId,
        request.params.talkId,
        request.body.startsAt,
      ),
  );

  app.post(
    `${base}/pause`,
    {
      config: { access: "space" },
      schema: {
        tags,
        summary: "Pause for a break of 20 minutes to 24 hours; no reason needed",
        params: talkParams,
        body: pauseTalkInput,
        response: actionResponses,
      },
    },
    async (request) =>
      talks.pause(currentAccount(request).id, request.params.spaceId, request.params.talkId, request.body),
  );

  app.post(
    `${base}/end`,
    {
      config: { access: "space" },
      schema: {
        tags,
        summary: "End the talk",
        params: talkParams,
        body: endTalkInput,
        response: actionResponses,
      },
    },
    async (request) =>
      talks.end(currentAccount(request).id, request.params.spaceId, request.params.talkId, request.body),
  );

  app.post(
    `${base}/turns`,
    {
      config: { access: "space" },
      schema: {
        tags,
        summary: "Take the floor and make your point",
        params: talkParams,
        body: pointInput,
        response: actionResponses,
      },
    },
    async (request) =>
      talks.speak(
        currentAccount(request).id,
        request.params.spaceId,
        request.params.talkId,
        request.body.text,
      ),
  );

  app.post(
    `${base}/turns/:turnId/reflections`,
    {
      config: { access: "space" },
      schema: {
        tags,
        summary: "As the listener: say back what you heard",
        params: turnParams,
        body: listenerReflectionInput,
        response: actionResponses,
      },
    },
    async (request) =>
      talks.reflect(
        currentAccount(request).id,
        request.params.spaceId,
        request.params.talkId,
        request.params.turnId,
        request.body.text,
      ),
  );

  app.post(
    `${base}/turns/:turnId/rating`,
    {
      config: { access: "space" },
      schema: {
        tags,
        summary: "As the speaker: that's it, partly, or not quite",
        params: turnParams,
        body: reflectionRatingInput,
        response: actionResponses,
      },
    },
    async (request) =>
      talks.rate(
        currentAccount(request).id,
        request.params.spaceId,
        request.params.talkId,
        request.params.turnId,
        request.body.rating,
      ),
  );

  app.post(
    `${base}/summaries`,
    {
      config: { access: "space" },
      schema: {
        tags,
        summary: "Add a shared summary after the talk",
        params: talkParams,
        body: summaryInput,
        response: actionResponses,
      },
    },
    async (request) =>
      talks.summarize(
        currentAccount(request).id,
        request.params.spaceId,
        request.params.talkId,
        request.body.text,
      ),
  );

  app.put(
    `${base}/reflection`,
    {
      config: { access: "space" },
      schema: {
        tags,
        summary:
          "Keep your private reflection after the talk, sealed in your browser under the talk's id (only you ever see it)",
        params: talkParams,
        body: privateReflectionInput,
        response: actionResponses,
      },
    },
    async (request) =>
      talks.writeReflection(
        currentAccount(request).id,
        request.params.spaceId,
        request.params.talkId,
        request.body.sealed,
      ),
  );
}
