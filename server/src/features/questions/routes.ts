import {
  answerInput,
  askQuestionInput,
  needTimeInput,
  openQuestionsView,
  questionDraftChange,
  questionDraftInput,
  questionDraftView,
  questionsView,
  questionView,
  reviewInput,
} from "@mend/core/questions/contract";
import { z } from "zod";
import { currentAccount } from "../../http/access-hooks.ts";
import { apiError } from "../../http/api-error-schema.ts";
import type { TypedApp } from "../../http/types.ts";
import { spaceParams } from "../spaces/routes.ts";
import type { QuestionsService } from "./service.ts";

const tags = ["questions"];
const questionParams = spaceParams.extend({ questionId: z.string() });
const draftParams = spaceParams.extend({ draftId: z.string() });
const stepResponses = {
  200: questionView,
  400: apiError,
  401: apiError,
  403: apiError,
  404: apiError,
  409: apiError,
};

export function questionRoutes(app: TypedApp, questions: QuestionsService): void {
  app.get(
    "/api/spaces/:spaceId/questions",
    {
      config: { access: "space" },
      schema: {
        tags,
        summary: "Your private draft questions, and every sent question with its whole thread",
        params: spaceParams,
        response: { 200: questionsView, 401: apiError, 404: apiError },
      },
    },
    async (request) => questions.list(currentAccount(request).id, request.params.spaceId),
  );

  app.get(
    "/api/spaces/:spaceId/questions/open",
    {
      config: { access: "space" },
      schema: {
        tags,
        summary: "Open and overdue questions, for the space's home page",
        params: spaceParams,
        response: { 200: openQuestionsView, 401: apiError, 404: apiError },
      },
    },
    async (request) => questions.open(currentAccount(request).id, request.params.spaceId),
  );

  app.post(
    "/api/spaces/:spaceId/questions/drafts",
    {
      config: { access: "space" },
      schema: {
        tags,
        summary: "Write down a question privately, sealed in your browser, to send later",
        params: spaceParams,
        body: questionDraftInput,
        response: {
          201: questionDraftView,
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
        .send(await questions.createDraft(currentAccount(request).id, request.params.spaceId, request.body)),
  );

  app.put(
    "/api/spaces/:spaceId/questions/drafts/:draftId",
    {
      config: { access: "space" },
      schema: {
        tags,
        summary: "Change one of your draft questions (sealed again in your browser)",
        params: draftParams,
        body: questionDraftChange,
        response: { 200: questionDraftView, 400: apiError, 401: apiError, 404: apiError },
      },
    },
    async (request) =>
      questions.updateDraft(
        currentAccount(request).id,
        request.params.spaceId,
        request.params.draftId,
        request.body,
      ),
  );

  app.delete(
    "/api/spaces/:spaceId/questions/drafts/:draftId",
    {
      config: { access: "space" },
      schema: {
        tags,
        summary: "Throw away one of your draft questions",
        params: draftParams,
        response: { 204: z.null(), 401: apiError, 404: apiError },
      },
    },
    async (request, reply) => {
      await questions.deleteDraft(currentAccount(request).id, request.params.spaceId, request.params.draftId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/api/spaces/:spaceId/questions",
    {
      config: { access: "space" },
      schema: {
        tags,
        summary: "Send a question to the other person (from a draft, or directly)",
        params: spaceParams,
        body: askQuestionInput,
        response: {
          201: questionView,
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
        .send(await questions.ask(currentAccount(request).id, request.params.spaceId, request.body)),
  );

  app.get(
    "/api/spaces/:spaceId/questions/:questionId",
    {
      config: { access: "space" },
      schema: {
        tags,
        summary: "One question with its whole thread",
        params: questionParams,
        response: { 200: questionView, 401: apiError, 404: apiError },
      },
    },
    async (request) =>
      questions.get(currentAccount(request).id, request.params.spaceId, request.params.questionId),
  );

  app.post(
    "/api/spaces/:spaceId/questions/:questionId/answers",
    {
      config: { access: "space" },
      schema: {
        tags,
        summary: "Answer a question you were asked; with `replaces`, a new version of your latest answer",
        params: questionParams,
        body: answerInput,
        response: stepResponses,
      },
    },
    async (request) =>
      questions.answer(
        currentAccount(request).id,
        request.params.spaceId,
        request.params.questionId,
        request.body,
      ),
  );

  app.post(
    "/api/spaces/:spaceId/questions/:questionId/need-time",
    {
      config: { access: "space" },
      schema: {
        tags,
        summary: "Say you need time to answer, and by when you will",
        params: questionParams,
        body: needTimeInput,
        response: stepResponses,
      },
    },
    async (request) =>
      questions.needTime(
        currentAccount(request).id,
        request.params.spaceId,
        request.params.questionId,
        request.body,
      ),
  );

  app.post(
    "/api/spaces/:spaceId/questions/:questionId/review",
    {
      config: { access: "space" },
      schema: {
        tags,
        summary: "As the asker: answered, I need more (with a follow-up), or not ready to hear more",
        params: questionParams,
        body: reviewInput,
        response: stepResponses,
      },
    },
    async (request) =>
      questions.review(
        currentAccount(request).id,
        request.params.spaceId,
        request.params.questionId,
        request.body,
      ),
  );

  app.post(
    "/api/spaces/:spaceId/questions/:questionId/set-aside",
    {
      config: { access: "space" },
      schema: {
        tags,
        summary: "Set a question aside for now because it is too painful to pursue (either person)",
        params: questionParams,
        response: stepResponses,
      },
    },
    async (request) =>
      questions.setAside(currentAccount(request).id, request.params.spaceId, request.params.questionId),
  );

  app.post(
    "/api/spaces/:spaceId/questions/:questionId/reopen",
    {
      config: { access: "space" },
      schema: {
        tags,
        summary: "Pick a set-aside or paused question up again",
        params: questionParams,
        response: stepResponses,
      },
    },
    async (request) =>
      questions.reopen(currentAccount(request).id, request.params.spaceId, request.params.questionId),
  );
}
