import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import { buildSpace, invite, signUp, testPassword } from "../../../test/support/factories.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";
import { sealedItem } from "../../../test/support/vault.ts";
import { accounts, sessions } from "../accounts/tables.ts";
import { unsentLetters } from "../forgiveness/tables.ts";
import { spaceMembers, spaces } from "../spaces/tables.ts";

describe.each(databaseKinds)("deleting one's own account on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  async function pair() {
    const robin = server.client();
    const kit = server.client();
    const robinSignup = await signUp(robin, "Robin");
    await signUp(kit, "Kit");
    const space = await buildSpace(robin);
    const { token } = await invite(robin, space.id);
    await kit.post("/api/invitations/accept", { token, view: "them" });
    return { robin, kit, spaceId: space.id, robinEmail: robinSignup.email, robinId: robinSignup.account.id };
  }

  it("answers 401 without a session", async () => {
    expect((await server.client().post("/api/account/delete", { password: testPassword })).status).toBe(401);
  });

  it("asks for the password again, and deletes nothing when it's wrong or missing", async () => {
    const { robin, robinId } = await pair();
    const wrong = await robin.post("/api/account/delete", { password: "not my password at all" });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.message).toBe("That password isn't right. Nothing was deleted; try again.");
    expect((await robin.post("/api/account/delete", {})).status).toBe(400);
    expect((await robin.get("/api/auth/session")).status).toBe(200);
    expect(await server.handle.db.select().from(accounts).where(eq(accounts.id, robinId))).toHaveLength(1);
  });

  it("removes the person's rows and sessions, and leaves the other person's things alone", async () => {
    const { robin, kit, spaceId, robinEmail, robinId } = await pair();
    await robin.post(`/api/spaces/${spaceId}/letters`, await sealedItem("unsent-letter", "Robin's letter"));
    const kitLetter = await sealedItem("unsent-letter", "Kit's letter");
    await kit.post(`/api/spaces/${spaceId}/letters`, kitLetter);
    await robin.post(`/api/spaces/${spaceId}/appreciations`, { text: "From Robin." });
    await kit.post(`/api/spaces/${spaceId}/appreciations`, { text: "From Kit." });
    const plan = await robin.post(`/api/spaces/${spaceId}/time-together`, { title: "Dinner" });
    await kit.post(`/api/spaces/${spaceId}/time-together/${plan.body.id}/done`);
    const soloSpace = await buildSpace(robin);

    const deleted = await robin.post("/api/account/delete", { password: testPassword });
    expect(deleted.status).toBe(204);
    expect(deleted.headers.get("clear-site-data")).toBe('"cache", "storage"');

    expect((await robin.get("/api/auth/session")).status).toBe(401);
    expect((await robin.post("/api/auth/login", { email: robinEmail, password: testPassword })).status).toBe(
      400,
    );
    const db = server.handle.db;
    expect(await db.select().from(accounts).where(eq(accounts.id, robinId))).toEqual([]);
    expect(await db.select().from(sessions).where(eq(sessions.accountId, robinId))).toEqual([]);
    expect(await db.select().from(spaceMembers).where(eq(spaceMembers.accountId, robinId))).toEqual([]);
    const letters = await db
      .select({ id: unsentLetters.id })
      .from(unsentLetters)
      .where(eq(unsentLetters.spaceId, spaceId));
    expect(letters).toEqual([{ id: kitLetter.id }]);

    const space = (await kit.get(`/api/spaces/${spaceId}`)).body;
    expect(space).toMatchObject({ other: null, otherLeft: true, can: { invite: true } });
    const appreciations = (await kit.get(`/api/spaces/${spaceId}/appreciations`)).body;
    expect(appreciations.received).toEqual([]);
    expect(appreciations.sent.map((a: { text: string }) => a.text)).toEqual(["From Kit."]);
    const plans = (await kit.get(`/api/spaces/${spaceId}/time-together`)).body.plans;
    expect(plans[0]).toMatchObject({ title: "Dinner", status: "done" });
    expect(plans[0].history.map((v: { byYou: boolean }) => v.byYou)).toEqual([false, true]);

    const [solo] = await db.select().from(spaces).where(eq(spaces.id, soloSpace.id));
    expect(solo?.closedAt).not.toBeNull();
  });
});
