import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import { expectExport } from "../../../test/support/export.ts";
import { buildPair, testPassword } from "../../../test/support/factories.ts";
import type { TestClient } from "../../../test/support/http-client.ts";
import { openStream } from "../../../test/support/sse.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";
import { testVault } from "../../../test/support/vault.ts";
import { spaceEvents } from "../spaces/tables.ts";
import { drafts } from "./tables.ts";

describe.each(databaseKinds)("private drafts on %s", (kind) => {
  let server: TestServer;
  let robin: TestClient;
  let kit: TestClient;
  let spaceId: string;
  const vault = testVault();
  const path = (key: string) => `/api/spaces/${spaceId}/drafts/${key}`;
  const put = (client: TestClient, key: string, body: unknown) => client.request("PUT", path(key), body);
  const eventCount = async () =>
    (await server.handle.db.select().from(spaceEvents).where(eq(spaceEvents.spaceId, spaceId))).length;

  beforeAll(async () => {
    server = await startTestServer(kind);
    robin = server.client();
    kit = server.client();
    spaceId = (await buildPair(robin, kit)).id;
  });
  afterAll(() => server?.close());

  /** What the author's browser sends: the fields sealed under the draft's id. */
  const sealed = async (fields: Record<string, string>, id = vault.newId()) => ({
    id,
    sealed: await vault.seal("draft", id, JSON.stringify(fields)),
  });
  const opened = async (view: { id: string; sealed: string }) =>
    JSON.parse(await vault.open("draft", view.id, view.sealed));

  it("keeps the envelope the author's browser sealed, replaces it on every save, and gives it back only to them", async () => {
    const first = await put(robin, "letter:new", await sealed({ title: "To you", body: "first words" }));
    expect(first.status).toBe(204);
    const second = await sealed({ title: "To you", body: "DRAFT-CANARY-1" });
    expect((await put(robin, "letter:new", second)).status).toBe(204);
    const mine = await robin.get(path("letter:new"));
    expect(mine.status).toBe(200);
    expect(mine.body).toEqual({ ...second, fields: null, savedAt: expect.any(String) });
    expect(await opened(mine.body)).toEqual({ title: "To you", body: "DRAFT-CANARY-1" });
    const [row] = await server.handle.db.select().from(drafts).where(eq(drafts.formKey, "letter:new"));
    expect(row).toMatchObject({ id: second.id, sealed: second.sealed, fields: null });
    expect(JSON.stringify(row)).not.toContain("CANARY");
    const theirs = await kit.get(path("letter:new"));
    expect(theirs.status).toBe(404);
    expect(theirs.text).not.toContain(second.sealed);
  });

  it("refuses words in the clear with a 400 and stores nothing", async () => {
    const before = JSON.stringify(await server.handle.db.select().from(drafts));
    const plain = await put(robin, "letter:new", { fields: { body: "PLAIN-CANARY" } });
    expect(plain.status).toBe(400);
    const plainBeside = await put(robin, "letter:new", {
      ...(await sealed({ body: "x" })),
      fields: { body: "PLAIN-CANARY" },
    });
    expect(plainBeside.status).toBe(400);
    const notAnEnvelope = await put(robin, "letter:new", { id: vault.newId(), sealed: "PLAIN-CANARY" });
    expect(notAnEnvelope.status).toBe(400);
    expect(JSON.stringify(await server.handle.db.select().from(drafts))).toBe(before);
  });

  it("refuses an id another draft holds with a 409, and changes nothing", async () => {
    const mine = (await robin.get(path("letter:new"))).body;
    const taken = await put(kit, "letter:new", await sealed({ body: "x" }, mine.id));
    expect(taken.status).toBe(409);
    const elsewhere = await put(robin, "question:other", await sealed({ body: "x" }, mine.id));
    expect(elsewhere.status).toBe(409);
    expect((await kit.get(path("letter:new"))).status).toBe(404);
    expect((await robin.get(path("question:other"))).status).toBe(404);
    expect((await robin.get(path("letter:new"))).body).toEqual(mine);
  });

  it("gives a draft kept before sealing back in the clear, then forgets its words once its author seals it", async () => {
    const [member] = await server.handle.db
      .select({ memberId: drafts.memberId })
      .from(drafts)
      .where(eq(drafts.formKey, "letter:new"));
    if (!member) throw new Error("no draft to copy the member from");
    await server.handle.db.insert(drafts).values({
      memberId: member.memberId,
      formKey: "old:form",
      fields: { body: "LEGACY-CANARY" },
      savedAt: new Date(),
    });
    const legacy = await robin.get(path("old:form"));
    expect(legacy.body).toMatchObject({ sealed: null, fields: { body: "LEGACY-CANARY" } });
    expect((await kit.get(path("old:form"))).status).toBe(404);
    const upgraded = {
      id: legacy.body.id,
      sealed: await vault.seal("draft", legacy.body.id, JSON.stringify(legacy.body.fields)),
    };
    expect((await put(robin, "old:form", upgraded)).status).toBe(204);
    const [row] = await server.handle.db.select().from(drafts).where(eq(drafts.formKey, "old:form"));
    expect(row).toMatchObject({ id: legacy.body.id, sealed: upgraded.sealed, fields: null });
    expect(JSON.stringify(row)).not.toContain("LEGACY-CANARY");
    expect((await robin.request("DELETE", path("old:form"))).status).toBe(204);
  });

  it("keeps each member's drafts apart under the same form name", async () => {
    expect((await put(kit, "letter:new", await sealed({ body: "Kit's own words" }))).status).toBe(204);
    expect((await kit.request("DELETE", path("letter:new"))).status).toBe(204);
    expect(await opened((await robin.get(path("letter:new"))).body)).toMatchObject({
      body: "DRAFT-CANARY-1",
    });
    expect((await kit.get(path("letter:new"))).status).toBe(404);
  });

  it("leaves no trace the other person could see: no event, no stream message, nothing in progress", async () => {
    const journeyBefore = (await kit.get(`/api/spaces/${spaceId}/journey`)).text;
    const insightsBefore = (await kit.get(`/api/spaces/${spaceId}/insights`)).text;
    const eventsBefore = await eventCount();
    const kitStream = await openStream(kit, `/api/spaces/${spaceId}/events/stream`);
    try {
      expect((await put(robin, "question:answer", await sealed({ text: "DRAFT-CANARY-2" }))).status).toBe(
        204,
      );
      expect((await put(robin, "question:answer", await sealed({ text: "DRAFT-CANARY-3" }))).status).toBe(
        204,
      );
      expect((await robin.request("DELETE", path("question:answer"))).status).toBe(204);
      // Something Kit is meant to see comes next: it must be the first thing the stream carries.
      const talk = await robin.post(`/api/spaces/${spaceId}/talks`, { topic: "Sunday", startsAt: null });
      expect(talk.status).toBe(201);
      await kitStream.next((event) => event.kind === "talk.proposed");
      expect(kitStream.events.map((event) => event.kind)).toEqual(["talk.proposed"]);
    } finally {
      kitStream.close();
    }
    expect(await eventCount()).toBe(eventsBefore + 1);
    expect((await kit.get(`/api/spaces/${spaceId}/journey`)).text).toBe(journeyBefore);
    expect((await kit.get(`/api/spaces/${spaceId}/insights`)).text).toBe(insightsBefore);
  });

  it("is in the author's export as its envelope, for their browser to open, and never in the other person's", async () => {
    const mine = (await robin.get(path("letter:new"))).body;
    const document = await expectExport(robin, spaceId, { holds: [mine.sealed], never: ["DRAFT-CANARY-1"] });
    const section = document.sections.find((candidate) => candidate.id === "drafts");
    expect(section?.items).toContainEqual(
      expect.objectContaining({ sealed: { kind: "draft", itemId: mine.id, envelope: mine.sealed } }),
    );
    await expectExport(kit, spaceId, { holds: [], never: [mine.sealed, "letter:new"] });
  });

  it("removes a draft when it is thrown away", async () => {
    expect((await put(robin, "checkin:daily", await sealed({ need: "a walk" }))).status).toBe(204);
    expect((await robin.request("DELETE", path("checkin:daily"))).status).toBe(204);
    expect((await robin.get(path("checkin:daily"))).status).toBe(404);
    // Throwing away what is not there is not an error: the person's intent is already true.
    expect((await robin.request("DELETE", path("checkin:daily"))).status).toBe(204);
  });

  it("refuses bad input with a 400 and changes nothing", async () => {
    const before = JSON.stringify(await server.handle.db.select().from(drafts));
    const good = await sealed({ body: "x" });
    const refused = [
      await put(robin, "Letter:New", good),
      await put(robin, "letter:new", { ...good, id: "not-a-uuid" }),
      await put(robin, "letter:new", { ...good, sealed: "mv1.not base64" }),
      await put(robin, "letter:new", { ...good, sealed: `mv1.${"A".repeat(200_000)}` }),
      await put(robin, "letter:new", { ...good, share: true }),
      await put(robin, "letter:new", {}),
      await put(robin, "letter::new", good),
      await robin.get(path("letter;new")),
    ];
    for (const response of refused) {
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe("validation_failed");
    }
    expect(JSON.stringify(await server.handle.db.select().from(drafts))).toBe(before);
    expect(await opened((await robin.get(path("letter:new"))).body)).toMatchObject({
      body: "DRAFT-CANARY-1",
    });
  });

  it("goes with the account when it is deleted", async () => {
    expect((await put(kit, "appreciation:new", await sealed({ text: "thanks" }))).status).toBe(204);
    const deleted = await kit.post("/api/account/delete", { password: testPassword });
    expect(deleted.status).toBe(204);
    const rows = await server.handle.db.select().from(drafts);
    expect(rows.map((row) => row.formKey).sort()).toEqual(["letter:new"]);
  });
});
