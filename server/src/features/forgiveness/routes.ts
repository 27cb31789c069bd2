import {
  forgivenessReflectionInput,
  forgivenessView,
  letterInput,
  lettersView,
  letterUpdateInput,
  letterView,
  ownForgivenessReflectionView,
  reflectionInput,
  reflectionsView,
  reflectionUpdateInput,
  reflectionView,
  sharingInput,
} from "@mend/core/forgiveness/contract";
import { z } from "zod";
import { currentAccount } from "../../http/access-hooks.ts";
import { apiError } from "../../http/api-error-schema.ts";
import type { TypedApp } from "../../http/types.ts";
import { spaceParams } from "../spaces/routes.ts";
import type { ForgivenessService } from "./service.ts";

const reflectionParams = spaceParams.extend({ reflectionId: z.string() });
const letterParams = spaceParams.extend({ letterId: z.string() });
const space = { access: "space" } as const;

export function forgivenessRoutes(app: TypedApp, forgiveness: ForgivenessService): void {
  const { steps, letters, reflections } = forgiveness;

  app.get(
    "/api/spaces/:spaceId/forgiveness",
    {
      config: space,
      schema: {
        tags: ["forgiveness"],
        summary: "Your forgiveness path, your reflections, and any the other person shared with you",
        params: spaceParams,
        response: { 200: forgivenessView, 401: apiError, 404: apiError },
      },
    },
    async (request) => steps.view(currentAccount(request), request.params.spaceId),
  );

  app.post(
    "/api/spaces/:spaceId/forgiveness/reflections",
    {
      config: space,
      schema: {
        tags: ["forgiveness"],
        summary: "Write a reflection on one step (private unless you choose to share it)",
        params: spaceParams,
        body: forgivenessReflectionInput,
        response: {
          201: ownForgivenessReflectionView,
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
        .send(await steps.reflect(currentAccount(request), request.params.spaceId, request.body)),
  );

  app.put(
    "/api/spaces/:spaceId/forgiveness/reflections/:reflectionId/sharing",
    {
      config: space,
      schema: {
        tags: ["forgiveness"],
        summary: "Share one of your reflections, or take it back (the other person isn't told)",
        params: reflectionParams,
        body: sharingInput,
        response: {
          200: ownForgivenessReflectionView,
          400: apiError,
          401: apiError,
          404: apiError,
          409: apiError,
        },
      },
    },
    async (request) =>
      steps.setSharing(
        currentAccount(request),
        request.params.spaceId,
        request.params.reflectionId,
        request.body.shared,
      ),
  );

  app.delete(
    "/api/spaces/:spaceId/forgiveness/reflections/:reflectionId",
    {
      config: space,
      schema: {
        tags: ["forgiveness"],
        summary: "Delete one of your reflections",
        params: reflectionParams,
        response: { 204: z.null(), 401: apiError, 404: apiError },
      },
    },
    async (request, reply) => {
      await steps.remove(currentAccount(request), request.params.spaceId, request.params.reflectionId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/spaces/:spaceId/letters",
    {
      config: space,
      schema: {
        tags: ["forgiveness"],
        summary: "Your unsent letters (nobody else can ever read them)",
        params: spaceParams,
        response: { 200: lettersView, 401: apiError, 404: apiError },
      },
    },
    async (request) => ({ letters: await letters.list(currentAccount(request), request.params.spaceId) }),
  );

  app.post(
    "/api/spaces/:spaceId/letters",
    {
      config: space,
      schema: {
        tags: ["forgiveness"],
        summary: "Keep an unsent letter, sealed in your browser under the id it made",
        params: spaceParams,
        body: letterInput,
        response: { 201: letterView, 400: apiError, 401: apiError, 404: apiError, 409: apiError },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await letters.write(currentAccount(request), request.params.spaceId, request.body)),
  );

  app.get(
    "/api/spaces/:spaceId/letters/:letterId",
    {
      config: space,
      schema: {
        tags: ["forgiveness"],
        summary: "One of your unsent letters",
        params: letterParams,
        response: { 200: letterView, 401: apiError, 404: apiError },
      },
    },
    async (request) => letters.get(currentAccount(request), request.params.spaceId, request.params.letterId),
  );

  app.put(
    "/api/spaces/:spaceId/letters/:letterId",
    {
      config: space,
      schema: {
        tags: ["forgiveness"],
        summary:
          "Rewrite one of your unsent letters (sealed again; a letter from before the vault is sealed for the first time)",
        params: letterParams,
        body: letterUpdateInput,
        response: { 200: letterView, 400: apiError, 401: apiError, 404: apiError },
      },
    },
    async (request) =>
      letters.edit(currentAccount(request), request.params.spaceId, request.params.letterId, request.body),
  );

  app.delete(
    "/api/spaces/:spaceId/letters/:letterId",
    {
      config: space,
      schema: {
        tags: ["forgiveness"],
        summary: "Let a letter go: it is deleted for good and can't be recovered",
        params: letterParams,
        response: { 204: z.null(), 401: apiError, 404: apiError },
      },
    },
    async (request, reply) => {
      await letters.destroy(currentAccount(request), request.params.spaceId, request.params.letterId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/spaces/:spaceId/reflections",
    {
      config: space,
      schema: {
        tags: ["forgiveness"],
        summary: "Your private reflections: self-trust, learning from the past, self-compassion, letting go",
        params: spaceParams,
        response: { 200: reflectionsView, 401: apiError, 404: apiError },
      },
    },
    async (request) => ({
      reflections: await reflections.list(currentAccount(request), request.params.spaceId),
    }),
  );

  app.post(
    "/api/spaces/:spaceId/reflections",
    {
      config: space,
      schema: {
        tags: ["forgiveness"],
        summary:
          "Keep a private reflection, sealed in your browser under the id it made (only you can ever read it)",
        params: spaceParams,
        body: reflectionInput,
        response: { 201: reflectionView, 400: apiError, 401: apiError, 404: apiError, 409: apiError },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await reflections.write(currentAccount(request), request.params.spaceId, request.body)),
  );

  app.put(
    "/api/spaces/:spaceId/reflections/:reflectionId",
    {
      config: space,
      schema: {
        tags: ["forgiveness"],
        summary:
          "Rewrite one of your private reflections (sealed again; one from before the vault is sealed for the first time)",
        params: reflectionParams,
        body: reflectionUpdateInput,
        response: { 200: reflectionView, 400: apiError, 401: apiError, 404: apiError },
      },
    },
    async (request) =>
      reflections.edit(
        currentAccount(request),
        request.params.spaceId,
        request.params.reflectionId,
        request.body,
      ),
  );

  app.delete(
    "/api/spaces/:spaceId/reflections/:reflectionId",
    {
      config: space,
      schema: {
        tags: ["forgiveness"],
        summary: "Delete one of your private reflections",
        params: reflectionParams,
        response: { 204: z.null(), 401: apiError, 404: apiError },
      },
    },
    async (request, reply) => {
      await reflections.remove(currentAccount(request), request.params.spaceId, request.params.reflectionId);
      return reply.status(204).send(null);
    },
  );
}
