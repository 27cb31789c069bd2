import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/app.ts";
import { readConfig } from "../src/config.ts";
import { freshForMs } from "../src/db/progress-cache.ts";
import { databaseKinds } from "./support/databases.ts";
import { buildPair } from "./support/factories.ts";
import { TestClient } from "./support/http-client.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

const pages = ["insights", "help", "journey", "promises", "insights/how-trust-is-read"] as const;

/**
 * The progress pages are derived once and served again until the space's record moves on
 * (db/progress-cache.ts). What must hold: a page served again is the page that would be derived
 * now, for the same person only, on any app server, and it costs a fixed few queries.
 */
describe.each(databaseKinds)("progress pages served again on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  async function pair() {
    const robin = server.client();
    const kit = server.client();
    const { id: spaceId } = await buildPair(robin, kit);
    return { robin, kit, api: `/api/spaces/${spaceId}` };
  }

  async function read(client: TestClient, path: string) {
    const response = await client.get(path);
    expect(response.status, response.text).toBe(200);
    return response.body;
  }

  async function queriesOf(client: TestClient, path: string): Promise<number> {
    const before = server.handle.queriesSent();
    await read(client, path);
    return server.handle.queriesSent() - before;
  }

  it("serve the same page again for a few queries while nothing has happened", async () => {
    const { robin, api } = await pair();
    for (const page of pages) {
      const first = await read(robin, `${api}/${page}`);
      const servedAgain = await queriesOf(robin, `${api}/${page}`);
      expect(await read(robin, `${api}/${page}`), page).toEqual(first);
      // Whatever the history: the session and its account, the membership gate, and the members
      // with the latest event.
      expect(servedAgain, page).toBe(4);
    }
  });

  it("never serve one person's page to the other", async () => {
    const { robin, kit, api } = await pair();
    // A check-in is private until its sharing is switched on: only Robin's own page may count it.
    const checkin = await robin.post(`${api}/checkins`, { kind: "daily", trustNow: 3, utcOffsetMinutes: 0 });
    expect(checkin.status, checkin.text).toBe(201);
    const robins = Object.fromEntries(
      await Promise.all(pages.map(async (page) => [page, await read(robin, `${api}/${page}`)])),
    );
    expect(robins.insights.trust.yourFeelings.ratings).toHaveLength(1);
    const kits = Object.fromEntries(
      await Promise.all(pages.map(async (page) => [page, await read(kit, `${api}/${page}`)])),
    );
    expect(kits.insights.otherName).toBe("Robin");
    expect(kits.insights.trust.yourFeelings.ratings).toHaveLength(0);
    expect(kits.insights.trust.theirFeelings.ratings).toHaveLength(0);
    expect(kits.journey.yourMemberId).not.toBe(robins.journey.yourMemberId);
    expect(kits.promises.can.make).not.toBe(robins.promises.can.make);
  });

  it("show a write at once, made on another app server, and a new name without any event", async () => {
    const { robin, kit, api } = await pair();
    // A second app server over the same database, with its own memory of pages.
    const other = await buildApp({
      db: server.handle.db,
      notifications: server.handle,
      config: readConfig({}, { trustProxy: { hops: 0 }, signup: "open" }),
      clock: () => server.now(),
    });
    try {
      await other.listen({ port: 0, host: "127.0.0.1" });
      const address = other.server.address();
      if (!address || typeof address === "string") throw new Error("no port");
      const robinThere = new TestClient(`http://127.0.0.1:${address.port}`).useCookie(robin.sessionCookie);
      expect((await read(robin, `${api}/promises`)).promises).toHaveLength(0);

      const made = await robinThere.post(`${api}/promises`, {
        text: "Call at six",
        schedule: { kind: "daily", time: "18:00", startsOn: "2026-05-04" },
        timeZone: "Europe/London",
      });
      expect(made.status, made.text).toBe(201);
      expect((await read(robin, `${api}/promises`)).promises).toHaveLength(1);

      // A name is the account's, not the space's: changing it adds nothing to the space's record.
      expect((await read(kit, `${api}/insights`)).otherName).toBe("Robin");
      const renamed = await robinThere.post("/api/account/name", { displayName: "Robyn" });
      expect(renamed.status, renamed.text).toBeLessThan(300);
      expect((await read(kit, `${api}/insights`)).otherName).toBe("Robyn");
    } finally {
      await other.close();
    }
  });

  it("derive a page afresh once time alone has moved it on", async () => {
    const { robin, api } = await pair();
    const first = await read(robin, `${api}/insights`);
    server.advance(freshForMs / 2);
    expect((await read(robin, `${api}/insights`)).generatedAt).toBe(first.generatedAt);
    server.advance(freshForMs);
    const later = await read(robin, `${api}/insights`);
    expect(later.generatedAt).toBe(server.now().toISOString());
  });
});
