import {
  accountSecurityView,
  changeEmailInput,
  changeNameInput,
  changePasswordInput,
  credentialChangeView,
  makeRecoveryCodesInput,
  recoverInput,
  recoveryCodesView,
  recoveryCodeVaultKeyInput,
  recoveryCodeVaultKeyView,
  resetLinkCheckInput,
  resetPasswordInput,
  sessionIdParams,
  sessionView,
} from "@mend/core/accounts/contract";
import type { FastifyRequest } from "fastify";
import { z } from "zod";
import { currentAccount } from "../../http/access-hooks.ts";
import { apiError } from "../../http/api-error-schema.ts";
import { readDeviceCookie } from "../../http/device-cookie.ts";
import { notSignedIn } from "../../http/errors.ts";
import type { TypedApp } from "../../http/types.ts";
import type { Attempter } from "./password-attempts.ts";
import type { AccountRecoveryService } from "./recovery.ts";
import type { AccountSecurityService, Owner } from "./security.ts";

function owner(request: FastifyRequest): Owner {
  if (!request.session) throw notSignedIn();
  return { accountId: currentAccount(request).id, sessionId: request.session.sessionId };
}

const attempter = (request: FastifyRequest): Attempter => ({
  ip: request.ip,
  deviceCookie: readDeviceCookie(request),
});

const passwordChecked = { 400: apiError, 401: apiError, 429: apiError };
const ended = z.object({ otherSessionsEnded: z.number() });

/** The owner's own sign-in settings, and the two public ways back into an account. */
export function accountSecurityRoutes(
  app: TypedApp,
  security: AccountSecurityService,
  recovery: AccountRecoveryService,
): void {
  app.get(
    "/api/account/security",
    {
      config: { access: "account" },
      schema: {
        tags: ["accounts"],
        summary: "Where you are signed in, your account's history and how many recovery codes are left",
        response: { 200: accountSecurityView, 401: apiError },
      },
    },
    async (request) => security.security(owner(request)),
  );

  app.post(
    "/api/account/password",
    {
      config: { access: "account" },
      schema: {
        tags: ["accounts"],
        summary: "Change your password (ends every other session)",
        body: changePasswordInput,
        response: { 200: credentialChangeView, ...passwordChecked },
      },
    },
    async (request) => {
      const result = await security.changePassword(owner(request), request.body, attempter(request));
      request.log.info({ event: "account.password_changed" }, "password changed");
      return result;
    },
  );

  app.post(
    "/api/account/email",
    {
      config: { access: "account" },
      schema: {
        tags: ["accounts"],
        summary: "Change your email address (asks for your password; ends every other session)",
        body: changeEmailInput,
        response: { 200: credentialChangeView, ...passwordChecked, 409: apiError },
      },
    },
    async (request) => security.changeEmail(owner(request), request.body, attempter(request)),
  );

  app.post(
    "/api/account/name",
    {
      config: { access: "account" },
      schema: {
        tags: ["accounts"],
        summary: "Change the name Mend calls you",
        body: changeNameInput,
        response: { 200: sessionView, 400: apiError, 401: apiError },
      },
    },
    async (request) => security.changeName(owner(request), request.body.displayName),
  );

  app.post(
    "/api/account/recovery-codes",
    {
      config: { access: "account" },
      schema: {
        tags: ["accounts"],
        summary:
          "Keep ten recovery codes made in your browser, each wrapping your vault key (the old ones stop working; ends every other session)",
        body: makeRecoveryCodesInput,
        response: { 200: recoveryCodesView, ...passwordChecked },
      },
    },
    async (request) => security.makeRecoveryCodes(owner(request), request.body, attempter(request)),
  );

  app.post(
    "/api/account/sessions/:sessionId/end",
    {
      config: { access: "account" },
      schema: {
        tags: ["accounts"],
        summary: "End one of your other sessions",
        params: sessionIdParams,
        response: { 204: z.null(), 400: apiError, 401: apiError, 404: apiError },
      },
    },
    async (request, reply) => {
      await security.endSession(owner(request), request.params.sessionId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/api/account/sessions/end-others",
    {
      config: { access: "account" },
      schema: {
        tags: ["accounts"],
        summary: "End every session but this one",
        response: { 200: ended, 401: apiError },
      },
    },
    async (request) => security.endOtherSessions(owner(request)),
  );

  app.post(
    "/api/auth/recover/vault-key",
    {
      config: { access: "public" },
      schema: {
        tags: ["accounts"],
        summary:
          "The vault key an unused recovery code wraps, sealed by that code, so the browser can rewrap it (the code stays unused)",
        body: recoveryCodeVaultKeyInput,
        response: { 200: recoveryCodeVaultKeyView, 400: apiError, 429: apiError },
      },
    },
    async (request) => recovery.vaultKeyOfCode(request.body, attempter(request)),
  );

  app.post(
    "/api/auth/recover",
    {
      config: { access: "public" },
      schema: {
        tags: ["accounts"],
        summary: "Choose a new password with a recovery code (ends every session)",
        body: recoverInput,
        response: { 204: z.null(), 400: apiError, 403: apiError, 429: apiError },
      },
    },
    async (request, reply) => {
      try {
        await recovery.recoverWithCode(request.body, attempter(request));
      } catch (error) {
        request.log.warn({ event: "auth.recover_refused" }, "recovery refused");
        throw error;
      }
      request.log.info({ event: "auth.recovered" }, "account recovered with a code");
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/api/auth/reset-password/check",
    {
      config: { access: "public" },
      schema: {
        tags: ["accounts"],
        summary: "Whether a reset link can still be used (it stays unused)",
        body: resetLinkCheckInput,
        response: { 204: z.null(), 400: apiError, 410: apiError },
      },
    },
    async (request, reply) => {
      await recovery.checkResetLink(request.body);
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/api/auth/reset-password",
    {
      config: { access: "public" },
      schema: {
        tags: ["accounts"],
        summary: "Choose a new password through a reset link (ends every session)",
        body: resetPasswordInput,
        response: { 204: z.null(), 400: apiError, 403: apiError, 410: apiError },
      },
    },
    async (request, reply) => {
      await recovery.resetWithLink(request.body);
      request.log.info({ event: "auth.password_reset" }, "password reset through a link");
      return reply.status(204).send(null);
    },
  );
}
