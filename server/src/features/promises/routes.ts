import {
  calendarFeedView,
  createCalendarFeedInput,
  createdCalendarFeedView,
  endPromiseInput,
  logTransparencyInput,
  makePromiseInput,
  markOccurrenceInput,
  occurrenceListView,
  occurrenceRangeQuery,
  occurrenceView,
  promiseListView,
  promiseView,
  respondInput,
  transparencyActView,
  transparencyListView,
} from "@mend/core/agreements/promise-contract";
import { z } from "zod";
import { currentAccount } from "../../http/access-hooks.ts";
import { apiError } from "../../http/api-error-schema.ts";
import type { TypedApp } from "../../http/types.ts";
import { spaceParams } from "../spaces/routes.ts";
import type { PromisesService } from "./service.ts";

const promiseParams = spaceParams.extend({ promiseId: z.string() });
const space = { access: "space" } as const;
const reads = { 401: apiError, 404: apiError };
const writes = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };

export function promiseRoutes(app: TypedApp, service: PromisesService): void {
  const { promises, transparency, calendar } = service;

  app.get(
    "/api/spaces/:spaceId/promises",
    {
      config: space,
      schema: {
        tags: ["promises"],
        summary: "Every promise in the space, with small-steps guidance and whether you may make one",
        params: spaceParams,
        response: { 200: promiseListView, ...reads },
      },
    },
    async (request) => promises.list(currentAccount(request).id, request.params.spaceId),
  );

  app.post(
    "/api/spaces/:spaceId/promises",
    {
      config: space,
      schema: {
        tags: ["promises"],
        summary: "Make a promise (the person rebuilding trust, or either when both broke it)",
        params: spaceParams,
        body: makePromiseInput,
        response: { 201: promiseView, ...writes },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await promises.make(currentAccount(request).id, request.params.spaceId, request.body)),
  );

  app.get(
    "/api/spaces/:spaceId/promises/occurrences",
    {
      config: space,
      schema: {
        tags: ["promises"],
        summary: "Occurrences of every promise due in a range (default: a week back to two weeks ahead)",
        params: spaceParams,
        querystring: occurrenceRangeQuery,
        response: { 200: occurrenceListView, 400: apiError, ...reads },
      },
    },
    async (request) =>
      promises.occurrences(currentAccount(request).id, request.params.spaceId, request.query),
  );

  app.get(
    "/api/spaces/:spaceId/promises/:promiseId",
    {
      config: space,
      schema: {
        tags: ["promises"],
        summary: "One promise",
        params: promiseParams,
        response: { 200: promiseView, ...reads },
      },
    },
    async (request) =>
      promises.view(currentAccount(request).id, request.params.spaceId, request.params.promiseId),
  );

  app.post(
    "/api/spaces/:spaceId/promises/:promiseId/end",
    {
      config: space,
      schema: {
        tags: ["promises"],
        summary: "End a promise you made; what already happened stays on record",
        params: promiseParams,
        body: endPromiseInput,
        response: { 200: promiseView, ...writes },
      },
    },
    async (request) =>
      promises.end(
        currentAccount(request).id,
        request.params.spaceId,
        request.params.promiseId,
        request.body,
      ),
  );

  app.post(
    "/api/spaces/:spaceId/promises/:promiseId/marks",
    {
      config: space,
      schema: {
        tags: ["promises"],
        summary: "Mark an occurrence of your promise kept or missed, while its window is open",
        params: promiseParams,
        body: markOccurrenceInput,
        response: { 201: occurrenceView, ...writes },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await promises.mark(
            currentAccount(request).id,
            request.params.spaceId,
            request.params.promiseId,
            request.body,
          ),
        ),
  );

  app.post(
    "/api/spaces/:spaceId/promises/:promiseId/marks/:markId/response",
    {
      config: space,
      schema: {
        tags: ["promises"],
        summary: "Confirm or dispute a kept occurrence of the other person's promise",
        params: promiseParams.extend({ markId: z.string() }),
        body: respondInput,
        response: { 200: occurrenceView, ...writes },
      },
    },
    async (request) => {
      const { spaceId, promiseId, markId } = request.params;
      return promises.respond(currentAccount(request).id, spaceId, promiseId, markId, request.body);
    },
  );

  app.get(
    "/api/spaces/:spaceId/transparency",
    {
      config: space,
      schema: {
        tags: ["promises"],
        summary: "Acts of proactive transparency: things shared before being asked",
        params: spaceParams,
        response: { 200: transparencyListView, ...reads },
      },
    },
    async (request) => transparency.list(currentAccount(request).id, request.params.spaceId),
  );

  app.post(
    "/api/spaces/:spaceId/transparency",
    {
      config: space,
      schema: {
        tags: ["promises"],
        summary: "Log something you shared before being asked",
        params: spaceParams,
        body: logTransparencyInput,
        response: { 201: transparencyActView, ...writes },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await transparency.log(currentAccount(request).id, request.params.spaceId, request.body)),
  );

  app.post(
    "/api/spaces/:spaceId/transparency/:actId/response",
    {
      config: space,
      schema: {
        tags: ["promises"],
        summary: "Confirm or dispute something the other person logged as shared",
        params: spaceParams.extend({ actId: z.string() }),
        body: respondInput,
        response: { 200: transparencyActView, ...writes },
      },
    },
    async (request) =>
      transparency.respond(
        currentAccount(request).id,
        request.params.spaceId,
        request.params.actId,
        request.body,
      ),
  );

  app.get(
    "/api/spaces/:spaceId/calendar-feed",
    {
      config: space,
      schema: {
        tags: ["calendar"],
        summary: "Whether your own calendar feed is on (its address is shown only when made)",
        params: spaceParams,
        response: { 200: calendarFeedView, ...reads },
      },
    },
    async (request) => calendar.view(currentAccount(request).id, request.params.spaceId),
  );

  app.post(
    "/api/spaces/:spaceId/calendar-feed",
    {
      config: space,
      schema: {
        tags: ["calendar"],
        summary: "Make a new secret calendar address for yourself (any earlier one stops working)",
        params: spaceParams,
        body: createCalendarFeedInput,
        response: { 201: createdCalendarFeedView, ...writes },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await calendar.create(currentAccount(request).id, request.params.spaceId, request.body)),
  );

  app.post(
    "/api/spaces/:spaceId/calendar-feed/revoke",
    {
      config: space,
      schema: {
        tags: ["calendar"],
        summary: "Switch off your calendar address",
        params: spaceParams,
        response: { 204: z.null(), ...reads },
      },
    },
    async (request, reply) => {
      await calendar.revoke(currentAccount(request).id, request.params.spaceId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/calendar/:token.ics",
    {
      // Calendar apps cannot sign in: the secret address is the key. Logs redact it.
      config: { access: "public" },
      schema: {
        tags: ["calendar"],
        summary: "Your promises' occurrences and your agreements' review dates, as an iCalendar feed",
        params: z.object({ token: z.string().min(1).max(200) }),
        produces: ["text/calendar"],
        response: { 200: z.string().describe("An iCalendar (RFC 5545) document"), 404: apiError },
      },
    },
    async (request, reply) => {
      const text = await calendar.feed(request.params.token);
      return reply.header("cache-control", "no-store").type("text/calendar; charset=utf-8").send(text);
    },
  );
}
