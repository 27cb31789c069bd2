import { newVaultKey, unwrapVaultKey, wrapVaultKey } from "@mend/core/vault/keys";
import { recoveryCodeProof, vaultKeyFromRecoveryCode } from "@mend/core/vault/recovery-codes";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import {
  deriveLikeBrowser,
  makeCodesLikeBrowser,
  newPasswordKeysFor,
  signUp,
  testPassword,
} from "../../../test/support/factories.ts";
import type { TestClient } from "../../../test/support/http-client.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";
import { accountOperations } from "../accounts/operator.ts";
import { accounts, recoveryCodes } from "../accounts/tables.ts";
import { accountKeys } from "./tables.ts";

const toHex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");

describe.each(databaseKinds)("the vault's keys on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  /** Signs up as today's browser does: keys derived from the password, the vault key made and wrapped. */
  async function signUpWithVault(client: TestClient, password = testPassword) {
    const email = `vault-${Math.random().toString(36).slice(2, 10)}@example.org`;
    const keys = await newPasswordKeysFor(password);
    const created = await client.post("/api/auth/signup", {
      email,
      password: keys.authSecret,
      displayName: "Robin",
      keySettings: keys.settings,
    });
    expect(created.status).toBe(201);
    const accountId: string = created.body.account.id;
    const vaultKey = await newVaultKey();
    const kept = await client.post("/api/vault/key", {
      wrappedByPassword: await wrapVaultKey(keys.keyEncryptionKey, vaultKey, accountId, "password"),
    });
    expect(kept.status).toBe(200);
    const codes = await makeCodesLikeBrowser(client, accountId, keys.authSecret, vaultKey);
    return { email, accountId, vaultKey, keys, recoveryCodes: codes };
  }

  describe("the key settings asked before sign-in", () => {
    it("answer an unknown email exactly like an account that has not moved yet, and the same every time", async () => {
      const oldWay = await signUp(server.client(), "Oldway");
      const forAccount = (await server.client().post("/api/auth/key-settings", { email: oldWay.email })).body;
      const forNobody = (
        await server.client().post("/api/auth/key-settings", { email: "nobody@example.org" })
      ).body;
      const again = (await server.client().post("/api/auth/key-settings", { email: "nobody@example.org" }))
        .body;
      expect(Object.keys(forNobody).sort()).toEqual(Object.keys(forAccount).sort());
      expect(forNobody).toEqual(again);
      expect(forNobody.salt).not.toBe(forAccount.salt);
      expect(forNobody).toMatchObject({ memoryKiB: 65_536, passes: 3 });
      expect(forAccount).toMatchObject({ memoryKiB: 65_536, passes: 3, upgradeOpen: true });
      expect(forNobody.upgradeOpen).toBe(forAccount.upgradeOpen);
    });

    it("answer an account that derives keys with its own salt, in the same shape", async () => {
      const client = server.client();
      const { email, keys } = await signUpWithVault(client);
      const answer = (await server.client().post("/api/auth/key-settings", { email })).body;
      expect(answer).toEqual({ ...keys.settings, upgradeOpen: answer.upgradeOpen });
    });

    it("refuse a malformed email with nothing stored", async () => {
      const response = await server.client().post("/api/auth/key-settings", { email: "not an email" });
      expect(response.status).toBe(400);
    });
  });

  describe("signing in", () => {
    it("with the authentication key; the password itself no longer signs in", async () => {
      const { email, keys } = await signUpWithVault(server.client());
      expect(
        (await server.client().post("/api/auth/login", { email, password: keys.authSecret })).status,
      ).toBe(200);
      expect((await server.client().post("/api/auth/login", { email, password: testPassword })).status).toBe(
        400,
      );
    });

    it("moves an account of the old way to the new one at its owner's next sign-in", async () => {
      const client = server.client();
      const { email, account } = await signUp(server.client(), "Mover");
      const derived = await deriveLikeBrowser(client, email, testPassword);
      // The authentication key alone cannot be checked against a hash of the password…
      expect((await client.post("/api/auth/login", { email, password: derived.authSecret })).status).toBe(
        400,
      );
      // …so the browser, told some accounts still sign in the old way, tries once more with the password too.
      expect(derived.upgradeOpen).toBe(true);
      const moved = await client.post("/api/auth/login", {
        email,
        password: derived.authSecret,
        legacyPassword: testPassword,
      });
      expect(moved.status).toBe(200);
      const [keys] = await server.handle.db
        .select()
        .from(accountKeys)
        .where(eq(accountKeys.accountId, account.id));
      expect(keys?.salt).toBe(derived.keySettings.salt);
      expect(keys?.wrappedByPassword).toBeNull();

      // From now on the authentication key alone signs in, and the password itself does not.
      expect(
        (await server.client().post("/api/auth/login", { email, password: derived.authSecret })).status,
      ).toBe(200);
      const oldPage = await server.client().post("/api/auth/login", { email, password: testPassword });
      expect(oldPage.status).toBe(400);
      const [row] = await server.handle.db.select().from(accounts).where(eq(accounts.id, account.id));
      expect(row?.passwordHash).toMatch(/^\$argon2id\$/);

      // The first browser in makes the vault key; a second one made at the same time is refused.
      const first = await wrapVaultKey(derived.keyEncryptionKey, await newVaultKey(), account.id, "password");
      expect((await client.post("/api/vault/key", { wrappedByPassword: first })).status).toBe(200);
      const second = await wrapVaultKey(
        derived.keyEncryptionKey,
        await newVaultKey(),
        account.id,
        "password",
      );
      expect((await client.post("/api/vault/key", { wrappedByPassword: second })).status).toBe(409);
      expect((await client.get("/api/vault")).body.wrappedByPassword).toBe(first);
    });

    it("a wrong password in the second try is refused like any other, and the account does not move", async () => {
      const client = server.client();
      const { email, account } = await signUp(server.client(), "Stays");
      const derived = await deriveLikeBrowser(client, email, "not the password at all");
      const refused = await client.post("/api/auth/login", {
        email,
        password: derived.authSecret,
        legacyPassword: "not the password at all",
      });
      expect(refused.status).toBe(400);
      const rows = await server.handle.db
        .select()
        .from(accountKeys)
        .where(eq(accountKeys.accountId, account.id));
      expect(rows).toHaveLength(0);
    });
  });

  describe("a new password", () => {
    it("from the account page rewraps the same vault key under the new password's key", async () => {
      const client = server.client();
      const { email, accountId, vaultKey, keys } = await signUpWithVault(client);
      const next = await newPasswordKeysFor("a new and longer evening");
      const changed = await client.post("/api/account/password", {
        currentPassword: keys.authSecret,
        newPassword: next.authSecret,
        newKeys: {
          settings: next.settings,
          wrappedByPassword: await wrapVaultKey(next.keyEncryptionKey, vaultKey, accountId, "password"),
        },
      });
      expect(changed.status).toBe(200);

      const again = server.client();
      const derived = await deriveLikeBrowser(again, email, "a new and longer evening");
      expect((await again.post("/api/auth/login", { email, password: derived.authSecret })).status).toBe(200);
      const vault = (await again.get("/api/vault")).body;
      const opened = await unwrapVaultKey(
        derived.keyEncryptionKey,
        vault.wrappedByPassword,
        accountId,
        "password",
      );
      expect(toHex(opened)).toBe(toHex(vaultKey));
      // The old password's key no longer fits.
      await expect(
        unwrapVaultKey(keys.keyEncryptionKey, vault.wrappedByPassword, accountId, "password"),
      ).rejects.toMatchObject({ reason: "refused" });
    });

    it("from a page older than the vault is refused, changing nothing", async () => {
      const client = server.client();
      const { email, keys } = await signUpWithVault(client);
      const refused = await client.post("/api/account/password", {
        currentPassword: keys.authSecret,
        newPassword: "a new and longer evening",
      });
      expect(refused.status).toBe(409);
      expect(
        (await server.client().post("/api/auth/login", { email, password: keys.authSecret })).status,
      ).toBe(200);
    });

    it("by a recovery code, from a page that did not rewrap the vault key, locks the vault until opened again", async () => {
      const client = server.client();
      const { email, accountId, vaultKey, keys, recoveryCodes } = await signUpWithVault(client);
      const sealedBefore = (await client.get("/api/vault")).body.wrappedByPassword;
      const next = await newPasswordKeysFor("a new and longer evening");
      const recovered = await server.client().post("/api/auth/recover", {
        email,
        recoveryCode: await recoveryCodeProof(recoveryCodes[0] ?? ""),
        newPassword: next.authSecret,
        newKeys: { settings: next.settings },
      });
      expect(recovered.status).toBe(204);

      const again = server.client();
      expect((await again.post("/api/auth/login", { email, password: next.authSecret })).status).toBe(200);
      const locked = (await again.get("/api/vault")).body;
      expect(locked.wrappedByPassword).toBeNull();
      expect(locked.settings).toEqual(next.settings);
      expect(locked.locked).toEqual({ settings: keys.settings, wrappedByPassword: sealedBefore });
      // The new password cannot open it; the old one still can, in the browser.
      await expect(
        unwrapVaultKey(next.keyEncryptionKey, locked.locked.wrappedByPassword, accountId, "password"),
      ).rejects.toMatchObject({ reason: "refused" });
      const opened = await unwrapVaultKey(
        keys.keyEncryptionKey,
        locked.locked.wrappedByPassword,
        accountId,
        "password",
      );
      expect(toHex(opened)).toBe(toHex(vaultKey));

      // Opened again, rewrapped by the new password, it is the vault once more.
      const rewrapped = await wrapVaultKey(next.keyEncryptionKey, opened, accountId, "password");
      const unlocked = await again.post("/api/vault/unlock", { wrappedByPassword: rewrapped });
      expect(unlocked.status).toBe(200);
      expect(unlocked.body).toMatchObject({ wrappedByPassword: rewrapped, locked: null });
      expect((await again.post("/api/vault/unlock", { wrappedByPassword: rewrapped })).status).toBe(404);
    });

    it("by the operator's reset link locks it too; a new empty vault can start beside it, and the old one be let go", async () => {
      const client = server.client();
      const { email, accountId, keys } = await signUpWithVault(client);
      const sealedBefore = (await client.get("/api/vault")).body.wrappedByPassword;
      const link = await accountOperations({ db: server.handle.db, clock: () => new Date() }).makeResetLink(
        email,
      );
      const next = await newPasswordKeysFor("a new and longer evening");
      const withoutKeys = await server.client().post("/api/auth/reset-password", {
        token: link.token,
        newPassword: next.authSecret,
      });
      expect(withoutKeys.status).toBe(409);
      const reset = await server.client().post("/api/auth/reset-password", {
        token: link.token,
        newPassword: next.authSecret,
        newKeys: { settings: next.settings },
      });
      expect(reset.status).toBe(204);

      const again = server.client();
      expect((await again.post("/api/auth/login", { email, password: next.authSecret })).status).toBe(200);
      const fresh = await wrapVaultKey(next.keyEncryptionKey, await newVaultKey(), accountId, "password");
      const started = await again.post("/api/vault/key", { wrappedByPassword: fresh });
      expect(started.status).toBe(200);
      expect(started.body.wrappedByPassword).toBe(fresh);
      expect(started.body.locked).toEqual({ settings: keys.settings, wrappedByPassword: sealedBefore });

      const forgotten = await again.post("/api/vault/forget-locked");
      expect(forgotten.status).toBe(200);
      expect(forgotten.body).toMatchObject({ wrappedByPassword: fresh, locked: null });
      const [row] = await server.handle.db
        .select()
        .from(accountKeys)
        .where(eq(accountKeys.accountId, accountId));
      expect(JSON.stringify(row)).not.toContain(sealedBefore);
    });
  });

  describe("recovery codes that open the vault", () => {
    const newPassword = "a new and longer evening";

    /** What the forgot-password page does: ask for the code's wrap, open it, seal it for the new password. */
    async function rewrapForRecovery(email: string, accountId: string, code: string) {
      const proof = await recoveryCodeProof(code);
      const asked = await server.client().post("/api/auth/recover/vault-key", { email, recoveryCode: proof });
      expect(asked.status).toBe(200);
      const opened = await vaultKeyFromRecoveryCode(code, asked.body.wrappedVaultKey, accountId);
      const next = await newPasswordKeysFor(newPassword);
      const wrappedByPassword = await wrapVaultKey(next.keyEncryptionKey, opened, accountId, "password");
      return { proof, next, opened, wrappedByPassword };
    }

    it("are made in the browser, each wrapping the vault key; codes that wrap nothing are refused while a vault exists", async () => {
      const client = server.client();
      const { accountId, vaultKey, keys } = await signUpWithVault(client);
      const rows = await server.handle.db
        .select()
        .from(recoveryCodes)
        .where(eq(recoveryCodes.accountId, accountId));
      expect(rows).toHaveLength(10);
      expect(rows.every((row) => row.wrappedVaultKey?.startsWith("mv1."))).toBe(true);
      expect(JSON.stringify(rows)).not.toContain(toHex(vaultKey));
      await expect(makeCodesLikeBrowser(client, accountId, keys.authSecret, null)).rejects.toThrow(/400/);
      expect((await client.get("/api/account/security")).body).toMatchObject({
        recoveryCodesLeft: 10,
        recoveryCodesOpenVault: true,
      });
    });

    it("recovering with a code keeps the vault open under the new password, and the code is spent", async () => {
      const { email, accountId, vaultKey, recoveryCodes: codes } = await signUpWithVault(server.client());
      const code = codes[4] ?? "";
      const { proof, next, opened, wrappedByPassword } = await rewrapForRecovery(email, accountId, code);
      expect(toHex(opened)).toBe(toHex(vaultKey));
      const recovered = await server.client().post("/api/auth/recover", {
        email,
        recoveryCode: proof,
        newPassword: next.authSecret,
        newKeys: { settings: next.settings, wrappedByPassword },
      });
      expect(recovered.status).toBe(204);

      const again = server.client();
      expect((await again.post("/api/auth/login", { email, password: next.authSecret })).status).toBe(200);
      const vault = (await again.get("/api/vault")).body;
      expect(vault).toMatchObject({ settings: next.settings, wrappedByPassword, locked: null });
      const reopened = await unwrapVaultKey(
        next.keyEncryptionKey,
        vault.wrappedByPassword,
        accountId,
        "password",
      );
      expect(toHex(reopened)).toBe(toHex(vaultKey));

      // Spent: neither its wrap nor another recovery is given for it again.
      expect(
        (await server.client().post("/api/auth/recover/vault-key", { email, recoveryCode: proof })).status,
      ).toBe(400);
      const reused = await server.client().post("/api/auth/recover", {
        email,
        recoveryCode: proof,
        newPassword: next.authSecret,
        newKeys: { settings: next.settings, wrappedByPassword },
      });
      expect(reused.status).toBe(400);
      expect((await again.get("/api/account/security")).body.recoveryCodesLeft).toBe(9);
    });

    it("after the operator's reset link the vault is locked, and a recovery code opens it again, once", async () => {
      const mistyped = (code: string) => code.slice(0, -1) + (code.endsWith("0") ? "1" : "0");
      const { email, accountId, vaultKey, recoveryCodes: codes } = await signUpWithVault(server.client());
      const link = await accountOperations({ db: server.handle.db, clock: () => new Date() }).makeResetLink(
        email,
      );
      const next = await newPasswordKeysFor(newPassword);
      const reset = await server.client().post("/api/auth/reset-password", {
        token: link.token,
        newPassword: next.authSecret,
        newKeys: { settings: next.settings },
      });
      expect(reset.status).toBe(204);
      const again = server.client();
      expect((await again.post("/api/auth/login", { email, password: next.authSecret })).status).toBe(200);
      expect((await again.get("/api/vault")).body).toMatchObject({ wrappedByPassword: null });

      const code = codes[7] ?? "";
      const proof = await recoveryCodeProof(code);
      const asked = await again.post("/api/auth/recover/vault-key", { email, recoveryCode: proof });
      const opened = await vaultKeyFromRecoveryCode(code, asked.body.wrappedVaultKey, accountId);
      expect(toHex(opened)).toBe(toHex(vaultKey));
      const wrappedByPassword = await wrapVaultKey(next.keyEncryptionKey, opened, accountId, "password");

      const wrongCode = await again.post("/api/vault/unlock-with-code", {
        // Another code with its last character changed: never one of the account's codes.
        recoveryCode: await recoveryCodeProof(mistyped(codes[8] ?? "")),
        wrappedByPassword,
      });
      expect(wrongCode.status).toBe(400);
      expect((await again.get("/api/vault")).body.locked).not.toBeNull();

      const unlocked = await again.post("/api/vault/unlock-with-code", {
        recoveryCode: proof,
        wrappedByPassword,
      });
      expect(unlocked.status).toBe(200);
      expect(unlocked.body).toMatchObject({ wrappedByPassword, locked: null });
      const history = (await again.get("/api/account/security")).body.history.map(
        (event: { kind: string }) => event.kind,
      );
      expect(history).toContain("recovery_code_used_to_open_vault");
      expect((await again.get("/api/account/security")).body.recoveryCodesLeft).toBe(9);
      // Nothing is locked any more, and the spent code opens nothing.
      expect(
        (await again.post("/api/vault/unlock-with-code", { recoveryCode: proof, wrappedByPassword })).status,
      ).toBe(404);
      expect((await again.post("/api/auth/recover/vault-key", { email, recoveryCode: proof })).status).toBe(
        400,
      );
    });

    it("a code made before the vault cannot unlock it, and stays unused", async () => {
      const client = server.client();
      const { email, accountId, keys } = await signUpWithVault(client);
      const link = await accountOperations({ db: server.handle.db, clock: () => new Date() }).makeResetLink(
        email,
      );
      const next = await newPasswordKeysFor(newPassword);
      await server.client().post("/api/auth/reset-password", {
        token: link.token,
        newPassword: next.authSecret,
        newKeys: { settings: next.settings },
      });
      const again = server.client();
      await again.post("/api/auth/login", { email, password: next.authSecret });
      // No vault open now, so new codes wrap nothing, as codes the server made before the vault.
      const bare = await makeCodesLikeBrowser(again, accountId, next.authSecret, null);
      const proof = await recoveryCodeProof(bare[0] ?? "");
      expect((await again.post("/api/auth/recover/vault-key", { email, recoveryCode: proof })).body).toEqual({
        accountId,
        wrappedVaultKey: null,
      });
      const refused = await again.post("/api/vault/unlock-with-code", {
        recoveryCode: proof,
        wrappedByPassword: await wrapVaultKey(
          next.keyEncryptionKey,
          await newVaultKey(),
          accountId,
          "password",
        ),
      });
      expect(refused.status).toBe(400);
      expect(refused.body.error.message).toMatch(/cannot open it/);
      expect((await again.get("/api/account/security")).body.recoveryCodesLeft).toBe(10);
      expect((await again.get("/api/vault")).body.locked.settings).toEqual(keys.settings);
    });
  });

  it("an account made by the operator signs in like any other and its vault opens", async () => {
    await accountOperations({ db: server.handle.db, clock: () => new Date() }).create({
      email: "made@example.org",
      password: testPassword,
      displayName: "Made",
    });
    const client = server.client();
    const derived = await deriveLikeBrowser(client, "made@example.org", testPassword);
    const signedIn = await client.post("/api/auth/login", {
      email: "made@example.org",
      password: derived.authSecret,
    });
    expect(signedIn.status).toBe(200);
    const vault = (await client.get("/api/vault")).body;
    const opened = await unwrapVaultKey(
      derived.keyEncryptionKey,
      vault.wrappedByPassword,
      signedIn.body.account.id,
      "password",
    );
    expect(opened).toHaveLength(32);
  });

  it("an account that has not moved yet has no vault to open until it signs in with its password", async () => {
    const client = server.client();
    await signUp(client, "Notyet");
    const response = await client.get("/api/vault");
    expect(response.status).toBe(409);
    expect(response.body.error.message).toMatch(/log in with your password/);
  });
});
