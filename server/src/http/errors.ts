import { type ErrorCode, errorCodes } from "@mend/core/errors";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from "fastify-type-provider-zod";
import { describeError } from "./error-log.ts";

/** A failure the person can act on: it reaches them as `{ error: { code, message } }` with its status. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: Record<string, string> | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options: { fields?: Record<string, string>; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.code = code;
    this.fields = options.fields;
    this.headers = options.headers;
  }

  get status(): number {
    return errorCodes[this.code];
  }
}

/** A denial looks exactly like a missing thing, so nobody learns what exists in someone else's space. */
export const notFound = (what = "That page") =>
  new AppError(
    "not_found",
    `${what} could not be found. It may have been removed, or the link may be wrong.`,
  );

export const notSignedIn = () => new AppError("not_signed_in", "Please log in to continue.");

export const validationFailed = (message: string, fields?: Record<string, string>) =>
  new AppError("validation_failed", message, fields ? { fields } : {});

const frameworkErrors: Record<string, { code: ErrorCode; message: string }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: "unsupported_media_type",
    message: "Send the request body as JSON.",
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: "validation_failed", message: "The request body is empty." },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: "validation_failed", message: "The request is too large." },
  FST_ERR_CTP_INVALID_JSON_BODY: {
    code: "validation_failed",
    message: "The request body is not valid JSON.",
  },
};

/**
 * A page address the router cannot read (a broken percent escape, an over-long part) fails before any
 * route or hook runs; it still gets the error shape every other answer has, and not the address back.
 */
export function answerUnreadableAddress(_error: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  return reply.status(400).send({
    error: {
      code: "validation_failed",
      message: "This address isn't valid. Check the link, or go back and try again.",
    },
  });
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      if (error.headers) reply.headers(error.headers);
      return reply.status(error.status).send({
        error: {
          code: error.code,
          message: error.message,
          ...(error.fields ? { fields: error.fields } : {}),
        },
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields: Record<string, string> = {};
      for (const issue of error.validation) {
        const key = issue.instancePath.replace(/^\//, "").replaceAll("/", ".") || "body";
        fields[key] ??= issue.message ?? "This value is not valid.";
      }
      const first = Object.values(fields)[0] ?? "Some of the details are not valid.";
      return reply.status(400).send({ error: { code: "validation_failed", message: first, fields } });
    }
    const known = error.code ? frameworkErrors[error.code] : undefined;
    if (known) {
      const status = error.code === "FST_ERR_CTP_BODY_TOO_LARGE" ? 413 : errorCodes[known.code];
      return reply.status(status).send({ error: known });
    }
    if (isResponseSerializationError(error)) {
      request.log.error(
        { err: { message: error.message, method: error.method, url: error.url } },
        "response failed its contract",
      );
    } else {
      request.log.error({ err: describeError(error) }, "request failed");
    }
    return reply.status(500).send({
      error: {
        code: "internal",
        message:
          "Something went wrong on our side. Your last change may not have been saved; please try again.",
      },
    });
  });
}
