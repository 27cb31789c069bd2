import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import { expectExport } from "../../../test/support/export.ts";
import { buildPair, testPassword } from "../../../test/support/factories.ts";
import type { TestClient } from "../../../test/support/http-client.ts";
import { openStream } from "../../../test/support/sse.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";
import { spaceEvents } from "../spaces/tables.ts";
import { drafts } from "./tables.ts";

describe.each(databaseKinds)("private drafts on %s", (kind) => {
  let server: TestServer;
  let robin: TestClient;
  let kit: TestClient;
  let spaceId: string;
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

  it("keeps what the author writes, replaces it on every save, and gives it back only to them", async () => {
    const first = await put(robin, "letter:new", { fields: { title: "To you", body: "first words" } });
    expect(first.status).toBe(204);
    expect(
      (await put(robin, "letter:new", { fields: { title: "To you", body: "DRAFT-CANARY-1" } })).status,
    ).toBe(204);
    const mine = await robin.get(path("letter:new"));
    expect(mine.status).toBe(200);
    expect(mine.body).toEqual({
      fields: { title: "To you", body: "DRAFT-CANARY-1" },
      savedAt: expect.any(String),
    });
    const theirs = await kit.get(path("letter:new"));
    expect(theirs.status).toBe(404);
    expect(theirs.text).not.toContain("CANARY");
  });

  it("keeps each member's drafts apart under the same form name", async () => {
    expect((await put(kit, "letter:new", { fields: { body: "Kit's own words" } })).status).toBe(204);
    expect((await kit.request("DELETE", path("letter:new"))).status).toBe(204);
    expect((await robin.get(path("letter:new"))).body.fields.body).toBe("DRAFT-CANARY-1");
    expect((await kit.get(path("letter:new"))).status).toBe(404);
  });

  it("leaves no trace the other person could see: no event, no stream message, nothing in progress", async () => {
    const journeyBefore = (await kit.get(`/api/spaces/${spaceId}/journey`)).text;
    const insightsBefore = (await kit.get(`/api/spaces/${spaceId}/insights`)).text;
    const eventsBefore = await eventCount();
    const kitStream = await openStream(kit, `/api/spaces/${spaceId}/events/stream`);
    try {
      expect((await put(robin, "question:answer", { fields: { text: "DRAFT-CANARY-2" } })).status).toBe(204);
      expect((await put(robin, "question:answer", { fields: { text: "DRAFT-CANARY-3" } })).status).toBe(204);
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
    const insightsAfter = (await kit.get(`/api/spaces/${spaceId}/insights`)).text;
    expect(insightsAfter).not.toContain("CANARY");
    expect(insightsAfter).toBe(insightsBefore);
  });

  it("is in the author's export and never in the other person's", async () => {
    await expectExport(robin, spaceId, { holds: ["DRAFT-CANARY-1"], never: [] });
    await expectExport(kit, spaceId, { holds: [], never: ["DRAFT-CANARY-1", "letter:new"] });
  });

  it("removes a draft when it is saved blank or thrown away", async () => {
    expect((await put(robin, "checkin:daily", { fields: { need: "a walk" } })).status).toBe(204);
    expect((await put(robin, "checkin:daily", { fields: { need: "  ", note: "" } })).status).toBe(204);
    expect((await robin.get(path("checkin:daily"))).status).toBe(404);
    expect((await put(robin, "checkin:daily", { fields: { need: "a walk" } })).status).toBe(204);
    expect((await robin.request("DELETE", path("checkin:daily"))).status).toBe(204);
    expect((await robin.get(path("checkin:daily"))).status).toBe(404);
    // Throwing away what is not there is not an error: the person's intent is already true.
    expect((await robin.request("DELETE", path("checkin:daily"))).status).toBe(204);
  });

  it("refuses bad input with a 400 and changes nothing", async () => {
    const before = JSON.stringify(await server.handle.db.select().from(drafts));
    const refused = [
      await put(robin, "Letter:New", { fields: { body: "x" } }),
      await put(robin, "letter:new", { fields: { body: 5 } }),
      await put(robin, "letter:new", { fields: { "bad name": "x" } }),
      await put(robin, "letter:new", { fields: { body: "x".repeat(40_001) } }),
      await put(robin, "letter:new", { fields: { body: "x" }, share: true }),
      await put(robin, "letter:new", {}),
      await put(robin, "letter::new", { fields: { body: "x" } }),
      await put(robin, "letter:new", {
        fields: Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`f${i}`, "x"])),
      }),
      await robin.get(path("letter;new")),
    ];
    for (const response of refused) {
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe("validation_failed");
    }
    expect(JSON.stringify(await server.handle.db.select().from(drafts))).toBe(before);
    expect((await robin.get(path("letter:new"))).body.fields.body).toBe("DRAFT-CANARY-1");
  });

  it("goes with the account when it is deleted", async () => {
    expect((await put(kit, "appreciation:new", { fields: { text: "thanks" } })).status).toBe(204);
    const deleted = await kit.post("/api/account/delete", { password: testPassword });
    expect(deleted.status).toBe(204);
    const rows = await server.handle.db.select().from(drafts);
    expect(rows.map((row) => row.formKey).sort()).toEqual(["letter:new"]);
  });
});
