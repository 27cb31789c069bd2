import {
  counselorDashboardView,
  counselorLinkInput,
  counselorMemberView,
  counselorNoteInput,
  counselorNoteView,
  counselorSpaceView,
  createdCounselorLinkView,
  sessionPrepQuery,
  sessionPrepView,
} from "@mend/core/counselor/contract";
import { recordQuery } from "@mend/core/record/contract";
import { z } from "zod";
import { currentAccount } from "../../http/access-hooks.ts";
import { apiError } from "../../http/api-error-schema.ts";
import type { TypedApp } from "../../http/types.ts";
import { spaceParams } from "../spaces/routes.ts";
import type { CounselorService } from "./service.ts";

const tags = ["counselor"];

/** What each member does: invite, say yes, end access; and what they see of the counselor. */
export function counselorMemberRoutes(app: TypedApp, counselor: CounselorService): void {
  app.get(
    "/api/spaces/:spaceId/counselor",
    {
      config: { access: "space" },
      schema: {
        tags,
        summary:
          "The counselor, as either member sees them: status, your own yes, the days they looked, notes",
        params: spaceParams,
        response: { 200: counselorMemberView, 401: apiError, 404: apiError },
      },
    },
    async (request) => counselor.memberView(currentAccount(request), request.params.spaceId),
  );

  app.post(
    "/api/spaces/:spaceId/counselor/invitations",
    {
      config: { access: "space" },
      schema: {
        tags,
        summary: "Make a link for a counselor (replaces an open link nobody has used)",
        params: spaceParams,
        response: { 201: createdCounselorLinkView, 401: apiError, 404: apiError, 409: apiError },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await counselor.invite(currentAccount(request), request.params.spaceId)),
  );

  app.post(
    "/api/spaces/:spaceId/counselor/consent",
    {
      config: { access: "space" },
      schema: {
        tags,
        summary: "Say yes to the counselor who opened the link; access starts once both have",
        params: spaceParams,
        response: { 200: counselorMemberView, 401: apiError, 404: apiError, 409: apiError, 410: apiError },
      },
    },
    async (request) => counselor.consent(currentAccount(request), request.params.spaceId),
  );

  app.post(
    "/api/spaces/:spaceId/counselor/end",
    {
      config: { access: "space" },
      schema: {
        tags,
        summary: "End the counselor's access, alone and at once (who ended it is not kept)",
        params: spaceParams,
        response: { 200: counselorMemberView, 401: apiError, 404: apiError },
      },
    },
    async (request) => counselor.end(currentAccount(request), request.params.spaceId),
  );
}

/** What a counselor does: open a link, see their spaces, read one space's shared record, write notes. */
export function counselorRoutes(app: TypedApp, counselor: CounselorService): void {
  app.post(
    "/api/counselor/invitations/accept",
    {
      config: { access: "account" },
      schema: {
        tags,
        summary: "Open a counselor link with this account; both members are then asked for their yes",
        body: counselorLinkInput,
        response: {
          200: z.object({ spaceId: z.string() }),
          401: apiError,
          404: apiError,
          409: apiError,
          410: apiError,
        },
      },
    },
    async (request) => counselor.acceptLink(currentAccount(request), request.body.token),
  );

  app.get(
    "/api/counselor/spaces",
    {
      config: { access: "account" },
      schema: {
        tags,
        summary: "The spaces this account is counselor for, each only as far as both members agreed",
        response: { 200: counselorDashboardView, 401: apiError },
      },
    },
    async (request) => counselor.dashboard(currentAccount(request)),
  );

  app.get(
    "/api/counselor/spaces/:spaceId",
    {
      config: { access: "counselor" },
      schema: {
        tags,
        summary: "One space's shared record, journey stage and notes, read-only, while both agree",
        params: spaceParams,
        querystring: recordQuery,
        response: { 200: counselorSpaceView, 400: apiError, 401: apiError, 404: apiError },
      },
    },
    async (request) => counselor.spaceView(currentAccount(request), request.params.spaceId, request.query),
  );

  app.post(
    "/api/counselor/spaces/:spaceId/notes",
    {
      config: { access: "counselor" },
      schema: {
        tags,
        summary: "Write a note to both members (append-only: it cannot be changed or taken back)",
        params: spaceParams,
        body: counselorNoteInput,
        response: { 201: counselorNoteView, 400: apiError, 401: apiError, 404: apiError },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await counselor.writeNote(currentAccount(request), request.params.spaceId, request.body.text)),
  );

  app.get(
    "/api/counselor/spaces/:spaceId/session-prep",
    {
      config: { access: "counselor" },
      schema: {
        tags,
        summary: "What happened in the given days, from the shared record only: to prepare a session",
        params: spaceParams,
        querystring: sessionPrepQuery,
        response: { 200: sessionPrepView, 400: apiError, 401: apiError, 404: apiError },
      },
    },
    async (request) => counselor.sessionPrep(currentAccount(request), request.params.spaceId, request.query),
  );

  app.get(
    "/api/counselor/spaces/:spaceId/session-prep.pdf",
    {
      config: { access: "counselor" },
      schema: {
        tags,
        summary: "The session preparation for the given days as a PDF",
        params: spaceParams,
        querystring: sessionPrepQuery,
        // The PDF's bytes go out as they are; a Buffer is never run through the JSON serializer.
        response: { 200: z.unknown(), 400: apiError, 401: apiError, 404: apiError },
      },
    },
    async (request, reply) => {
      const { prep, pdf } = await counselor.sessionPrepPdf(
        currentAccount(request),
        request.params.spaceId,
        request.query,
      );
      return reply
        .header("content-type", "application/pdf")
        .header("content-disposition", `attachment; filename="mend-session-${prep.from}-to-${prep.to}.pdf"`)
        .header("cache-control", "no-store")
        .send(pdf);
    },
  );
}
