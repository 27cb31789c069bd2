import {
  calendarQuery,
  checkinAuthorView,
  checkinCadenceInput,
  checkinCadenceView,
  checkinNoteInput,
  dueCheckinsView,
  myCheckinsView,
  sharingBody,
  submitCheckinBody,
  theirCheckinsView,
} from "@mend/core/checkins/contract";
import { z } from "zod";
import { currentAccount } from "../../http/access-hooks.ts";
import { apiError } from "../../http/api-error-schema.ts";
import type { TypedApp } from "../../http/types.ts";
import { spaceParams } from "../spaces/routes.ts";
import type { CheckinsService } from "./service.ts";

export function checkinRoutes(app: TypedApp, checkins: CheckinsService): void {
  app.post(
    "/api/spaces/:spaceId/checkins",
    {
      config: { access: "space" },
      schema: {
        tags: ["checkins"],
        summary:
          "Submit a daily or weekly check-in (private unless you share parts of it; its note is sealed in your browser and never shared)",
        params: spaceParams,
        body: submitCheckinBody,
        response: { 201: checkinAuthorView, 400: apiError, 401: apiError, 404: apiError, 409: apiError },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await checkins.submit(currentAccount(request).id, request.params.spaceId, request.body)),
  );

  app.get(
    "/api/spaces/:spaceId/checkins/cadence",
    {
      config: { access: "space" },
      schema: {
        tags: ["checkins"],
        summary: "The rhythm you chose for your own check-ins (private to you)",
        params: spaceParams,
        response: { 200: checkinCadenceView, 401: apiError, 404: apiError },
      },
    },
    async (request) => checkins.cadence(currentAccount(request).id, request.params.spaceId),
  );

  app.put(
    "/api/spaces/:spaceId/checkins/cadence",
    {
      config: { access: "space" },
      schema: {
        tags: ["checkins"],
        summary: "Choose the rhythm of your own check-ins: daily, weekly on a day, none, or as you go",
        params: spaceParams,
        body: checkinCadenceInput,
        response: { 200: checkinCadenceView, 400: apiError, 401: apiError, 404: apiError },
      },
    },
    async (request) => checkins.setCadence(currentAccount(request).id, request.params.spaceId, request.body),
  );

  app.get(
    "/api/spaces/:spaceId/checkins/mine",
    {
      config: { access: "space" },
      schema: {
        tags: ["checkins"],
        summary: "Your own check-ins, in full, newest first",
        params: spaceParams,
        response: { 200: myCheckinsView, 401: apiError, 404: apiError },
      },
    },
    async (request) => ({
      checkins: await checkins.mine(currentAccount(request).id, request.params.spaceId),
    }),
  );

  app.get(
    "/api/spaces/:spaceId/checkins/theirs",
    {
      config: { access: "space" },
      schema: {
        tags: ["checkins"],
        summary: "The other person's check-ins: only the parts they chose to share",
        params: spaceParams,
        response: { 200: theirCheckinsView, 401: apiError, 404: apiError },
      },
    },
    async (request) => ({
      checkins: await checkins.theirs(currentAccount(request).id, request.params.spaceId),
    }),
  );

  app.get(
    "/api/spaces/:spaceId/checkins/due",
    {
      config: { access: "space" },
      schema: {
        tags: ["checkins"],
        summary: "Whether a check-in is open for you today (about you only)",
        params: spaceParams,
        querystring: calendarQuery,
        response: { 200: dueCheckinsView, 400: apiError, 401: apiError, 404: apiError },
      },
    },
    async (request) =>
      checkins.due(currentAccount(request).id, request.params.spaceId, request.query.utcOffsetMinutes),
  );

  app.put(
    "/api/spaces/:spaceId/checkins/:checkinId/sharing",
    {
      config: { access: "space" },
      schema: {
        tags: ["checkins"],
        summary: "Change what the other person can see of one of your check-ins",
        params: spaceParams.extend({ checkinId: z.string() }),
        body: sharingBody,
        response: { 200: checkinAuthorView, 400: apiError, 401: apiError, 404: apiError },
      },
    },
    async (request) =>
      checkins.setSharing(
        currentAccount(request).id,
        request.params.spaceId,
        request.params.checkinId,
        request.body,
      ),
  );
  app.put(
    "/api/spaces/:spaceId/checkins/:checkinId/note",
    {
      config: { access: "space" },
      schema: {
        tags: ["checkins"],
        summary: "Seal the private note of one of your check-ins written before the vault (once)",
        params: spaceParams.extend({ checkinId: z.string() }),
        body: checkinNoteInput,
        response: { 200: checkinAuthorView, 400: apiError, 401: apiError, 404: apiError, 409: apiError },
      },
    },
    async (request) =>
      checkins.sealNote(
        currentAccount(request).id,
        request.params.spaceId,
        request.params.checkinId,
        request.body.sealed,
      ),
  );
}
