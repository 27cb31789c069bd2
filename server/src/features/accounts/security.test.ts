import { createHash } from "node:crypto";
import { makeRecoveryCodes, recoveryCodeProof } from "@mend/core/vault/recovery-codes";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import {
  buildSpace,
  deriveLikeBrowser,
  invite,
  makeCodesLikeBrowser,
  signUp,
  testPassword,
} from "../../../test/support/factories.ts";
import type { TestClient } from "../../../test/support/http-client.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";
import { accountOperations, resetLinkLifetimeMs } from "./operator.ts";
import { redeemRecoveryCode } from "./recovery-codes.ts";
import { passwordResetLinks, recoveryCodes, sessions } from "./tables.ts";

const newPassword = "a different and longer evening";
const firefoxOnWindows = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
const safariOnIphone =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

async function logIn(
  client: TestClient,
  email: string,
  password = testPassword,
  userAgent = firefoxOnWindows,
) {
  return client.request("POST", "/api/auth/login", { email, password }, { "user-agent": userAgent });
}

async function history(client: TestClient): Promise<string[]> {
  const response = await client.get("/api/account/security");
  return (response.body.history as { kind: string }[]).map((event) => event.kind);
}

describe.each(databaseKinds)("account security on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  const operations = () =>
    accountOperations({ db: server.handle.db, clock: () => new Date("2026-05-04T09:00:00Z") });

  describe("changing the password", () => {
    it("needs the current password, ends every other session and says how many", async () => {
      const { email } = await signUp(server.client(), "Change");
      const here = server.client();
      const phone = server.client();
      await logIn(here, email);
      await logIn(phone, email, testPassword, safariOnIphone);
      const changed = await here.post("/api/account/password", {
        currentPassword: testPassword,
        newPassword,
      });
      expect(changed.status).toBe(200);
      expect(changed.body.otherSessionsEnded).toBe(2);
      expect((await phone.get("/api/auth/session")).status).toBe(401);
      expect((await here.get("/api/auth/session")).status).toBe(200);
      expect((await logIn(server.client(), email)).status).toBe(400);
      expect((await logIn(server.client(), email, newPassword)).status).toBe(200);
      expect(await history(here)).toContain("password_changed");
    });

    it("refuses a wrong current password and changes nothing", async () => {
      const client = server.client();
      const { email } = await signUp(client, "Wrong");
      const other = server.client();
      await logIn(other, email);
      const refused = await client.post("/api/account/password", {
        currentPassword: "not my password at all",
        newPassword,
      });
      expect(refused.status).toBe(400);
      expect(refused.body.error.fields.currentPassword).toMatch(/current password/);
      expect((await other.get("/api/auth/session")).status).toBe(200);
      expect((await logIn(server.client(), email)).status).toBe(200);
      expect(await history(client)).not.toContain("password_changed");
    });

    it("refuses a weak new password with the policy's words", async () => {
      const client = server.client();
      await signUp(client, "Weak");
      const refused = await client.post("/api/account/password", {
        currentPassword: testPassword,
        newPassword: "password123",
      });
      expect(refused.status).toBe(400);
      expect(refused.body.error.fields.newPassword).toMatch(/commonly used/);
    });
  });

  describe("changing email and name", () => {
    it("changes the email with the password, ends other sessions, and says when an email is taken", async () => {
      const client = server.client();
      const { email } = await signUp(client, "Mover");
      const { email: taken } = await signUp(server.client(), "Holder");
      const other = server.client();
      await logIn(other, email);

      const wrong = await client.post("/api/account/email", {
        email: "mover-new@example.org",
        password: "nope nope nope",
      });
      expect(wrong.status).toBe(400);
      const clash = await client.post("/api/account/email", {
        email: taken.toUpperCase(),
        password: testPassword,
      });
      expect(clash.status).toBe(409);
      expect(clash.body.error.message).toMatch(/already uses that email/);
      expect((await other.get("/api/auth/session")).status).toBe(200);

      const moved = await client.post("/api/account/email", {
        email: "Mover-New@example.org",
        password: testPassword,
      });
      expect(moved.status).toBe(200);
      expect(moved.body.account.email).toBe("mover-new@example.org");
      expect(moved.body.otherSessionsEnded).toBe(1);
      expect((await other.get("/api/auth/session")).status).toBe(401);
      expect((await logIn(server.client(), "mover-new@example.org")).status).toBe(200);
      expect((await logIn(server.client(), email)).status).toBe(400);
      expect(await history(client)).toContain("email_changed");
    });

    it("changes the name without ending anything", async () => {
      const client = server.client();
      await signUp(client, "Named");
      const renamed = await client.post("/api/account/name", { displayName: "  Sunny " });
      expect(renamed.status).toBe(200);
      expect((await client.get("/api/auth/session")).body.account.displayName).toBe("Sunny");
      expect((await client.post("/api/account/name", { displayName: " " })).status).toBe(400);
    });
  });

  describe("where you are signed in", () => {
    it("lists each session by browser and system only, marks this one, and ends one or all others", async () => {
      const { email, account } = await signUp(server.client(), "Seen");
      const laptop = server.client();
      const phone = server.client();
      const tablet = server.client();
      await logIn(laptop, email);
      await logIn(phone, email, testPassword, safariOnIphone);
      await logIn(tablet, email);
      const view = (await laptop.get("/api/account/security")).body;
      expect(view.sessions).toHaveLength(4);
      const current = view.sessions.filter((session: { current: boolean }) => session.current);
      expect(current).toEqual([expect.objectContaining({ browser: "Firefox", os: "Windows" })]);
      expect(view.sessions).toContainEqual(
        expect.objectContaining({ browser: "Safari", os: "iOS", current: false }),
      );
      const stored = await server.handle.db.select().from(sessions).where(eq(sessions.accountId, account.id));
      expect(JSON.stringify(stored)).not.toMatch(/Mozilla|133\.0|127\.0\.0\.1/);

      const phoneId = view.sessions.find((session: { os: string }) => session.os === "iOS").id;
      expect((await laptop.post(`/api/account/sessions/${phoneId}/end`)).status).toBe(204);
      expect((await phone.get("/api/auth/session")).status).toBe(401);
      expect((await laptop.post(`/api/account/sessions/${phoneId}/end`)).status).toBe(404);
      expect((await laptop.post(`/api/account/sessions/${current[0].id}/end`)).status).toBe(400);

      const others = await laptop.post("/api/account/sessions/end-others");
      expect(others.body.otherSessionsEnded).toBe(2);
      expect((await tablet.get("/api/auth/session")).status).toBe(401);
      expect((await laptop.get("/api/account/security")).body.sessions).toHaveLength(1);
      expect(await history(laptop)).toEqual(
        expect.arrayContaining(["session_ended", "other_sessions_ended"]),
      );
    });

    it("never lets anyone end, or see, another account's sessions", async () => {
      const owner = server.client();
      await signUp(owner, "Owner");
      const ownerSession = (await owner.get("/api/account/security")).body.sessions[0].id;
      const other = server.client();
      await signUp(other, "Other");
      expect((await other.post(`/api/account/sessions/${ownerSession}/end`)).status).toBe(404);
      expect((await owner.get("/api/auth/session")).status).toBe(200);
      const seen = (await other.get("/api/account/security")).body;
      expect(seen.sessions.map((session: { id: string }) => session.id)).not.toContain(ownerSession);
    });
  });

  describe("recovery codes", () => {
    it("keeps ten codes made in the browser as hashes of what each is checked by, never the codes", async () => {
      const { account, recoveryCodes: codes } = await signUp(server.client(), "Codes");
      expect(codes).toHaveLength(10);
      expect(new Set(codes).size).toBe(10);
      for (const code of codes) expect(code.replace(/-/g, "")).toMatch(/^[0-9a-f]{32}$/);
      const stored = await server.handle.db
        .select()
        .from(recoveryCodes)
        .where(eq(recoveryCodes.accountId, account.id));
      expect(stored).toHaveLength(10);
      for (const code of codes) expect(JSON.stringify(stored)).not.toContain(code.replace(/-/g, ""));
      // Made while the account had no vault, so none of them wraps a key.
      expect(stored.every((row) => row.wrappedVaultKey === null)).toBe(true);
    });

    it("refuses a set that is not ten different codes, and changes nothing", async () => {
      const client = server.client();
      const { email, recoveryCodes: codes } = await signUp(client, "Nine");
      const { stored } = await makeRecoveryCodes("someone", null);
      for (const codesSent of [stored.slice(1), [...stored.slice(1), stored[1]], [{ auth: "short" }]]) {
        const refused = await client.post("/api/account/recovery-codes", {
          password: testPassword,
          codes: codesSent,
        });
        expect(refused.status).toBe(400);
      }
      const recovered = await server.client().post("/api/auth/recover", {
        email,
        recoveryCode: await recoveryCodeProof(codes[0] ?? ""),
        newPassword,
      });
      expect(recovered.status).toBe(204);
    });

    it("still accepts a code the server made before the vault, which opens no vault", async () => {
      const { email, account } = await signUp(server.client(), "Older");
      const serverMade = "0a1b-2c3d-4e5f-6071-8293-a4b5-c6d7-e8f9";
      // As the migration leaves such a code: SHA-256 of the SHA-256 of the code, with no wrap.
      const once = createHash("sha256").update(serverMade.replaceAll("-", "")).digest();
      await server.handle.db.insert(recoveryCodes).values({
        accountId: account.id,
        codeHash: createHash("sha256").update(once).digest("hex"),
        createdAt: new Date(),
      });
      const proof = await recoveryCodeProof(serverMade.toUpperCase());
      const asked = await server.client().post("/api/auth/recover/vault-key", { email, recoveryCode: proof });
      expect(asked.status).toBe(200);
      expect(asked.body).toEqual({ accountId: account.id, wrappedVaultKey: null });
      const recovered = await server
        .client()
        .post("/api/auth/recover", { email, recoveryCode: proof, newPassword });
      expect(recovered.status).toBe(204);
      const back = server.client();
      expect((await logIn(back, email, newPassword)).status).toBe(200);
      expect((await back.get("/api/account/security")).body).toMatchObject({
        recoveryCodesLeft: 10,
        recoveryCodesOpenVault: false,
      });
    });

    it("recovers an account with a code, ends every session, and refuses the same code again", async () => {
      const { email, recoveryCodes: codes } = await signUp(server.client(), "Lost");
      const forgotten = server.client();
      await logIn(forgotten, email);
      const code = await recoveryCodeProof((codes[0] ?? "").toUpperCase().replace(/-/g, " "));
      const recovered = await server
        .client()
        .post("/api/auth/recover", { email, recoveryCode: code, newPassword });
      expect(recovered.status).toBe(204);
      expect((await forgotten.get("/api/auth/session")).status).toBe(401);
      const back = server.client();
      expect((await logIn(back, email, newPassword)).status).toBe(200);
      const view = (await back.get("/api/account/security")).body;
      expect(view.recoveryCodesLeft).toBe(9);
      expect(view.history.map((event: { kind: string }) => event.kind)).toContain("recovered_with_code");

      const again = await server
        .client()
        .post("/api/auth/recover", { email, recoveryCode: code, newPassword: testPassword });
      expect(again.status).toBe(400);
      expect((await logIn(server.client(), email, newPassword)).status).toBe(200);
    });

    it("answers an unknown email exactly as a wrong code", async () => {
      const { email } = await signUp(server.client(), "Same");
      const recoveryCode = await recoveryCodeProof("0000-0000-0000-0000-0000-0000-0000-0000");
      const wrongCode = await server.client().post("/api/auth/recover", { email, recoveryCode, newPassword });
      const noAccount = await server.client().post("/api/auth/recover", {
        email: "nobody-here@example.org",
        recoveryCode,
        newPassword,
      });
      const wrongAsked = await server.client().post("/api/auth/recover/vault-key", { email, recoveryCode });
      const noAccountAsked = await server
        .client()
        .post("/api/auth/recover/vault-key", { email: "nobody-here@example.org", recoveryCode });
      expect(wrongAsked.status).toBe(400);
      expect(noAccountAsked.body).toEqual(wrongAsked.body);
      expect(wrongAsked.body).toEqual(wrongCode.body);
      expect(wrongCode.status).toBe(400);
      expect(noAccount.status).toBe(wrongCode.status);
      expect(noAccount.body).toEqual(wrongCode.body);
    });

    it("throttles guesses like password attempts", async () => {
      const { email } = await signUp(server.client(), "Guessed");
      const guesser = server.client();
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 8; attempt++) {
        const response = await guesser.post("/api/auth/recover", {
          email,
          recoveryCode: await recoveryCodeProof(`${attempt}`.padStart(32, "0")),
          newPassword,
        });
        statuses.push(response.status);
      }
      expect(statuses).toContain(429);
    });

    it("makes new codes only with the password; the old ones stop working", async () => {
      const client = server.client();
      const { email, recoveryCodes: old } = await signUp(client, "Fresh");
      const { stored } = await makeRecoveryCodes("someone", null);
      expect(
        (await client.post("/api/account/recovery-codes", { password: "wrong wrong wrong", codes: stored }))
          .status,
      ).toBe(400);
      const made = await makeCodesLikeBrowser(client, "someone", testPassword, null);
      expect(made).toHaveLength(10);
      const stale = await server.client().post("/api/auth/recover", {
        email,
        recoveryCode: await recoveryCodeProof(old[1] ?? ""),
        newPassword,
      });
      expect(stale.status).toBe(400);
      const fresh = await server.client().post("/api/auth/recover", {
        email,
        recoveryCode: await recoveryCodeProof(made[0] ?? ""),
        newPassword,
      });
      expect(fresh.status).toBe(204);
    });

    it("spends a code only once even when two tries race, and only inside the caller's transaction", async () => {
      const { account, recoveryCodes: codes } = await signUp(server.client(), "Race");
      const code = await recoveryCodeProof(codes[2] ?? "");
      const now = new Date("2026-05-04T09:00:00Z");
      const results = await Promise.all([
        redeemRecoveryCode(server.handle.db, account.id, code, now),
        redeemRecoveryCode(server.handle.db, account.id, code, now),
      ]);
      expect(results.filter(Boolean)).toHaveLength(1);
      const rolledBack = await recoveryCodeProof(codes[3] ?? "");
      await server.handle.db
        .transaction(async (tx) => {
          expect(await redeemRecoveryCode(tx, account.id, rolledBack, now)).toEqual({
            wrappedVaultKey: null,
          });
          throw new Error("the step after the code failed");
        })
        .catch(() => undefined);
      expect(await redeemRecoveryCode(server.handle.db, account.id, rolledBack, now)).toEqual({
        wrappedVaultKey: null,
      });
    });
  });

  describe("reset links from whoever runs Mend", () => {
    it("lets the person choose a new password once, within the hour, and ends every session", async () => {
      const client = server.client();
      const { email, account } = await signUp(client, "Reset");
      const { token } = await operations().makeResetLink(email);
      const stored = await server.handle.db
        .select()
        .from(passwordResetLinks)
        .where(eq(passwordResetLinks.accountId, account.id));
      expect(JSON.stringify(stored)).not.toContain(token);
      expect(Buffer.from(token, "base64url").length).toBeGreaterThanOrEqual(16);

      // The page asks first whether the link works; asking, even twice, does not use it.
      const check = () => server.client().post("/api/auth/reset-password/check", { token });
      expect((await check()).status).toBe(204);
      expect((await check()).status).toBe(204);
      expect((await server.client().post("/api/auth/reset-password/check", { token: "" })).status).toBe(400);

      const used = await server.client().post("/api/auth/reset-password", { token, newPassword });
      expect(used.status).toBe(204);
      expect((await check()).status).toBe(410);
      expect((await client.get("/api/auth/session")).status).toBe(401);
      const back = server.client();
      expect((await logIn(back, email, newPassword)).status).toBe(200);
      expect(await history(back)).toEqual(
        expect.arrayContaining(["reset_link_made", "password_reset_by_link"]),
      );

      const reused = await server
        .client()
        .post("/api/auth/reset-password", { token, newPassword: testPassword });
      expect(reused.status).toBe(410);
      expect((await logIn(server.client(), email, newPassword)).status).toBe(200);
    });

    it("refuses an expired link, a made-up one, and one made before a password change", async () => {
      const client = server.client();
      const { email } = await signUp(client, "Late");
      const expired = await operations().makeResetLink(email);
      server.advance(resetLinkLifetimeMs + 1000);
      expect(
        (await server.client().post("/api/auth/reset-password", { token: expired.token, newPassword }))
          .status,
      ).toBe(410);
      expect(
        (await server.client().post("/api/auth/reset-password", { token: "made-up", newPassword })).status,
      ).toBe(410);
      for (const token of [expired.token, "made-up"]) {
        expect((await server.client().post("/api/auth/reset-password/check", { token })).status).toBe(410);
      }

      const active = server.client();
      await logIn(active, email);
      const superseded = await accountOperations({
        db: server.handle.db,
        clock: () => new Date(),
      }).makeResetLink(email);
      await active.post("/api/account/password", { currentPassword: testPassword, newPassword });
      const late = await server
        .client()
        .post("/api/auth/reset-password", { token: superseded.token, newPassword: testPassword });
      expect(late.status).toBe(410);
    });
  });

  describe("disabled accounts", () => {
    it("end their sessions, cannot sign in, recover or reset, and say so only after a right password", async () => {
      const client = server.client();
      const { email, recoveryCodes: codes } = await signUp(client, "Paused");
      const paused = await recoveryCodeProof(codes[0] ?? "");
      const { token } = await accountOperations({
        db: server.handle.db,
        clock: () => new Date(),
      }).makeResetLink(email);
      await operations().disable(email);
      expect((await client.get("/api/auth/session")).status).toBe(401);
      const right = await logIn(server.client(), email);
      expect(right.status).toBe(403);
      expect(right.body.error.message).toMatch(/switched off/);
      const wrong = await logIn(server.client(), email, "not the password at all");
      expect(wrong.status).toBe(400);
      expect(
        (await server.client().post("/api/auth/recover", { email, recoveryCode: paused, newPassword }))
          .status,
      ).toBe(403);
      expect((await server.client().post("/api/auth/reset-password", { token, newPassword })).status).toBe(
        403,
      );

      await operations().enable(email);
      const back = server.client();
      expect((await logIn(back, email)).status).toBe(200);
      expect(await history(back)).toEqual(expect.arrayContaining(["account_disabled", "account_enabled"]));
      // The code was not spent while the account was off.
      expect(
        (await server.client().post("/api/auth/recover", { email, recoveryCode: paused, newPassword }))
          .status,
      ).toBe(204);
    });
  });

  it("records signing out everywhere in the owner's history, and shows the history to nobody else", async () => {
    const client = server.client();
    const { email } = await signUp(client, "Private");
    server.advance(1000);
    await client.post("/api/auth/logout-everywhere");
    const back = server.client();
    await logIn(back, email);
    expect(await history(back)).toEqual(["signed_out_everywhere", "recovery_codes_made"]);
    expect((await server.client().get("/api/account/security")).status).toBe(401);
  });
});

