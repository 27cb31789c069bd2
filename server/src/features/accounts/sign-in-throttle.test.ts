import { randomBytes } from "node:crypto";
import { throttlePolicy } from "@mend/core/accounts/login-throttle";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import { signUp, testPassword } from "../../../test/support/factories.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";

const wrong = (i: number) => `not the password, try ${i}`;

describe.each(databaseKinds)("sign-in throttle on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());
  // Every request here comes from one address: start each test after the last one's window closed.
  beforeEach(() => server.advance(throttlePolicy.ip.windowMs + 1));

  const login = (client = server.client(), email: string, password: string) =>
    client.post("/api/auth/login", { email, password });

  /** Resolves once the server has received `count` more sign-in requests than it had at `since`. */
  async function receivedSignIns(since: number, count: number): Promise<void> {
    while (countSignIns() < since + count) await new Promise((resolve) => setTimeout(resolve, 2));
  }
  const countSignIns = () =>
    server
      .logs()
      .split("\n")
      .filter((line) => line.includes('"incoming request"') && line.includes("/api/auth/login")).length;

  describe("guesses sent in parallel", () => {
    it("checks no more passwords than the policy allows, however many arrive at once", async () => {
      const { email } = await signUp(server.client(), "Parallel");
      const statuses = (
        await Promise.all(Array.from({ length: 40 }, (_, i) => login(undefined, email, wrong(i))))
      ).map((response) => response.status);
      const checked = statuses.filter((status) => status === 400).length;
      expect(checked).toBe(throttlePolicy.account.freeFailures + 1);
      expect(statuses.filter((status) => status === 429)).toHaveLength(40 - checked);
    });

    it("does not let the right password in ahead of its delay at the end of a burst", async () => {
      const { email } = await signUp(server.client(), "Burst");
      const before = countSignIns();
      const burst = Array.from({ length: 29 }, (_, i) => login(undefined, email, wrong(i)));
      await Promise.all([receivedSignIns(before, burst.length), Promise.race(burst)]);
      const right = await login(undefined, email, testPassword);
      await Promise.all(burst);
      expect(right.status).toBe(429);
      const wait = Number(right.headers.get("retry-after"));
      expect(wait).toBeGreaterThan(0);
      server.advance(wait * 1000);
      expect((await login(undefined, email, testPassword)).status).toBe(200);
    });
  });

  describe("device cookies", () => {
    async function trustedOwner(name: string) {
      const { email } = await signUp(server.client(), name);
      const owner = server.client();
      expect((await login(owner, email, testPassword)).status).toBe(200);
      expect(owner.deviceCookie).toBeDefined();
      await owner.post("/api/auth/logout");
      return { email, owner };
    }

    /** Wrong passwords from a browser that never signed in, until one is refused. */
    async function hammer(email: string) {
      const attacker = server.client();
      let last = await login(attacker, email, wrong(0));
      for (let i = 1; i < 30 && last.status !== 429; i++) last = await login(attacker, email, wrong(i));
      expect(last.status).toBe(429);
      return attacker;
    }

    it("lets a browser that signed in before in at once while another hammers the account", async () => {
      const { email, owner } = await trustedOwner("Trusted");
      const attacker = await hammer(email);
      // A new browser waits, as every untrusted client of this account now does.
      expect((await login(server.client(), email, testPassword)).status).toBe(429);
      for (let round = 0; round < 3; round++) {
        expect((await login(attacker, email, wrong(100 + round))).status).toBe(429);
        const signedIn = await login(owner, email, testPassword);
        expect(signedIn.status).toBe(200);
        expect((await owner.get("/api/auth/session")).body.account.email).toBe(email);
        await owner.post("/api/auth/logout");
      }
    });

    it("gives nothing to a device cookie earned on another account", async () => {
      const { email } = await trustedOwner("Victim");
      const attacker = await hammer(email);
      await signUp(attacker, "Attacker");
      expect(attacker.deviceCookie).toBeDefined();
      expect((await login(attacker, email, testPassword)).status).toBe(429);
    });

    it("treats a tampered device cookie as no cookie", async () => {
      const { email, owner } = await trustedOwner("Tamper");
      await hammer(email);
      const [name = "", value = ""] = (owner.deviceCookie ?? "").split("=");
      // Another random part under the same signature.
      const forged = `${name}=${value.startsWith("A") ? "B" : "A"}${value.slice(1)}`;
      expect((await login(server.client().withCookie(forged), email, testPassword)).status).toBe(429);
    });

    it("still delays guesses made on a trusted browser, on that browser alone", async () => {
      const { email, owner } = await trustedOwner("Stolen");
      const statuses: number[] = [];
      for (let i = 0; i < throttlePolicy.device.freeFailures + 2; i++)
        statuses.push((await login(owner, email, wrong(i))).status);
      expect(statuses.at(-1)).toBe(429);
      expect(statuses.filter((status) => status === 400)).toHaveLength(
        throttlePolicy.device.freeFailures + 1,
      );
      expect((await login(server.client(), email, testPassword)).status).toBe(200);
    });

    it("keeps one entry per account, so two people on one computer both stay trusted", async () => {
      const first = await trustedOwner("Sharing");
      const { email: otherEmail } = await signUp(server.client(), "Other");
      const shared = first.owner;
      expect((await login(shared, otherEmail, testPassword)).status).toBe(200);
      await shared.post("/api/auth/logout");
      await hammer(first.email);
      await hammer(otherEmail);
      expect((await login(shared, first.email, testPassword)).status).toBe(200);
      await shared.post("/api/auth/logout");
      expect((await login(shared, otherEmail, testPassword)).status).toBe(200);
      expect(shared.deviceCookie).not.toContain(first.email);
      expect(shared.deviceCookie).not.toContain(otherEmail);
    });

    it("asks again before deleting an account within the same budgets as sign-in", async () => {
      const { email } = await signUp(server.client(), "Deleting");
      const holder = server.client();
      await login(holder, email, testPassword);
      const statuses = await Promise.all(
        Array.from({ length: 20 }, (_, i) => holder.post("/api/account/delete", { password: wrong(i) })),
      );
      expect(statuses.filter((response) => response.status === 400)).toHaveLength(
        throttlePolicy.device.freeFailures + 1,
      );
    });
  });

  describe("behind one proxy", () => {
    let proxied: TestServer;
    beforeAll(async () => {
      proxied = await startTestServer(kind, { trustProxy: { hops: 1 } });
    });
    afterAll(() => proxied?.close());

    it("throttles by the address the proxy saw, whatever the client writes before it", async () => {
      const client = proxied.client();
      const statuses: number[] = [];
      for (let i = 0; i < throttlePolicy.ip.freeFailures + 2; i++) {
        const spoofed = `198.51.100.${i + 1}`;
        const response = await client.post(
          "/api/auth/login",
          { email: `nobody-${randomBytes(4).toString("hex")}@example.org`, password: wrong(i) },
          { "x-forwarded-for": `${spoofed}, 203.0.113.7` },
        );
        statuses.push(response.status);
      }
      expect(statuses.slice(0, throttlePolicy.ip.freeFailures + 1).every((status) => status === 400)).toBe(
        true,
      );
      expect(statuses.at(-1)).toBe(429);
      const elsewhere = await client.post(
        "/api/auth/login",
        { email: "someone-else@example.org", password: wrong(0) },
        { "x-forwarded-for": "203.0.113.8" },
      );
      expect(elsewhere.status).toBe(400);
    });
  });
});
