import { loginInput, sessionView, signupInput } from "@mend/core/accounts/contract";
import { loginResultView } from "@mend/core/accounts/second-factor-contract";
import type { FastifyRequest } from "fastify";
import { z } from "zod";
import { currentAccount } from "../../http/access-hooks.ts";
import { apiError } from "../../http/api-error-schema.ts";
import { readDeviceCookie, setDeviceCookie } from "../../http/device-cookie.ts";
import { clearSessionCookie, setSessionCookie } from "../../http/session-cookie.ts";
import type { TypedApp } from "../../http/types.ts";
import type { AccountsService, SignInRequest } from "./service.ts";
import { describeUserAgent } from "./user-agent.ts";

/** Who is signing in: budgets by address and device cookie, and the browser their session is shown as. */
export function signInRequest(request: FastifyRequest): SignInRequest {
  return {
    ip: request.ip,
    deviceCookie: readDeviceCookie(request),
    device: describeUserAgent(request.headers["user-agent"]),
  };
}

export function accountRoutes(app: TypedApp, accounts: AccountsService): void {
  app.post(
    "/api/auth/signup",
    {
      config: { access: "public" },
      schema: {
        tags: ["accounts"],
        summary: "Create an account and sign in",
        body: signupInput,
        response: { 201: sessionView, 400: apiError, 403: apiError, 409: apiError },
      },
    },
    async (request, reply) => {
      const { account, token, deviceCookie } = await accounts.signup(request.body, signInRequest(request));
      setSessionCookie(request, reply, token);
      setDeviceCookie(request, reply, deviceCookie);
      request.log.info({ event: "auth.signup" }, "account created");
      return reply.status(201).send({ account });
    },
  );

  app.post(
    "/api/auth/login",
    {
      config: { access: "public" },
      schema: {
        tags: ["accounts"],
        summary: "Sign in with email and password",
        body: loginInput,
        response: { 200: loginResultView, 400: apiError, 403: apiError, 429: apiError },
      },
    },
    async (request, reply) => {
      try {
        const result = await accounts.login(request.body, signInRequest(request));
        if ("secondStep" in result) {
          request.log.info({ event: "auth.second_step" }, "password right, second step asked");
          return { secondStep: result.secondStep };
        }
        const { account, token, deviceCookie } = result;
        setSessionCookie(request, reply, token);
        setDeviceCookie(request, reply, deviceCookie);
        request.log.info({ event: "auth.login" }, "signed in");
        return { account };
      } catch (error) {
        request.log.warn({ event: "auth.login_refused" }, "sign-in refused");
        throw error;
      }
    },
  );

  app.get(
    "/api/auth/session",
    {
      config: { access: "account" },
      schema: {
        tags: ["accounts"],
        summary: "Who is signed in",
        response: { 200: sessionView, 401: apiError },
      },
    },
    async (request) => ({ account: currentAccount(request) }),
  );

  app.post(
    "/api/auth/activity",
    {
      config: { access: "account" },
      schema: {
        tags: ["accounts"],
        summary: "Say the person is here (typing, clicking), so their session does not time out",
        response: { 204: z.null(), 401: apiError },
      },
    },
    // The access hook has already moved the idle clock: a state-changing request is activity.
    async (_request, reply) => reply.status(204).send(null),
  );

  app.post(
    "/api/auth/logout",
    {
      config: { access: "account" },
      schema: {
        tags: ["accounts"],
        summary: "Sign out on this device",
        response: { 204: z.null(), 401: apiError },
      },
    },
    async (request, reply) => {
      if (request.session) await accounts.logout(request.session.sessionId);
      clearSessionCookie(request, reply);
      // Asks the browser to drop anything it kept from these pages, not only the cookie.
      reply.header("clear-site-data", '"cache", "storage"');
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/api/auth/logout-everywhere",
    {
      config: { access: "account" },
      schema: {
        tags: ["accounts"],
        summary: "Sign out on every device, this one included",
        response: { 204: z.null(), 401: apiError },
      },
    },
    async (request, reply) => {
      await accounts.logoutEverywhere(currentAccount(request).id);
      clearSessionCookie(request, reply);
      reply.header("clear-site-data", '"cache", "storage"');
      request.log.info({ event: "auth.logout_everywhere" }, "all sessions ended");
      return reply.status(204).send(null);
    },
  );
}
