import { sessionPolicy } from "@mend/core/accounts/session-policy";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import { buildSpace, signUp, testPassword } from "../../../test/support/factories.ts";
import { openStream } from "../../../test/support/sse.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";
import { hashPassword } from "./passwords.ts";
import { accounts, sessions } from "./tables.ts";

describe.each(databaseKinds)("accounts on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  describe("sign-up", () => {
    it("refuses a common password and creates nothing", async () => {
      const client = server.client();
      const response = await client.post("/api/auth/signup", {
        email: "common@example.org",
        password: "password123",
        displayName: "Ash",
      });
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe("validation_failed");
      expect(response.body.error.fields.password).toMatch(/commonly used/);
      const rows = await server.handle.db
        .select()
        .from(accounts)
        .where(eq(accounts.email, "common@example.org"));
      expect(rows).toHaveLength(0);
      expect(client.sessionCookie).toBeUndefined();
    });

    it("refuses a password under eight characters with a clear message", async () => {
      const response = await server
        .client()
        .post("/api/auth/signup", { email: "short@example.org", password: "abc12", displayName: "Ash" });
      expect(response.status).toBe(400);
      expect(response.body.error.fields.password).toMatch(/at least 8 characters/);
    });

    it("accepts long and unicode passphrases and never truncates them", async () => {
      const client = server.client();
      const long = `${"ü".repeat(70)}-first`;
      const created = await client.post("/api/auth/signup", {
        email: "long@example.org",
        password: long,
        displayName: "Ash",
      });
      expect(created.status).toBe(201);
      const almost = `${"ü".repeat(70)}-other`;
      const wrong = await server
        .client()
        .post("/api/auth/login", { email: "long@example.org", password: almost });
      expect(wrong.status).toBe(400);
      const right = await server
        .client()
        .post("/api/auth/login", { email: "long@example.org", password: long });
      expect(right.status).toBe(200);
    });

    it("refuses unknown fields instead of storing them", async () => {
      const response = await server.client().post("/api/auth/signup", {
        email: "extra@example.org",
        password: testPassword,
        displayName: "Ash",
        isAdmin: true,
      });
      expect(response.status).toBe(400);
    });

    it("says an email is taken without creating a second account", async () => {
      const { email } = await signUp(server.client(), "Dee");
      const again = await server.client().post("/api/auth/signup", {
        email: email.toUpperCase(),
        password: testPassword,
        displayName: "Dee",
      });
      expect(again.status).toBe(409);
      const rows = await server.handle.db.select().from(accounts).where(eq(accounts.email, email));
      expect(rows).toHaveLength(1);
    });

    it("stores an Argon2id hash with at least 19 MiB and two passes, never the password", async () => {
      const { email } = await signUp(server.client(), "Hash");
      const [row] = await server.handle.db.select().from(accounts).where(eq(accounts.email, email));
      expect(row?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      expect(row?.passwordHash).not.toContain(testPassword);
    });
  });

  describe("sessions", () => {
    it("sets an HttpOnly, SameSite=Lax cookie and keeps only a hash of the token", async () => {
      const client = server.client();
      const { account } = await signUp(client, "Cookie");
      const token = client.sessionCookie?.split("=")[1] ?? "";
      expect(token.length).toBeGreaterThanOrEqual(43);
      const rows = await server.handle.db.select().from(sessions).where(eq(sessions.accountId, account.id));
      expect(rows).toHaveLength(1);
      expect(rows[0]?.tokenHash).not.toBe(token);
      expect(JSON.stringify(rows)).not.toContain(token);
    });

    it("uses a __Host- Secure cookie when served over HTTPS", async () => {
      const secureServer = await startTestServer(kind, { trustProxy: { hops: 1 } });
      try {
        const response = await fetch(`${secureServer.baseUrl}/api/auth/signup`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-mend-csrf": "1", "x-forwarded-proto": "https" },
          body: JSON.stringify({ email: "secure@example.org", password: testPassword, displayName: "Sec" }),
        });
        expect(response.status).toBe(201);
        const [cookie = "", device = ""] = response.headers.getSetCookie();
        expect(cookie).toMatch(/^__Host-mend_session=/);
        expect(cookie).toMatch(/; Secure/);
        expect(cookie).toMatch(/; HttpOnly/);
        expect(cookie).toMatch(/; SameSite=Lax/);
        expect(cookie).toMatch(/; Path=\//);
        // The device cookie that keeps this browser trusted for sign-in: never readable by scripts.
        expect(device).toMatch(/^__Host-mend_device=/);
        expect(device).toMatch(/; Secure/);
        expect(device).toMatch(/; HttpOnly/);
        expect(device).toMatch(/; SameSite=Strict/);
        expect(device).toMatch(/; Path=\//);
      } finally {
        await secureServer.close();
      }
    });

    it("issues a fresh token at every login", async () => {
      const { email } = await signUp(server.client(), "Fresh");
      const first = server.client();
      const second = server.client();
      await first.post("/api/auth/login", { email, password: testPassword });
      await second.post("/api/auth/login", { email, password: testPassword });
      expect(first.sessionCookie).toBeDefined();
      expect(first.sessionCookie).not.toBe(second.sessionCookie);
    });

    it("ends the session on logout so the old cookie no longer works", async () => {
      const client = server.client();
      await signUp(client, "Leave");
      const cookie = client.sessionCookie;
      const out = await client.post("/api/auth/logout");
      expect(out.status).toBe(204);
      expect(out.headers.get("clear-site-data")).toContain("storage");
      const replay = await server.client().useCookie(cookie).get("/api/auth/session");
      expect(replay.status).toBe(401);
    });

    it("logs out of every device at once", async () => {
      const { email } = await signUp(server.client(), "Every");
      const phone = server.client();
      const laptop = server.client();
      await phone.post("/api/auth/login", { email, password: testPassword });
      await laptop.post("/api/auth/login", { email, password: testPassword });
      expect((await laptop.post("/api/auth/logout-everywhere")).status).toBe(204);
      expect((await phone.get("/api/auth/session")).status).toBe(401);
      expect((await laptop.get("/api/auth/session")).status).toBe(401);
    });

    it("expires a session after the idle timeout", async () => {
      const client = server.client();
      await signUp(client, "Idle");
      server.advance(sessionPolicy.idleTimeoutMs - 2 * 60_000);
      expect((await client.get("/api/auth/session")).status).toBe(200);
      server.advance(sessionPolicy.idleTimeoutMs + 1);
      expect((await client.get("/api/auth/session")).status).toBe(401);
    });

    it("does not count reading or an open live stream as activity, so an abandoned tab still times out", async () => {
      const client = server.client();
      await signUp(client, "Abandoned");
      const spaceId = (await buildSpace(client)).id;
      const stream = await openStream(client, `/api/spaces/${spaceId}/events/stream`);
      try {
        expect(stream.status).toBe(200);
        // Background refetches every few minutes, with the live stream open the whole time.
        const step = 5 * 60_000;
        for (let spent = step; spent < sessionPolicy.idleTimeoutMs; spent += step) {
          server.advance(step);
          expect((await client.get(`/api/spaces/${spaceId}`)).status).toBe(200);
        }
        server.advance(step);
        expect((await client.get("/api/auth/session")).status).toBe(401);
      } finally {
        stream.close();
      }
    });

    it("counts what the person does (the keep-alive sent while they type, or any change) as activity", async () => {
      const client = server.client();
      await signUp(client, "Writer");
      const step = sessionPolicy.idleTimeoutMs - 5 * 60_000;
      server.advance(step);
      expect((await client.post("/api/auth/activity")).status).toBe(204);
      server.advance(step);
      await buildSpace(client);
      server.advance(step);
      expect((await client.get("/api/auth/session")).status).toBe(200);
      server.advance(sessionPolicy.idleTimeoutMs);
      expect((await client.post("/api/auth/activity")).status).toBe(401);
    });

    it("refuses a page's request when another account has signed in on the same browser since", async () => {
      const client = server.client();
      const { email } = await signUp(client, "First");
      const first = (await client.get("/api/auth/session")).body.account.id as string;
      const second = server.client();
      await signUp(second, "Second");
      const secondId = (await second.get("/api/auth/session")).body.account.id as string;
      expect(
        (await client.request("GET", "/api/auth/session", undefined, { "x-mend-account": first })).status,
      ).toBe(200);
      const refused = await client.request("POST", "/api/auth/activity", undefined, {
        "x-mend-account": secondId,
      });
      expect(refused.status).toBe(401);
      expect(refused.body.error.code).toBe("not_signed_in");
      // Signing in is public: a page that believed someone else was signed in can still sign in.
      const login = await client.request(
        "POST",
        "/api/auth/login",
        { email, password: testPassword },
        { "x-mend-account": secondId },
      );
      expect(login.status).toBe(200);
    });

    it("expires a session after the absolute timeout even when it is in use", async () => {
      const client = server.client();
      await signUp(client, "Busy");
      const step = sessionPolicy.idleTimeoutMs / 2;
      for (let spent = 0; spent < sessionPolicy.absoluteTimeoutMs - step; spent += step) {
        server.advance(step);
        expect((await client.post("/api/auth/activity")).status).toBe(204);
      }
      server.advance(step + 1);
      expect((await client.get("/api/auth/session")).status).toBe(401);
    });
  });

  describe("login", () => {
    it("gives the same message for an unknown email and a wrong password", async () => {
      const { email } = await signUp(server.client(), "Same");
      const unknown = await server
        .client()
        .post("/api/auth/login", { email: "nobody@example.org", password: "whatever it is" });
      const wrong = await server.client().post("/api/auth/login", { email, password: "not the password" });
      expect(unknown.status).toBe(400);
      expect(wrong.status).toBe(400);
      expect(unknown.body).toEqual(wrong.body);
    });

    it("backs off after repeated failures, for a new browser too, but never locks the owner out", async () => {
      const { email } = await signUp(server.client(), "Throttle");
      const attacker = server.client();
      let last = await attacker.post("/api/auth/login", { email, password: "guess 0 wrong" });
      for (let i = 1; i < 12 && last.status !== 429; i++) {
        last = await attacker.post("/api/auth/login", { email, password: `guess ${i} wrong` });
      }
      expect(last.status).toBe(429);
      expect(Number(last.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(last.body.error.message).toMatch(/wait/);
      const owner = server.client();
      expect((await owner.post("/api/auth/login", { email, password: testPassword })).status).toBe(429);
      server.advance(61_000);
      expect((await owner.post("/api/auth/login", { email, password: testPassword })).status).toBe(200);
    });

    it("upgrades a hash made with weaker settings at the next login", async () => {
      const { email, account } = await signUp(server.client(), "Upgrade");
      const { hash } = await import("@node-rs/argon2");
      const weak = await hash(testPassword, { memoryCost: 8192, timeCost: 1, parallelism: 1 });
      await server.handle.db.update(accounts).set({ passwordHash: weak }).where(eq(accounts.id, account.id));
      expect((await server.client().post("/api/auth/login", { email, password: testPassword })).status).toBe(
        200,
      );
      const [row] = await server.handle.db.select().from(accounts).where(eq(accounts.id, account.id));
      expect(row?.passwordHash).toMatch(/m=19456,t=2/);
      expect(row?.passwordHash).not.toBe(await hashPassword("unrelated"));
    });
  });

  describe("request forgery", () => {
    it("refuses a state change without Mend's CSRF header", async () => {
      const response = await fetch(`${server.baseUrl}/api/auth/signup`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "csrf@example.org", password: testPassword, displayName: "C" }),
      });
      expect(response.status).toBe(403);
      const rows = await server.handle.db
        .select()
        .from(accounts)
        .where(eq(accounts.email, "csrf@example.org"));
      expect(rows).toHaveLength(0);
    });

    it("refuses a state change from another origin", async () => {
      const response = await server
        .client()
        .post(
          "/api/auth/signup",
          { email: "origin@example.org", password: testPassword, displayName: "O" },
          { origin: "https://evil.example" },
        );
      expect(response.status).toBe(403);
    });

    it("refuses a form-encoded body", async () => {
      const response = await fetch(`${server.baseUrl}/api/auth/login`, {
        method: "POST",
        headers: { "content-type": "text/plain", "x-mend-csrf": "1" },
        body: "email=a@b.c&password=x",
      });
      expect(response.status).toBe(415);
    });
  });

  it("never writes passwords, tokens or names into its logs", async () => {
    const client = server.client();
    const canaryPassword = "canary passphrase for logs";
    await client.post("/api/auth/signup", {
      email: "canary-logs@example.org",
      password: canaryPassword,
      displayName: "CanaryName",
    });
    await client.post("/api/auth/login", {
      email: "canary-logs@example.org",
      password: "canary wrong guess",
    });
    const token = client.sessionCookie?.split("=")[1] ?? "no token";
    const logs = server.logs();
    expect(logs).toContain("auth.signup");
    for (const secret of [
      canaryPassword,
      "canary wrong guess",
      token,
      "CanaryName",
      "canary-logs@example.org",
    ]) {
      expect(logs).not.toContain(secret);
    }
  });
});