describe.each(databaseKinds)("sign-up policies on %s", (kind) => {
  it("open lets anyone sign up", async () => {
    const server = await startTestServer(kind, { signup: "open" });
    try {
      expect((await server.client().get("/api/config")).body.signup).toBe("open");
      await signUp(server.client(), "Anyone");
    } finally {
      await server.close();
    }
  });

  it("invite lets the first account in, then only people holding a usable invitation link", async () => {
    const server = await startTestServer(kind, { signup: "invite" });
    try {
      expect((await server.client().get("/api/config")).body.signup).toBe("open");
      const first = server.client();
      await signUp(first, "First");
      expect((await server.client().get("/api/config")).body.signup).toBe("invite");

      const body = { email: "second@example.org", password: testPassword, displayName: "Second" };
      const uninvited = await server.client().post("/api/auth/signup", body);
      expect(uninvited.status).toBe(403);
      expect(uninvited.body.error.message).toMatch(/invitation link/);
      const madeUp = await server.client().post("/api/auth/signup", { ...body, invitationToken: "made-up" });
      expect(madeUp.status).toBe(403);

      const space = await buildSpace(first);
      const { token } = await invite(first, space.id);
      const invited = await server.client().post("/api/auth/signup", { ...body, invitationToken: token });
      expect(invited.status).toBe(201);

      // One link makes one account, even before it is accepted; a refused sign-up makes none.
      const again = await server
        .client()
        .post("/api/auth/signup", { ...body, email: "third@example.org", invitationToken: token });
      expect(again.status).toBe(403);
      expect(again.body.error.message).toMatch(/already made one/);
      expect((await logIn(server.client(), "third@example.org")).status).toBe(400);

      // A sign-up refused for its email does not spend the link it came with.
      const second = await invite(first, (await buildSpace(first)).id);
      const taken = await server
        .client()
        .post("/api/auth/signup", { ...body, invitationToken: second.token });
      expect(taken.status).toBe(409);
      const fresh = await server
        .client()
        .post("/api/auth/signup", { ...body, email: "fourth@example.org", invitationToken: second.token });
      expect(fresh.status).toBe(201);
    } finally {
      await server.close();
    }
  });

  // Only PostgreSQL serves requests side by side; the embedded database runs one transaction at a time.
  it.runIf(kind === "postgres")(
    "makes simultaneous sign-ups on an invite-only Mend wait their turn, so only one can be its first account",
    async () => {
      const server = await startTestServer(kind, { signup: "invite" });
      try {
        const signup = (name: string) =>
          server.client().post("/api/auth/signup", {
            email: `${name}@example.org`,
            password: testPassword,
            displayName: name,
          });
        let first: Awaited<ReturnType<typeof signup>> | undefined;
        await server.handle.db.transaction(async (tx) => {
          // Another sign-up is between its check and its account: this one must wait for it.
          await tx.execute(sql`select pg_advisory_xact_lock(hashtext('mend.invite-only-signup'))`);
          const waiting = signup("first").then((answer) => {
            first = answer;
          });
          await new Promise((resolve) => setTimeout(resolve, 1_500));
          expect(first).toBeUndefined();
          await tx.execute(sql`insert into accounts (email, password_hash, display_name)
            values ('other-first@example.org', 'not a real hash', 'Other')`);
          void waiting;
        });
        await expect.poll(() => first?.status, { timeout: 10_000 }).toBe(403);
      } finally {
        await server.close();
      }
    },
  );

  it("closed lets nobody sign up, not even the first, while operator-made accounts log in", async () => {
    const server = await startTestServer(kind, { signup: "closed" });
    try {
      expect((await server.client().get("/api/config")).body.signup).toBe("closed");
      const refused = await server.client().post("/api/auth/signup", {
        email: "closed@example.org",
        password: testPassword,
        displayName: "Closed",
      });
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toMatch(/whoever runs it/);
      await accountOperations({ db: server.handle.db, clock: () => new Date() }).create({
        email: "made@example.org",
        password: testPassword,
        displayName: "Made",
      });
      const client = server.client();
      // The account derives keys like a browser-made one: the browser's authentication key signs in.
      const { authSecret } = await deriveLikeBrowser(client, "made@example.org", testPassword);
      const signedIn = await client.post("/api/auth/login", {
        email: "made@example.org",
        password: authSecret,
      });
      expect(signedIn.status).toBe(200);
      expect(await history(client)).toEqual(["account_created_by_operator"]);
    } finally {
      await server.close();
    }
  });
});
