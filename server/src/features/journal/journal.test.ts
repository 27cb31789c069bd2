import { randomBytes, randomUUID } from "node:crypto";
import { openText, sealText } from "@mend/core/vault/envelope";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import { buildPair, testPassword } from "../../../test/support/factories.ts";
import type { TestClient } from "../../../test/support/http-client.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";
import { journalEntries } from "./tables.ts";

/** Seals an entry as the browser does: the whole entry as JSON, under the entry's own id. */
async function sealedEntry(key: Uint8Array, id: string, text: string) {
  const content = JSON.stringify({ text, mood: "tender", tags: ["walks"], day: "2026-12-07" });
  return sealText(key, { kind: "journal-entry", itemId: id }, content);
}

describe.each(databaseKinds)("the private journal on %s", (kind) => {
  let server: TestServer;
  let robin: TestClient;
  let kit: TestClient;
  let spaceId: string;
  const robinKey = new Uint8Array(randomBytes(32));

  beforeAll(async () => {
    server = await startTestServer(kind);
    robin = server.client();
    kit = server.client();
    spaceId = (await buildPair(robin, kit)).id;
  });
  afterAll(() => server?.close());

  const rowsWithId = (id: string) =>
    server.handle.db.select().from(journalEntries).where(eq(journalEntries.id, id));

  it("answers 401 without a session", async () => {
    const anonymous = server.client();
    expect((await anonymous.get("/api/journal")).status).toBe(401);
    const id = randomUUID();
    const sealed = await sealedEntry(robinKey, id, "A line.");
    expect((await anonymous.post("/api/journal", { id, sealed })).status).toBe(401);
    expect(await rowsWithId(id)).toEqual([]);
  });

  it("refuses plain text, a missing id or a field of its own with a 400, storing nothing", async () => {
    const id = randomUUID();
    const sealed = await sealedEntry(robinKey, id, "A line.");
    const refused = [
      await robin.post("/api/journal", { id, text: "Plain words the server must never keep" }),
      await robin.post("/api/journal", { id, sealed: "Plain words the server must never keep" }),
      await robin.post("/api/journal", { sealed }),
      await robin.post("/api/journal", { id: "entry-1", sealed }),
      await robin.post("/api/journal", { id, sealed, mood: "heavy" }),
    ];
    for (const response of refused) {
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(/\w/);
    }
    expect(await rowsWithId(id)).toEqual([]);
  });

  it("keeps the envelope as sent under the browser's id and gives it back to its owner only", async () => {
    const id = randomUUID();
    const sealed = await sealedEntry(robinKey, id, "Only mine to read.");
    const created = await robin.post("/api/journal", { id, sealed });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id,
      sealed,
      createdAt: expect.any(String),
      updatedAt: created.body.createdAt,
    });
    const [row] = await rowsWithId(id);
    expect(row?.sealed).toBe(sealed);

    const listed = (await robin.get("/api/journal")).body.entries;
    const mine = listed.find((entry: { id: string }) => entry.id === id);
    expect(mine.sealed).toBe(sealed);
    expect(JSON.parse(await openText(robinKey, { kind: "journal-entry", itemId: id }, mine.sealed))).toEqual({
      text: "Only mine to read.",
      mood: "tender",
      tags: ["walks"],
      day: "2026-12-07",
    });

    // The other member of the space: no entry, no count, and every entry route answers "not found".
    expect((await kit.get("/api/journal")).body).toEqual({ entries: [] });
    const other = await sealedEntry(robinKey, id, "Replaced by someone else");
    const put = await kit.request("PUT", `/api/journal/${id}`, { sealed: other });
    const removed = await kit.request("DELETE", `/api/journal/${id}`);
    expect([put.status, removed.status]).toEqual([404, 404]);
    expect(put.body).toEqual(
      (await kit.request("PUT", `/api/journal/${randomUUID()}`, { sealed: other })).body,
    );
    expect((await rowsWithId(id))[0]?.sealed).toBe(sealed);
    // Nothing about the journal reaches the space.
    const space = JSON.stringify((await kit.get(`/api/spaces/${spaceId}`)).body);
    expect(space).not.toContain(id);
  });

  it("answers an id that is taken with a 409 and keeps the first envelope", async () => {
    const id = randomUUID();
    const first = await sealedEntry(robinKey, id, "First.");
    expect((await robin.post("/api/journal", { id, sealed: first })).status).toBe(201);
    const again = await robin.post("/api/journal", {
      id,
      sealed: await sealedEntry(robinKey, id, "Second."),
    });
    expect(again.status).toBe(409);
    const taken = await kit.post("/api/journal", { id, sealed: await sealedEntry(robinKey, id, "Kit's.") });
    expect(taken.status).toBe(409);
    expect(await rowsWithId(id)).toMatchObject([{ sealed: first }]);
  });

  it("replaces an edited entry with its new envelope, and deletes it for good", async () => {
    const id = randomUUID();
    const created = await robin.post("/api/journal", {
      id,
      sealed: await sealedEntry(robinKey, id, "Before."),
    });
    const resealed = await sealedEntry(robinKey, id, "After.");
    const edited = await robin.request("PUT", `/api/journal/${id}`, { sealed: resealed });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ id, sealed: resealed, createdAt: created.body.createdAt });
    expect(Date.parse(edited.body.updatedAt)).toBeGreaterThanOrEqual(Date.parse(created.body.updatedAt));
    expect((await robin.request("PUT", `/api/journal/${id}`, { text: "After." })).status).toBe(400);
    expect((await rowsWithId(id))[0]?.sealed).toBe(resealed);

    expect((await robin.request("DELETE", `/api/journal/${id}`)).status).toBe(204);
    expect(await rowsWithId(id)).toEqual([]);
    expect((await robin.request("DELETE", `/api/journal/${id}`)).status).toBe(404);
    expect((await robin.request("DELETE", "/api/journal/not-a-uuid")).status).toBe(400);
  });

  it("goes with the account when the account is deleted", async () => {
    const leaving = server.client();
    const staying = server.client();
    await buildPair(leaving, staying);
    const leavingId = randomUUID();
    const stayingId = randomUUID();
    await leaving.post("/api/journal", {
      id: leavingId,
      sealed: await sealedEntry(robinKey, leavingId, "Mine."),
    });
    await staying.post("/api/journal", {
      id: stayingId,
      sealed: await sealedEntry(robinKey, stayingId, "Kept."),
    });
    expect((await leaving.post("/api/account/delete", { password: testPassword })).status).toBe(204);
    expect(await rowsWithId(leavingId)).toEqual([]);
    expect(await rowsWithId(stayingId)).toHaveLength(1);
  });
});
