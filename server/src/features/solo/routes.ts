import {
  amendDoneInput,
  newPrivateEntryInput,
  ownAmendView,
  promptAnswerInput,
  promptAnswerView,
  sealedEntryInput,
  sealedEntryView,
  soloPathView,
  supporterView,
  timelineEntryView,
} from "@mend/core/solo/contract";
import { z } from "zod";
import { currentAccount } from "../../http/access-hooks.ts";
import { apiError } from "../../http/api-error-schema.ts";
import type { TypedApp } from "../../http/types.ts";
import { spaceParams } from "../spaces/routes.ts";
import type { SoloService } from "./service.ts";

const entryParams = spaceParams.extend({ entryId: z.string() });
const promptParams = spaceParams.extend({ promptId: z.string() });
const space = { access: "space" } as const;
const tags = ["solo"];
const written = { 400: apiError, 401: apiError, 404: apiError, 409: apiError };
const gone = { 204: z.null(), 401: apiError, 404: apiError };

/**
 * The path for one person alone: every route reads or writes the caller's own private entries only, and
 * every entry's words come sealed by the caller's browser (words in the clear are a 400).
 */
export function soloRoutes(app: TypedApp, solo: SoloService): void {
  app.get(
    "/api/spaces/:spaceId/solo",
    {
      config: space,
      schema: {
        tags,
        summary: "Your own path: its steps, and everything you wrote on it (private to you)",
        params: spaceParams,
        response: { 200: soloPathView, 401: apiError, 404: apiError },
      },
    },
    async (request) => solo.path(currentAccount(request), request.params.spaceId),
  );

  // ---- Timeline ----
  app.post(
    "/api/spaces/:spaceId/solo/timeline",
    {
      config: space,
      schema: {
        tags,
        summary: "Add to your private timeline of what happened (sealed in your browser)",
        params: spaceParams,
        body: newPrivateEntryInput,
        response: { 201: timelineEntryView, ...written },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await solo.addTimelineEntry(
            currentAccount(request),
            request.params.spaceId,
            request.body.id,
            request.body.sealed,
          ),
        ),
  );
  app.put(
    "/api/spaces/:spaceId/solo/timeline/:entryId",
    {
      config: space,
      schema: {
        tags,
        summary: "Change an entry on your timeline (sealed again under its id)",
        params: entryParams,
        body: sealedEntryInput,
        response: { 200: timelineEntryView, ...written },
      },
    },
    async (request) =>
      solo.editTimelineEntry(
        currentAccount(request),
        request.params.spaceId,
        request.params.entryId,
        request.body.sealed,
      ),
  );
  app.delete(
    "/api/spaces/:spaceId/solo/timeline/:entryId",
    {
      config: space,
      schema: { tags, summary: "Remove an entry from your timeline", params: entryParams, response: gone },
    },
    async (request, reply) => {
      await solo.removeTimelineEntry(currentAccount(request), request.params.spaceId, request.params.entryId);
      return reply.status(204).send(null);
    },
  );

  // ---- People to lean on ----
  app.post(
    "/api/spaces/:spaceId/solo/supporters",
    {
      config: space,
      schema: {
        tags,
        summary: "Add someone you can lean on (sealed in your browser)",
        params: spaceParams,
        body: newPrivateEntryInput,
        response: { 201: supporterView, ...written },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await solo.addSupporter(
            currentAccount(request),
            request.params.spaceId,
            request.body.id,
            request.body.sealed,
          ),
        ),
  );
  app.put(
    "/api/spaces/:spaceId/solo/supporters/:entryId",
    {
      config: space,
      schema: {
        tags,
        summary: "Change someone on your list (sealed again under its id)",
        params: entryParams,
        body: sealedEntryInput,
        response: { 200: supporterView, ...written },
      },
    },
    async (request) =>
      solo.editSupporter(
        currentAccount(request),
        request.params.spaceId,
        request.params.entryId,
        request.body.sealed,
      ),
  );
  app.delete(
    "/api/spaces/:spaceId/solo/supporters/:entryId",
    {
      config: space,
      schema: { tags, summary: "Take someone off your list", params: entryParams, response: gone },
    },
    async (request, reply) => {
      await solo.removeSupporter(currentAccount(request), request.params.spaceId, request.params.entryId);
      return reply.status(204).send(null);
    },
  );

  // ---- Amends made alone ----
  app.post(
    "/api/spaces/:spaceId/solo/amends",
    {
      config: space,
      schema: {
        tags,
        summary: "Add an amend you can make on your own (sealed in your browser)",
        params: spaceParams,
        body: newPrivateEntryInput,
        response: { 201: ownAmendView, ...written },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await solo.addAmend(
            currentAccount(request),
            request.params.spaceId,
            request.body.id,
            request.body.sealed,
          ),
        ),
  );
  app.put(
    "/api/spaces/:spaceId/solo/amends/:entryId",
    {
      config: space,
      schema: {
        tags,
        summary: "Change an amend on your list (sealed again under its id)",
        params: entryParams,
        body: sealedEntryInput,
        response: { 200: ownAmendView, ...written },
      },
    },
    async (request) =>
      solo.editAmend(
        currentAccount(request),
        request.params.spaceId,
        request.params.entryId,
        request.body.sealed,
      ),
  );
  app.put(
    "/api/spaces/:spaceId/solo/amends/:entryId/done",
    {
      config: space,
      schema: {
        tags,
        summary: "Mark an amend done, or not done after all",
        params: entryParams,
        body: amendDoneInput,
        response: { 200: ownAmendView, ...written },
      },
    },
    async (request) =>
      solo.markAmend(
        currentAccount(request),
        request.params.spaceId,
        request.params.entryId,
        request.body.done,
      ),
  );
  app.delete(
    "/api/spaces/:spaceId/solo/amends/:entryId",
    {
      config: space,
      schema: { tags, summary: "Remove an amend from your list", params: entryParams, response: gone },
    },
    async (request, reply) => {
      await solo.removeAmend(currentAccount(request), request.params.spaceId, request.params.entryId);
      return reply.status(204).send(null);
    },
  );

  // ---- Guided prompts ----
  app.put(
    "/api/spaces/:spaceId/solo/answers/:promptId",
    {
      config: space,
      schema: {
        tags,
        summary: "Answer one guided prompt, or rewrite your answer (sealed in your browser, under its id)",
        params: promptParams,
        body: promptAnswerInput,
        response: { 200: promptAnswerView, ...written },
      },
    },
    async (request) =>
      solo.answer(
        currentAccount(request),
        request.params.spaceId,
        request.params.promptId,
        request.body.id,
        request.body.sealed,
      ),
  );
  app.delete(
    "/api/spaces/:spaceId/solo/answers/:promptId",
    {
      config: space,
      schema: { tags, summary: "Remove your answer to a prompt", params: promptParams, response: gone },
    },
    async (request, reply) => {
      await solo.removeAnswer(currentAccount(request), request.params.spaceId, request.params.promptId);
      return reply.status(204).send(null);
    },
  );

  // ---- Entries from before the vault ----
  app.put(
    "/api/spaces/:spaceId/solo/entries/:entryId/sealed",
    {
      config: space,
      schema: {
        tags,
        summary: "Seal an entry of your path written before the vault (once): the server forgets its words",
        params: entryParams,
        body: sealedEntryInput,
        response: { 200: sealedEntryView, ...written },
      },
    },
    async (request) =>
      solo.seal(currentAccount(request), request.params.spaceId, request.params.entryId, request.body.sealed),
  );
}
