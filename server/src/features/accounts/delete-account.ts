import { deleteAccountInput } from "@mend/core/ending/contract";
import { z } from "zod";
import { currentAccount } from "../../http/access-hooks.ts";
import { apiError } from "../../http/api-error-schema.ts";
import { readDeviceCookie } from "../../http/device-cookie.ts";
import { clearSessionCookie } from "../../http/session-cookie.ts";
import type { TypedApp } from "../../http/types.ts";
import type { AccountDeletionService } from "../ending/account-deletion.ts";

export function deleteAccountRoutes(app: TypedApp, deletion: AccountDeletionService): void {
  app.post(
    "/api/account/delete",
    {
      config: { access: "account" },
      schema: {
        tags: ["accounts"],
        summary: "Delete your account and everything you wrote (asks for your password again)",
        body: deleteAccountInput,
        response: { 204: z.null(), 400: apiError, 401: apiError, 429: apiError },
      },
    },
    async (request, reply) => {
      await deletion.deleteAccount(currentAccount(request).id, request.body.password, {
        ip: request.ip,
        deviceCookie: readDeviceCookie(request),
      });
      clearSessionCookie(request, reply);
      reply.header("clear-site-data", '"cache", "storage"');
      request.log.info({ event: "account.deleted" }, "account deleted");
      return reply.status(204).send(null);
    },
  );
}
