import { throttlePolicy } from "@mend/core/accounts/login-throttle";
import { recoveryCodeProof } from "@mend/core/vault/recovery-codes";
import { Secret, TOTP } from "otpauth";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import { signUp, testPassword } from "../../../test/support/factories.ts";
import type { TestClient } from "../../../test/support/http-client.ts";
import { SoftwareAuthenticator } from "../../../test/support/software-authenticator.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";
import { pendingSignInLifetimeMs } from "./second-step.ts";

describe.each(databaseKinds)("second factor on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());
  // Every request comes from one address: start each test after the last one's attempt window closed.
  beforeEach(() => server.advance(throttlePolicy.ip.windowMs + 1));

  const codeAt = (secret: string, at: Date) =>
    TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: at.getTime() });
  const nextStep = () => server.advance(30_000);
  const login = (client: TestClient, email: string, password = testPassword) =>
    client.post("/api/auth/login", { email, password });

  /** An account with its authenticator app on; `owner` is the session that turned it on. */
  async function withTotp(name: string) {
    const owner = server.client();
    const { email, recoveryCodes } = await signUp(owner, name);
    const setup = await owner.post("/api/account/totp/setup");
    expect(setup.status).toBe(201);
    const { secret } = setup.body;
    expect(
      (await owner.post("/api/account/totp/confirm", { code: codeAt(secret, server.now()) })).status,
    ).toBe(204);
    nextStep();
    return { owner, email, secret, recoveryCodes };
  }

  describe("authenticator app", () => {
    it("is set up with a secret and a QR address, and asks nothing at sign-in until a code confirms it", async () => {
      const owner = server.client();
      const { email } = await signUp(owner, "Setup");
      const setup = await owner.post("/api/account/totp/setup");
      expect(setup.status).toBe(201);
      expect(setup.body.secret).toMatch(/^[A-Z2-7]{32}$/);
      expect(setup.body.uri).toMatch(/^otpauth:\/\/totp\/Mend:.*secret=/);
      expect((await login(server.client(), email)).body.account).toBeDefined();

      const wrong = await owner.post("/api/account/totp/confirm", { code: "000000" });
      expect(wrong.status).toBe(400);
      expect(wrong.body.error.fields.code).toMatch(/didn't work/);
      expect((await owner.get("/api/account/second-factor")).body.totp.enabled).toBe(false);
    });

    it("once on, ends the account's other sessions and keeps the one that turned it on", async () => {
      const owner = server.client();
      const { email } = await signUp(owner, "Others");
      const elsewhere = server.client();
      await login(elsewhere, email);
      const { secret } = (await owner.post("/api/account/totp/setup")).body;
      await owner.post("/api/account/totp/confirm", { code: codeAt(secret, server.now()) });
      expect((await elsewhere.get("/api/auth/session")).status).toBe(401);
      expect((await owner.get("/api/auth/session")).status).toBe(200);
      expect((await owner.get("/api/account/second-factor")).body.totp.enabled).toBe(true);
      expect((await owner.post("/api/account/totp/setup")).status).toBe(409);
    });

    it("makes the password alone not enough: a code finishes the sign-in", async () => {
      const { email, secret } = await withTotp("Signin");
      const client = server.client();
      const first = await login(client, email);
      expect(first.status).toBe(200);
      expect(first.body.account).toBeUndefined();
      expect(first.body.secondStep.methods).toEqual(["totp", "recovery_code"]);
      expect(client.sessionCookie).toBeUndefined();

      const { token } = first.body.secondStep;
      const finished = await client.post("/api/auth/second-step", {
        token,
        proof: { kind: "totp", code: codeAt(secret, server.now()) },
      });
      expect(finished.status).toBe(200);
      expect(finished.body.account.email).toBe(email);
      expect((await client.get("/api/auth/session")).status).toBe(200);

      // The pending sign-in is used up.
      nextStep();
      const again = await server.client().post("/api/auth/second-step", {
        token,
        proof: { kind: "totp", code: codeAt(secret, server.now()) },
      });
      expect(again.status).toBe(400);
      expect(again.body.error.message).toMatch(/expired/);
    });

    it("can be stood in for by a recovery code, once per code, which the account's history shows", async () => {
      const { owner, email, recoveryCodes } = await withTotp("Lostphone");
      const [code] = recoveryCodes;
      if (!code) throw new Error("sign-up gave recovery codes");
      const client = server.client();
      const { token } = (await login(client, email)).body.secondStep;
      const wrong = await client.post("/api/auth/second-step", {
        token,
        proof: {
          kind: "recovery_code",
          code: await recoveryCodeProof("0000-0000-0000-0000-0000-0000-0000-0000"),
        },
      });
      expect(wrong.status).toBe(400);
      expect(wrong.body.error.fields.code).toMatch(/unused recovery codes/);
      // Typed as people type: without its dashes, in capitals.
      const finished = await client.post("/api/auth/second-step", {
        token,
        proof: {
          kind: "recovery_code",
          code: await recoveryCodeProof(code.replaceAll("-", "").toUpperCase()),
        },
      });
      expect(finished.status).toBe(200);
      expect(finished.body.account.email).toBe(email);

      const later = (await login(server.client(), email)).body.secondStep.token;
      const reused = await server.client().post("/api/auth/second-step", {
        token: later,
        proof: { kind: "recovery_code", code: await recoveryCodeProof(code) },
      });
      expect(reused.status).toBe(400);
      const security = (await owner.get("/api/account/security")).body;
      expect(security.recoveryCodesLeft).toBe(recoveryCodes.length - 1);
      expect(security.history.map((event: { kind: string }) => event.kind)).toEqual(
        expect.arrayContaining(["authenticator_app_added", "recovery_code_used_to_log_in"]),
      );
    });

    it("is never asked for by recovery codes alone", async () => {
      const owner = server.client();
      const { email } = await signUp(owner, "Codesonly");
      const signedIn = await login(server.client(), email);
      expect(signedIn.status).toBe(200);
      expect(signedIn.body.account.email).toBe(email);
    });

    it("refuses a wrong code, a code already used, and a pending sign-in that expired", async () => {
      const { email, secret } = await withTotp("Replay");
      const { token } = (await login(server.client(), email)).body.secondStep;
      const wrong = await server
        .client()
        .post("/api/auth/second-step", { token, proof: { kind: "totp", code: "123456" } });
      expect(wrong.status).toBe(400);

      const code = codeAt(secret, server.now());
      const used = await server
        .client()
        .post("/api/auth/second-step", { token, proof: { kind: "totp", code } });
      expect(used.status).toBe(200);
      const replayToken = (await login(server.client(), email)).body.secondStep.token;
      const replayed = await server
        .client()
        .post("/api/auth/second-step", { token: replayToken, proof: { kind: "totp", code } });
      expect(replayed.status).toBe(400);
      expect(replayed.body.error.message).toMatch(/each one works once/);

      const late = (await login(server.client(), email)).body.secondStep.token;
      server.advance(pendingSignInLifetimeMs + 1);
      const expired = await server.client().post("/api/auth/second-step", {
        token: late,
        proof: { kind: "totp", code: codeAt(secret, server.now()) },
      });
      expect(expired.status).toBe(400);
      expect(expired.body.error.message).toMatch(/expired/);
    });

    it("throttles wrong codes like wrong passwords", async () => {
      const { email, secret } = await withTotp("Throttle");
      const { token } = (await login(server.client(), email)).body.secondStep;
      const statuses: number[] = [];
      for (let i = 0; i < throttlePolicy.account.freeFailures + 2; i += 1) {
        const response = await server
          .client()
          .post("/api/auth/second-step", { token, proof: { kind: "totp", code: String(100000 + i) } });
        statuses.push(response.status);
      }
      expect(statuses.filter((status) => status === 400)).toHaveLength(
        throttlePolicy.account.freeFailures + 1,
      );
      expect(statuses.at(-1)).toBe(429);
      const right = await server.client().post("/api/auth/second-step", {
        token,
        proof: { kind: "totp", code: codeAt(secret, server.now()) },
      });
      expect(right.status).toBe(429);
      expect(Number(right.headers.get("retry-after"))).toBeGreaterThan(0);
    });

    it("is turned off only with the password, which ends the other sessions", async () => {
      const { owner, email, secret } = await withTotp("Remove");
      const elsewhere = server.client();
      const { token } = (await login(elsewhere, email)).body.secondStep;
      await elsewhere.post("/api/auth/second-step", {
        token,
        proof: { kind: "totp", code: codeAt(secret, server.now()) },
      });

      const wrong = await owner.post("/api/account/totp/remove", { password: "not my password at all" });
      expect(wrong.status).toBe(400);
      expect(wrong.body.error.fields.password).toMatch(/isn't right/);
      expect((await owner.get("/api/account/second-factor")).body.totp.enabled).toBe(true);

      expect((await owner.post("/api/account/totp/remove", { password: testPassword })).status).toBe(204);
      expect((await elsewhere.get("/api/auth/session")).status).toBe(401);
      expect((await login(server.client(), email)).body.account.email).toBe(email);
    });
  });

  describe("passkeys", () => {
    async function withPasskey(name: string) {
      const owner = server.client();
      const { email, account } = await signUp(owner, name);
      const authenticator = new SoftwareAuthenticator(server.baseUrl);
      const { options } = (await owner.post("/api/account/passkeys/options")).body;
      const added = await owner.post("/api/account/passkeys", {
        name: "My phone",
        response: authenticator.register(options),
      });
      expect(added.status).toBe(201);
      return { owner, email, account, authenticator, passkeyId: added.body.id as string };
    }

    it("are added with a name, listed with when they were made and last used, and end other sessions", async () => {
      const owner = server.client();
      const { email } = await signUp(owner, "Adder");
      const elsewhere = server.client();
      await login(elsewhere, email);
      const authenticator = new SoftwareAuthenticator(server.baseUrl);
      const { options } = (await owner.post("/api/account/passkeys/options")).body;
      expect(options.authenticatorSelection).toMatchObject({
        residentKey: "required",
        userVerification: "required",
      });
      const response = authenticator.register(options);
      const added = await owner.post("/api/account/passkeys", { name: "  My phone ", response });
      expect(added.status).toBe(201);
      expect(added.body).toMatchObject({
        name: "My phone",
        createdAt: server.now().toISOString(),
        lastUsedAt: null,
      });
      expect((await elsewhere.get("/api/auth/session")).status).toBe(401);
      const listed = (await owner.get("/api/account/second-factor")).body.passkeys;
      expect(listed).toEqual([added.body]);

      // The challenge was used up: the same answer cannot add it again.
      expect((await owner.post("/api/account/passkeys", { name: "Again", response })).status).toBe(400);
    });

    it("refuses a passkey made without the device's own check", async () => {
      const owner = server.client();
      await signUp(owner, "Unverified");
      const { options } = (await owner.post("/api/account/passkeys/options")).body;
      const response = new SoftwareAuthenticator(server.baseUrl).register(options, false);
      const refused = await owner.post("/api/account/passkeys", { name: "Key", response });
      expect(refused.status).toBe(400);
      expect((await owner.get("/api/account/second-factor")).body.passkeys).toEqual([]);
    });

    it("sign in on their own, once per challenge", async () => {
      const { email, authenticator } = await withPasskey("Passwordless");
      const client = server.client();
      const { options } = (await client.post("/api/auth/passkey/options")).body;
      expect(options.allowCredentials).toEqual([]);
      const response = authenticator.authenticate(options);
      const signedIn = await client.post("/api/auth/passkey", { response });
      expect(signedIn.status).toBe(200);
      expect(signedIn.body.account.email).toBe(email);
      expect((await client.get("/api/auth/session")).status).toBe(200);
      const [passkey] = (await client.get("/api/account/second-factor")).body.passkeys;
      expect(passkey.lastUsedAt).toBe(server.now().toISOString());

      const replayed = await server.client().post("/api/auth/passkey", { response });
      expect(replayed.status).toBe(400);
      expect(replayed.body.error.message).toMatch(/couldn't be used/);
    });

    it("finish a sign-in that started with the password", async () => {
      const { email, authenticator } = await withPasskey("Second");
      const client = server.client();
      const first = await login(client, email);
      expect(first.body.secondStep.methods).toEqual(["passkey", "recovery_code"]);
      const { token } = first.body.secondStep;
      const { options } = (await client.post("/api/auth/second-step/passkey-options", { token })).body;
      expect(options.allowCredentials.map((item: { id: string }) => item.id)).toEqual(
        authenticator.credentialIds,
      );
      const finished = await client.post("/api/auth/second-step", {
        token,
        proof: { kind: "passkey", response: authenticator.authenticate(options) },
      });
      expect(finished.status).toBe(200);
      expect(finished.body.account.email).toBe(email);
    });

    it("of another account do not finish someone else's sign-in", async () => {
      const { email } = await withPasskey("Victim");
      const other = await withPasskey("Intruder");
      const { token } = (await login(server.client(), email)).body.secondStep;
      const { options } = (await server.client().post("/api/auth/second-step/passkey-options", { token }))
        .body;
      const response = other.authenticator.authenticate({ ...options, allowCredentials: [] });
      const refused = await server
        .client()
        .post("/api/auth/second-step", { token, proof: { kind: "passkey", response } });
      expect(refused.status).toBe(400);
    });

    it("are removed only with the password, and then sign in no more", async () => {
      const { owner, authenticator, passkeyId } = await withPasskey("Removal");
      const wrong = await owner.post(`/api/account/passkeys/${passkeyId}/remove`, {
        password: "not it at all",
      });
      expect(wrong.status).toBe(400);
      expect((await owner.get("/api/account/second-factor")).body.passkeys).toHaveLength(1);
      const removed = await owner.post(`/api/account/passkeys/${passkeyId}/remove`, {
        password: testPassword,
      });
      expect(removed.status).toBe(204);
      expect((await owner.get("/api/account/second-factor")).body.passkeys).toEqual([]);

      const { options } = (await server.client().post("/api/auth/passkey/options")).body;
      const refused = await server
        .client()
        .post("/api/auth/passkey", { response: authenticator.authenticate(options) });
      expect(refused.status).toBe(400);
    });
  });
});
