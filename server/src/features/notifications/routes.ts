import {
  emailInvitationInput,
  emailResetLinkInput,
  notificationPreferencesInput,
  notificationPreferencesView,
  pushPublicKeyView,
  pushSubscriptionInput,
  pushUnsubscribeInput,
} from "@mend/core/notifications/contract";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { currentAccount } from "../../http/access-hooks.ts";
import { apiError } from "../../http/api-error-schema.ts";
import { readDeviceCookie } from "../../http/device-cookie.ts";
import type { TypedApp } from "../../http/types.ts";
import { spaceParams } from "../spaces/routes.ts";
import type { NotificationsService } from "./service.ts";

const account = { access: "account" } as const;

export function notificationRoutes(app: TypedApp, notifications: NotificationsService): void {
  app.get(
    "/api/account/notifications",
    {
      config: account,
      schema: {
        tags: ["notifications"],
        summary: "How reminders reach you (only you can see this)",
        response: { 200: notificationPreferencesView, 401: apiError },
      },
    },
    async (request) => notifications.preferences(currentAccount(request).id),
  );

  app.put(
    "/api/account/notifications",
    {
      config: account,
      schema: {
        tags: ["notifications"],
        summary: "Choose which reminders you get, where, when and how much they say",
        body: notificationPreferencesInput,
        response: { 200: notificationPreferencesView, 400: apiError, 401: apiError, 403: apiError },
      },
    },
    async (request) => notifications.savePreferences(currentAccount(request).id, request.body),
  );

  app.get(
    "/api/account/notifications/push-key",
    {
      config: account,
      schema: {
        tags: ["notifications"],
        summary: "The server's public key a browser subscribes to push messages with",
        response: { 200: pushPublicKeyView, 401: apiError },
      },
    },
    async () => notifications.publicKey(),
  );

  app.post(
    "/api/account/notifications/devices",
    {
      config: account,
      schema: {
        tags: ["notifications"],
        summary: "Receive push reminders on this device",
        body: pushSubscriptionInput,
        response: { 204: z.null(), 400: apiError, 401: apiError, 403: apiError },
      },
    },
    async (request, reply) => {
      await notifications.subscribe(currentAccount(request).id, request.body, request.headers["user-agent"]);
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/api/account/notifications/devices/remove",
    {
      config: account,
      schema: {
        tags: ["notifications"],
        summary: "Stop push reminders on this device",
        body: pushUnsubscribeInput,
        response: { 204: z.null(), 400: apiError, 401: apiError, 403: apiError },
      },
    },
    async (request, reply) => {
      await notifications.unsubscribe(currentAccount(request).id, request.body.endpoint);
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/api/auth/reset-link",
    {
      config: { access: "public" },
      schema: {
        tags: ["accounts"],
        summary:
          "Email a password reset link (the answer is the same whether or not the address has an account)",
        body: emailResetLinkInput,
        response: { 204: z.null(), 400: apiError, 403: apiError, 429: apiError },
      },
    },
    async (request, reply) => {
      await notifications.emailResetLink(request.body.email, {
        ip: request.ip,
        deviceCookie: readDeviceCookie(request),
      });
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/api/spaces/:spaceId/invitations/email",
    {
      config: { access: "space" },
      schema: {
        tags: ["invitations"],
        summary: "Email a new invitation link to the other person (it cancels any link open before)",
        params: spaceParams,
        body: emailInvitationInput,
        response: {
          204: z.null(),
          400: apiError,
          401: apiError,
          403: apiError,
          404: apiError,
          409: apiError,
        },
      },
    },
    async (request, reply) => {
      const { spaceId } = request.params;
      await notifications.emailInvitation(currentAccount(request).id, spaceId, request.body.email);
      return reply.status(204).send(null);
    },
  );

  emailOffPages(app, notifications);
}

function plainPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer"><title>${title}</title></head>
<body><main><h1>${title}</h1>${body}</main></body></html>`;
}

const tokenQuery = z.object({ t: z.string().max(200).optional() });

/**
 * The link at the foot of every reminder email, which works without signing in. Opening it shows a
 * button (mail scanners open links on their own, and must not switch anything off); pressing it, or a
 * mail program's one-click unsubscribe (RFC 8058), turns reminder emails off. Outside /api/, so a
 * plain form can post to it; the token in the query is never logged.
 */
function emailOffPages(app: TypedApp, notifications: NotificationsService): void {
  app.register(async (plain) => {
    const scope = plain.withTypeProvider<ZodTypeProvider>();
    // Mail programs post `List-Unsubscribe=One-Click` as a form; only this page reads such a body.
    scope.addContentTypeParser(
      "application/x-www-form-urlencoded",
      { parseAs: "string" },
      (_req, _body, done) => done(null, {}),
    );
    scope.get("/email-off", { schema: { hide: true, querystring: tokenQuery } }, async (request, reply) => {
      const token = request.query.t ?? "";
      return reply.type("text/html; charset=utf-8").send(
        plainPage(
          "Stop reminder emails",
          `<p>Press the button to stop Mend's reminder emails. You can turn them on again on your account page.</p>
<form method="post" action="/email-off?t=${encodeURIComponent(token)}"><button type="submit">Stop reminder emails</button></form>`,
        ),
      );
    });
    scope.post("/email-off", { schema: { hide: true, querystring: tokenQuery } }, async (request, reply) => {
      const done = await notifications.emailOff(request.query.t ?? "");
      return reply
        .status(done ? 200 : 400)
        .type("text/html; charset=utf-8")
        .send(
          done
            ? plainPage(
                "Reminder emails are off",
                "<p>Mend won't send you reminder emails any more. You can turn them on again on your account page.</p>",
              )
            : plainPage(
                "This link doesn't work",
                "<p>Copy the whole link from the email and try again, or turn reminder emails off on your account page.</p>",
              ),
        );
    });
  });
}
