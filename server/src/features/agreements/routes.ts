import { consistencyQuery, consistencyView } from "@mend/core/agreements/consistency-contract";
import {
  agreementDetailView,
  agreementListView,
  agreementReviewsView,
  agreementTermsInput,
  answerAgreementInput,
  controlCheckInput,
  controlCheckView,
  counterAgreementInput,
  noteInput,
  renewAgreementInput,
  reportBreachInput,
  respondToBreachInput,
} from "@mend/core/agreements/contract";
import { z } from "zod";
import { currentAccount } from "../../http/access-hooks.ts";
import { apiError } from "../../http/api-error-schema.ts";
import type { TypedApp } from "../../http/types.ts";
import { spaceParams } from "../spaces/routes.ts";
import { boundaryRoutes } from "./boundary-routes.ts";
import type { AgreementsService } from "./service.ts";

const agreementParams = spaceParams.extend({ agreementId: z.string() });
const space = { access: "space" } as const;
const reads = { 401: apiError, 404: apiError };
const writes = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };

export function agreementRoutes(app: TypedApp, service: AgreementsService): void {
  const { agreements, breaches, consistency } = service;

  app.get(
    "/api/spaces/:spaceId/agreements",
    {
      config: space,
      schema: {
        tags: ["agreements"],
        summary: "Every agreement in the space, with its state as of now",
        params: spaceParams,
        response: { 200: agreementListView, ...reads },
      },
    },
    async (request) => agreements.list(currentAccount(request).id, request.params.spaceId),
  );

  app.post(
    "/api/spaces/:spaceId/agreements",
    {
      config: space,
      schema: {
        tags: ["agreements"],
        summary: "Propose an agreement; the other person accepts, counters or declines it",
        params: spaceParams,
        body: agreementTermsInput,
        response: { 201: agreementDetailView, ...writes },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await agreements.propose(currentAccount(request).id, request.params.spaceId, request.body)),
  );

  app.get(
    "/api/spaces/:spaceId/agreements/reviews",
    {
      config: space,
      schema: {
        tags: ["agreements"],
        summary: "Reviews due now or in the next two weeks, and proposals waiting for your answer",
        params: spaceParams,
        response: { 200: agreementReviewsView, ...reads },
      },
    },
    async (request) => agreements.reviews(currentAccount(request).id, request.params.spaceId),
  );

  app.post(
    "/api/spaces/:spaceId/agreements/control-check",
    {
      config: space,
      schema: {
        tags: ["agreements"],
        summary: "Check draft wording for control before proposing it (nothing is stored)",
        params: spaceParams,
        body: controlCheckInput,
        response: { 200: controlCheckView, 400: apiError, ...reads },
      },
    },
    async (request) =>
      agreements.checkControl(currentAccount(request).id, request.params.spaceId, request.body.texts),
  );

  app.get(
    "/api/spaces/:spaceId/consistency",
    {
      config: space,
      schema: {
        tags: ["agreements"],
        summary:
          "Promises kept, missed and disputed per week, agreements honoured or broken, in one sentence too",
        params: spaceParams,
        querystring: consistencyQuery,
        response: { 200: consistencyView, 400: apiError, ...reads },
      },
    },
    async (request) => consistency.summary(currentAccount(request).id, request.params.spaceId, request.query),
  );

  app.get(
    "/api/spaces/:spaceId/agreements/:agreementId",
    {
      config: space,
      schema: {
        tags: ["agreements"],
        summary: "One agreement with every version, its history and its breach reports",
        params: agreementParams,
        response: { 200: agreementDetailView, ...reads },
      },
    },
    async (request) =>
      agreements.view(currentAccount(request).id, request.params.spaceId, request.params.agreementId),
  );

  app.post(
    "/api/spaces/:spaceId/agreements/:agreementId/counter",
    {
      config: space,
      schema: {
        tags: ["agreements"],
        summary: "Answer a proposal with different terms (only the person it waits for)",
        params: agreementParams,
        body: counterAgreementInput,
        response: { 200: agreementDetailView, ...writes },
      },
    },
    async (request) =>
      agreements.counter(
        currentAccount(request).id,
        request.params.spaceId,
        request.params.agreementId,
        request.body,
      ),
  );

  for (const [type, summary] of [
    ["accept", "Accept the waiting proposal (only the person it waits for)"],
    ["decline", "Decline the waiting proposal (only the person it waits for)"],
    ["cancel", "Take back your own waiting proposal"],
  ] as const) {
    app.post(
      `/api/spaces/:spaceId/agreements/:agreementId/${type}`,
      {
        config: space,
        schema: {
          tags: ["agreements"],
          summary,
          params: agreementParams,
          body: answerAgreementInput,
          response: { 200: agreementDetailView, ...writes },
        },
      },
      async (request) =>
        agreements.answer(
          currentAccount(request).id,
          request.params.spaceId,
          request.params.agreementId,
          type,
          request.body,
        ),
    );
  }

  app.post(
    "/api/spaces/:spaceId/agreements/:agreementId/revise",
    {
      config: space,
      schema: {
        tags: ["agreements"],
        summary:
          "Propose new terms for an agreement in force; the current terms stay until the other accepts",
        params: agreementParams,
        body: agreementTermsInput,
        response: { 200: agreementDetailView, ...writes },
      },
    },
    async (request) =>
      agreements.revise(
        currentAccount(request).id,
        request.params.spaceId,
        request.params.agreementId,
        request.body,
      ),
  );

  app.post(
    "/api/spaces/:spaceId/agreements/:agreementId/renew",
    {
      config: space,
      schema: {
        tags: ["agreements"],
        summary: "Propose keeping an agreement as it is, optionally with a new review date",
        params: agreementParams,
        body: renewAgreementInput,
        response: { 200: agreementDetailView, ...writes },
      },
    },
    async (request) =>
      agreements.renew(
        currentAccount(request).id,
        request.params.spaceId,
        request.params.agreementId,
        request.body,
      ),
  );

  for (const [type, summary] of [
    ["retire", "Propose retiring an agreement in force; it ends when the other accepts"],
    ["withdraw", "Step out of an agreement that asks something of you; recorded, never blocked"],
  ] as const) {
    app.post(
      `/api/spaces/:spaceId/agreements/:agreementId/${type}`,
      {
        config: space,
        schema: {
          tags: ["agreements"],
          summary,
          params: agreementParams,
          body: noteInput,
          response: { 200: agreementDetailView, ...writes },
        },
      },
      async (request) =>
        agreements.end(
          currentAccount(request).id,
          request.params.spaceId,
          request.params.agreementId,
          type,
          request.body,
        ),
    );
  }

  app.post(
    "/api/spaces/:spaceId/agreements/:agreementId/breaches",
    {
      config: space,
      schema: {
        tags: ["agreements"],
        summary: "Report a breach: your own (self-reported) or the other person's",
        params: agreementParams,
        body: reportBreachInput,
        response: { 201: agreementDetailView, ...writes },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await breaches.report(
            currentAccount(request).id,
            request.params.spaceId,
            request.params.agreementId,
            request.body,
          ),
        ),
  );

  app.post(
    "/api/spaces/:spaceId/agreements/:agreementId/breaches/:breachId/response",
    {
      config: space,
      schema: {
        tags: ["agreements"],
        summary: "Agree or dispute a breach the other person reported about you, with your account",
        params: agreementParams.extend({ breachId: z.string() }),
        body: respondToBreachInput,
        response: { 200: agreementDetailView, ...writes },
      },
    },
    async (request) => {
      const { spaceId, agreementId, breachId } = request.params;
      return breaches.respond(currentAccount(request).id, spaceId, agreementId, breachId, request.body);
    },
  );

  boundaryRoutes(app, service.boundaries);
}
