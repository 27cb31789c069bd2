import { findUnstorableText, unstorableTextMessage } from "@mend/core/storable-text";
import type { FastifyInstance } from "fastify";
import { validationFailed } from "./errors.ts";

/**
 * Every request's path parameters, query and body are checked for text the database cannot keep
 * before any route's contract runs, so a new route or field cannot forget it. It answers 400 with the
 * field's name, after the access checks, so a stranger learns nothing more than before.
 */
export function registerStorableInputCheck(app: FastifyInstance): void {
  app.addHook("preValidation", async (request) => {
    for (const part of [request.params, request.query, request.body]) {
      const path = findUnstorableText(part);
      if (!path) continue;
      const field = path.join(".") || "body";
      throw validationFailed(unstorableTextMessage, { [field]: unstorableTextMessage });
    }
  });
}
