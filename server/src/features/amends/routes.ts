import {
  amendAnswerInput,
  amendConfirmationInput,
  amendsView,
  amendView,
  counterAmendInput,
  proposeAmendInput,
} from "@mend/core/amends/contract";
import { z } from "zod";
import { currentAccount } from "../../http/access-hooks.ts";
import { apiError } from "../../http/api-error-schema.ts";
import type { TypedApp } from "../../http/types.ts";
import { spaceParams } from "../spaces/routes.ts";
import type { AmendsService } from "./service.ts";

const amendParams = spaceParams.extend({ amendId: z.string() });
const writeErrors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };

export function amendRoutes(app: TypedApp, amends: AmendsService): void {
  app.get(
    "/api/spaces/:spaceId/amends",
    {
      config: { access: "space" },
      schema: {
        tags: ["amends"],
        summary: "Amends between the two of you: offered, asked for, answered, made and confirmed",
        params: spaceParams,
        response: { 200: amendsView, 401: apiError, 404: apiError },
      },
    },
    async (request) => amends.list(currentAccount(request).id, request.params.spaceId),
  );

  app.post(
    "/api/spaces/:spaceId/amends",
    {
      config: { access: "space" },
      schema: {
        tags: ["amends"],
        summary: "Offer an amend (the person who broke trust) or ask for one (the person who was hurt)",
        params: spaceParams,
        body: proposeAmendInput,
        response: { 201: amendView, ...writeErrors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await amends.propose(currentAccount(request).id, request.params.spaceId, request.body)),
  );

  app.post(
    "/api/spaces/:spaceId/amends/:amendId/counter",
    {
      config: { access: "space" },
      schema: {
        tags: ["amends"],
        summary: "Suggest a different amend instead of the one proposed to you",
        params: amendParams,
        body: counterAmendInput,
        response: { 201: amendView, ...writeErrors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await amends.counter(
            currentAccount(request).id,
            request.params.spaceId,
            request.params.amendId,
            request.body,
          ),
        ),
  );

  app.post(
    "/api/spaces/:spaceId/amends/:amendId/answer",
    {
      config: { access: "space" },
      schema: {
        tags: ["amends"],
        summary: "Accept or decline a proposed amend, withdraw your own, or mark an agreed amend as made",
        params: amendParams,
        body: amendAnswerInput,
        response: { 200: amendView, ...writeErrors },
      },
    },
    async (request) =>
      amends.answer(currentAccount(request).id, request.params.spaceId, request.params.amendId, request.body),
  );

  app.post(
    "/api/spaces/:spaceId/amends/:amendId/confirmation",
    {
      config: { access: "space" },
      schema: {
        tags: ["amends"],
        summary: "Say whether an amend made for you was made, or isn't yet",
        params: amendParams,
        body: amendConfirmationInput,
        response: { 200: amendView, ...writeErrors },
      },
    },
    async (request) =>
      amends.confirm(
        currentAccount(request).id,
        request.params.spaceId,
        request.params.amendId,
        request.body,
      ),
  );
}
