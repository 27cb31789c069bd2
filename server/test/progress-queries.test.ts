import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "./support/databases.ts";
import { buildPair } from "./support/factories.ts";
import type { TestClient } from "./support/http-client.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

/**
 * The queries each progress page runs, pinned. Every feature feeds these pages, and several read the
 * same records: without care, each new reader adds another pass over the same tables, and a page's
 * cost grows with the number of features as well as with the history. The number must not depend on
 * how much has happened in the space, and a change to it should be a decision, made here.
 *
 * Amends add two (their rows and their steps, each read once and shared by trust, the journey and
 * conversation health). The readiness check takes two away from help and insights: its answers are
 * sealed in the taker's vault, so the browser, not the server, reads them for help.
 */
const pinned = {
  insights: 23,
  "insights/how-trust-is-read": 23,
  help: 23,
  journey: 25,
  maintenance: 24,
} as const;
type Page = keyof typeof pinned;

describe.each(databaseKinds)("the queries of the progress pages on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  /** The statements one read of a page costs (nothing else runs meanwhile: no stream is open). */
  async function queriesOf(client: TestClient, spaceId: string, page: Page): Promise<number> {
    const before = server.handle.queriesSent();
    const response = await client.get(`/api/spaces/${spaceId}/${page}`);
    expect(response.status, response.text).toBe(200);
    return server.handle.queriesSent() - before;
  }

  async function send(client: TestClient, path: string, body?: unknown) {
    const response = await client.post(path, body);
    expect(response.status, `${path}: ${response.text}`).toBeLessThan(300);
    return response.body;
  }

  /** What a day of repair is made of: check-ins, a question answered, an appreciation. */
  async function liveADay(spaceId: string, robin: TestClient, kit: TestClient) {
    const api = `/api/spaces/${spaceId}`;
    for (const client of [robin, kit]) {
      await send(client, `${api}/checkins`, { kind: "daily", trustNow: 6, utcOffsetMinutes: 0 });
    }
    const question = await send(kit, `${api}/questions`, {
      text: "Where were you on Friday?",
      detail: "facts",
    });
    await send(robin, `${api}/questions/${question.id}/answers`, { text: "At my sister's, all evening." });
    await send(robin, `${api}/appreciations`, { text: "Thank you for asking me directly." });
    // Later, but inside the sessions' idle limit: what matters here is how much is on record.
    server.advance(20 * 60 * 1000);
  }

  it("stay the same in number however much has happened, each as pinned", async () => {
    const robin = server.client();
    const kit = server.client();
    const { id: spaceId } = await buildPair(robin, kit);
    // Something of every kind the pages read, so that no query is skipped for want of rows.
    const api = `/api/spaces/${spaceId}`;
    const promise = await send(robin, `${api}/promises`, {
      text: "Call at six",
      schedule: { kind: "daily", time: "18:00", startsOn: "2026-05-04" },
      timeZone: "Europe/London",
    });
    await send(robin, `${api}/promises/${promise.id}/marks`, {
      occurrence: "2026-05-04T18:00",
      outcome: "kept",
    });
    await send(robin, `${api}/transparency`, { note: "Told you my plans for the evening" });
    await liveADay(spaceId, robin, kit);

    const pages = Object.keys(pinned) as Page[];
    const early = new Map<Page, number>();
    for (const page of pages) early.set(page, await queriesOf(kit, spaceId, page));
    for (let day = 0; day < 4; day += 1) await liveADay(spaceId, robin, kit);

    const counts: Record<string, number> = {};
    for (const page of pages) {
      counts[page] = await queriesOf(kit, spaceId, page);
      expect(counts[page], `${page}: as many queries with more history`).toBe(early.get(page));
    }
    expect(counts).toEqual(pinned);
  });
});
