import { createdInvitationView, invitationPreviewView, joinSpaceInput } from "@mend/core/spaces/contract";
import { z } from "zod";
import { currentAccount } from "../../http/access-hooks.ts";
import { apiError } from "../../http/api-error-schema.ts";
import type { TypedApp } from "../../http/types.ts";
import { spaceParams } from "../spaces/routes.ts";
import type { InvitationsService } from "./service.ts";

// The secret travels in the body, never in a URL, so it cannot end up in a request log.
const tokenBody = z.strictObject({ token: z.string().min(1).max(200) });

export function invitationRoutes(app: TypedApp, invitations: InvitationsService): void {
  app.post(
    "/api/spaces/:spaceId/invitations",
    {
      config: { access: "space" },
      schema: {
        tags: ["invitations"],
        summary: "Make a single-use invitation link (replaces any open one)",
        params: spaceParams,
        response: { 201: createdInvitationView, 401: apiError, 404: apiError, 409: apiError },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await invitations.create(currentAccount(request), request.params.spaceId)),
  );

  app.post(
    "/api/spaces/:spaceId/invitations/:invitationId/revoke",
    {
      config: { access: "space" },
      schema: {
        tags: ["invitations"],
        summary: "Cancel an invitation link",
        params: spaceParams.extend({ invitationId: z.string() }),
        response: { 204: z.null(), 401: apiError, 404: apiError },
      },
    },
    async (request, reply) => {
      await invitations.revoke(currentAccount(request), request.params.spaceId, request.params.invitationId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/api/invitations/preview",
    {
      config: { access: "account" },
      schema: {
        tags: ["invitations"],
        summary: "What an invitation link leads to, before joining",
        body: tokenBody,
        response: { 200: invitationPreviewView, 401: apiError, 404: apiError, 409: apiError, 410: apiError },
      },
    },
    async (request) => invitations.preview(currentAccount(request), request.body.token),
  );

  app.post(
    "/api/invitations/accept",
    {
      config: { access: "account" },
      schema: {
        tags: ["invitations"],
        summary: "Join the space an invitation link leads to",
        body: tokenBody.extend(joinSpaceInput.shape),
        response: {
          200: z.object({ spaceId: z.string() }),
          401: apiError,
          404: apiError,
          409: apiError,
          410: apiError,
        },
      },
    },
    async (request) =>
      invitations.accept(currentAccount(request), request.body.token, { view: request.body.view }),
  );
}
