import {
  acknowledgmentShareInput,
  impactShareInput,
  ownStatementView,
  statementDraftInput,
  statementResponseInput,
  statementsView,
  statementVersionView,
} from "@mend/core/acknowledgment/contract";
import type { StatementKind } from "@mend/core/acknowledgment/parts";
import { z } from "zod";
import { currentAccount } from "../../http/access-hooks.ts";
import { apiError } from "../../http/api-error-schema.ts";
import type { TypedApp } from "../../http/types.ts";
import { spaceParams } from "../spaces/routes.ts";
import type { StatementsService } from "./service.ts";

const tags = ["statements"];

const names: Record<StatementKind, string> = {
  impact: "impact statement",
  acknowledgment: "acknowledgment and apology",
};

/** Draft and share routes for one kind of statement; sharing has its own body contract per kind. */
function kindRoutes(
  app: TypedApp,
  statements: StatementsService,
  kind: StatementKind,
  schemas: { share: z.ZodType<{ parts: Record<string, string> }> },
): void {
  const base = `/api/spaces/:spaceId/statements/${kind}`;
  app.put(
    `${base}/draft`,
    {
      config: { access: "space" },
      schema: {
        tags,
        summary: `Save your private draft of the ${names[kind]}, sealed in your browser (replaces the previous draft)`,
        params: spaceParams,
        body: statementDraftInput,
        response: {
          200: ownStatementView,
          400: apiError,
          401: apiError,
          403: apiError,
          404: apiError,
          409: apiError,
        },
      },
    },
    async (request) =>
      statements.saveDraft(currentAccount(request).id, request.params.spaceId, kind, request.body),
  );

  app.delete(
    `${base}/draft`,
    {
      config: { access: "space" },
      schema: {
        tags,
        summary: `Throw away your private draft of the ${names[kind]}`,
        params: spaceParams,
        response: { 204: z.null(), 401: apiError, 403: apiError, 404: apiError },
      },
    },
    async (request, reply) => {
      await statements.discardDraft(currentAccount(request).id, request.params.spaceId, kind);
      return reply.status(204).send(null);
    },
  );

  app.post(
    `${base}/versions`,
    {
      config: { access: "space" },
      schema: {
        tags,
        summary: `Share the ${names[kind]} with the other person as a new, fixed version`,
        params: spaceParams,
        body: schemas.share,
        response: {
          201: ownStatementView,
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
        .send(
          await statements.share(
            currentAccount(request).id,
            request.params.spaceId,
            kind,
            request.body.parts,
          ),
        ),
  );
}

export function statementRoutes(app: TypedApp, statements: StatementsService): void {
  app.get(
    "/api/spaces/:spaceId/statements",
    {
      config: { access: "space" },
      schema: {
        tags,
        summary: "Your statements (drafts and versions) and the ones the other person shared",
        params: spaceParams,
        response: { 200: statementsView, 401: apiError, 404: apiError },
      },
    },
    async (request) => statements.overview(currentAccount(request).id, request.params.spaceId),
  );

  kindRoutes(app, statements, "impact", { share: impactShareInput });
  kindRoutes(app, statements, "acknowledgment", { share: acknowledgmentShareInput });

  app.post(
    "/api/spaces/:spaceId/statements/versions/:versionId/responses",
    {
      config: { access: "space" },
      schema: {
        tags,
        summary:
          "Say how a shared acknowledgment reached you: heard, partly (with what is missing), or not yet",
        params: spaceParams.extend({ versionId: z.string() }),
        body: statementResponseInput,
        response: {
          201: statementVersionView,
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
        .send(
          await statements.respond(
            currentAccount(request).id,
            request.params.spaceId,
            request.params.versionId,
            request.body,
          ),
        ),
  );
}
