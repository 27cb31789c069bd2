import { sessionView } from "@mend/core/accounts/contract";
import {
  addPasskeyInput,
  confirmTotpInput,
  passkeyOptionsView,
  passkeySignInInput,
  passkeyView,
  passwordConfirmationInput,
  secondFactorView,
  secondStepInput,
  secondStepOptionsInput,
  totpSetupView,
} from "@mend/core/accounts/second-factor-contract";
import type { FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { currentAccount } from "../../http/access-hooks.ts";
import { apiError } from "../../http/api-error-schema.ts";
import { readDeviceCookie, setDeviceCookie } from "../../http/device-cookie.ts";
import { notSignedIn } from "../../http/errors.ts";
import { setSessionCookie } from "../../http/session-cookie.ts";
import type { TypedApp } from "../../http/types.ts";
import { relyingPartyOf } from "./relying-party.ts";
import type { AccountRow } from "./repo.ts";
import { signInRequest } from "./routes.ts";
import type { Changer, SecondFactorService } from "./second-factor-service.ts";
import type { SecondStepService } from "./second-step.ts";
import type { AccountsService } from "./service.ts";

const passkeyParams = z.object({ passkeyId: z.string() });

function changerOf(request: FastifyRequest): Changer {
  if (!request.session) throw notSignedIn();
  return {
    accountId: currentAccount(request).id,
    sessionId: request.session.sessionId,
    attempter: { ip: request.ip, deviceCookie: readDeviceCookie(request) },
  };
}

/** The authenticator app and passkeys on the account page, the second step of signing in, and passkey sign-in. */
export function secondFactorRoutes(
  app: TypedApp,
  deps: { accounts: AccountsService; secondFactor: SecondFactorService; secondStep: SecondStepService },
): void {
  const { accounts, secondFactor, secondStep } = deps;

  async function signIn(request: FastifyRequest, reply: FastifyReply, account: AccountRow, event: string) {
    const {
      account: view,
      token,
      deviceCookie,
    } = await accounts.startSession(account, signInRequest(request));
    setSessionCookie(request, reply, token);
    setDeviceCookie(request, reply, deviceCookie);
    request.log.info({ event }, "signed in");
    return { account: view };
  }

  app.get(
    "/api/account/second-factor",
    {
      config: { access: "account" },
      schema: {
        tags: ["accounts"],
        summary: "Your authenticator app and passkeys",
        response: { 200: secondFactorView, 401: apiError },
      },
    },
    async (request) => secondFactor.status(currentAccount(request).id),
  );

  app.post(
    "/api/account/totp/setup",
    {
      config: { access: "account" },
      schema: {
        tags: ["accounts"],
        summary: "Start setting up an authenticator app: a new secret to scan",
        response: { 201: totpSetupView, 401: apiError, 409: apiError },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await secondFactor.beginTotp(currentAccount(request).id)),
  );

  app.post(
    "/api/account/totp/confirm",
    {
      config: { access: "account" },
      schema: {
        tags: ["accounts"],
        summary: "Turn the authenticator app on with a code from it (ends your other sessions)",
        body: confirmTotpInput,
        response: { 204: z.null(), 400: apiError, 401: apiError, 409: apiError, 429: apiError },
      },
    },
    async (request, reply) => {
      await secondFactor.confirmTotp(changerOf(request), request.body.code);
      request.log.info({ event: "account.totp_on" }, "authenticator app turned on");
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/api/account/totp/remove",
    {
      config: { access: "account" },
      schema: {
        tags: ["accounts"],
        summary: "Turn the authenticator app off (asks for your password; ends your other sessions)",
        body: passwordConfirmationInput,
        response: { 204: z.null(), 400: apiError, 401: apiError, 404: apiError, 429: apiError },
      },
    },
    async (request, reply) => {
      await secondFactor.removeTotp(changerOf(request), request.body.password);
      request.log.info({ event: "account.totp_off" }, "authenticator app turned off");
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/api/account/passkeys/options",
    {
      config: { access: "account" },
      schema: {
        tags: ["accounts"],
        summary: "Start adding a passkey: what the browser needs to make one",
        response: { 200: passkeyOptionsView, 401: apiError },
      },
    },
    async (request) => ({
      options: {
        ...(await secondFactor.passkeyRegistrationOptions(changerOf(request), relyingPartyOf(request))),
      },
    }),
  );

  app.post(
    "/api/account/passkeys",
    {
      config: { access: "account" },
      schema: {
        tags: ["accounts"],
        summary: "Add the passkey the browser made (ends your other sessions)",
        body: addPasskeyInput,
        response: { 201: passkeyView, 400: apiError, 401: apiError, 409: apiError },
      },
    },
    async (request, reply) => {
      const passkey = await secondFactor.addPasskey(
        changerOf(request),
        request.body,
        relyingPartyOf(request),
      );
      request.log.info({ event: "account.passkey_added" }, "passkey added");
      return reply.status(201).send(passkey);
    },
  );

  app.post(
    "/api/account/passkeys/:passkeyId/remove",
    {
      config: { access: "account" },
      schema: {
        tags: ["accounts"],
        summary: "Remove a passkey (asks for your password; ends your other sessions)",
        params: passkeyParams,
        body: passwordConfirmationInput,
        response: { 204: z.null(), 400: apiError, 401: apiError, 404: apiError, 429: apiError },
      },
    },
    async (request, reply) => {
      await secondFactor.removePasskey(changerOf(request), request.params.passkeyId, request.body.password);
      request.log.info({ event: "account.passkey_removed" }, "passkey removed");
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/api/auth/second-step/passkey-options",
    {
      config: { access: "public" },
      schema: {
        tags: ["accounts"],
        summary: "Finish signing in with a passkey: what the browser needs to ask for one",
        body: secondStepOptionsInput,
        response: { 200: passkeyOptionsView, 400: apiError },
      },
    },
    async (request) => ({
      options: { ...(await secondStep.passkeyOptions(request.body.token, relyingPartyOf(request))) },
    }),
  );

  app.post(
    "/api/auth/second-step",
    {
      config: { access: "public" },
      schema: {
        tags: ["accounts"],
        summary: "Finish signing in: a code from the authenticator app, or a passkey",
        body: secondStepInput,
        response: { 200: sessionView, 400: apiError, 429: apiError },
      },
    },
    async (request, reply) => {
      try {
        const account = await secondStep.finish(request.body, relyingPartyOf(request), {
          ip: request.ip,
          deviceCookie: readDeviceCookie(request),
        });
        return await signIn(request, reply, account, "auth.login");
      } catch (error) {
        request.log.warn({ event: "auth.second_step_refused" }, "second step refused");
        throw error;
      }
    },
  );

  app.post(
    "/api/auth/passkey/options",
    {
      config: { access: "public" },
      schema: {
        tags: ["accounts"],
        summary: "Start signing in with a passkey: what the browser needs to ask for one",
        response: { 200: passkeyOptionsView },
      },
    },
    async (request) => ({ options: { ...(await secondFactor.signInOptions(relyingPartyOf(request))) } }),
  );

  app.post(
    "/api/auth/passkey",
    {
      config: { access: "public" },
      schema: {
        tags: ["accounts"],
        summary: "Sign in with a passkey",
        body: passkeySignInInput,
        response: { 200: sessionView, 400: apiError },
      },
    },
    async (request, reply) => {
      try {
        const account = await secondFactor.signInWithPasskey(request.body.response, relyingPartyOf(request));
        return await signIn(request, reply, account, "auth.passkey_login");
      } catch (error) {
        request.log.warn({ event: "auth.passkey_refused" }, "passkey sign-in refused");
        throw error;
      }
    },
  );
}
