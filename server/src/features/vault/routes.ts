import {
  keySettingsInput,
  keySettingsView,
  passwordWrapInput,
  unlockWithCodeInput,
  vaultView,
} from "@mend/core/vault/contract";
import { currentAccount } from "../../http/access-hooks.ts";
import { apiError } from "../../http/api-error-schema.ts";
import { readDeviceCookie } from "../../http/device-cookie.ts";
import type { TypedApp } from "../../http/types.ts";
import type { VaultService } from "./service.ts";

/** The key settings asked before signing in, and the owner's wrapped vault key. */
export function vaultRoutes(app: TypedApp, vault: VaultService): void {
  app.post(
    "/api/auth/key-settings",
    {
      config: { access: "public" },
      schema: {
        tags: ["vault"],
        summary: "The salt and costs to derive keys from a password, answered alike for every email",
        // A POST, so the email never sits in an address, a log line or a history.
        body: keySettingsInput,
        response: { 200: keySettingsView, 400: apiError },
      },
    },
    async (request) => vault.keySettings(request.body.email),
  );

  app.get(
    "/api/vault",
    {
      config: { access: "account" },
      schema: {
        tags: ["vault"],
        summary: "Your vault key, sealed by the key from your password, and a locked older vault if any",
        response: { 200: vaultView, 401: apiError, 409: apiError },
      },
    },
    async (request) => vault.vault(currentAccount(request).id),
  );

  app.post(
    "/api/vault/key",
    {
      config: { access: "account" },
      schema: {
        tags: ["vault"],
        summary: "Keep the vault key this browser made, sealed by the key from your password",
        body: passwordWrapInput,
        response: { 200: vaultView, 400: apiError, 401: apiError, 409: apiError },
      },
    },
    async (request) => vault.keepNewVaultKey(currentAccount(request).id, request.body.wrappedByPassword),
  );

  app.post(
    "/api/vault/unlock",
    {
      config: { access: "account" },
      schema: {
        tags: ["vault"],
        summary: "Make the locked vault, opened in this browser, your vault again",
        body: passwordWrapInput,
        response: { 200: vaultView, 400: apiError, 401: apiError, 404: apiError },
      },
    },
    async (request) => vault.unlock(currentAccount(request).id, request.body.wrappedByPassword),
  );

  app.post(
    "/api/vault/unlock-with-code",
    {
      config: { access: "account" },
      schema: {
        tags: ["vault"],
        summary:
          "Make the locked vault, opened in this browser with a recovery code, your vault again (the code is spent)",
        body: unlockWithCodeInput,
        response: { 200: vaultView, 400: apiError, 401: apiError, 404: apiError, 429: apiError },
      },
    },
    async (request) =>
      vault.unlockWithCode(currentAccount(request).id, request.body, {
        ip: request.ip,
        deviceCookie: readDeviceCookie(request),
      }),
  );

  app.post(
    "/api/vault/forget-locked",
    {
      config: { access: "account" },
      schema: {
        tags: ["vault"],
        summary: "Let the locked vault go for good: its key is deleted",
        response: { 200: vaultView, 401: apiError, 404: apiError },
      },
    },
    async (request) => vault.forgetLocked(currentAccount(request).id),
  );
}
