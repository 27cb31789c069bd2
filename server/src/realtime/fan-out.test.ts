import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../test/support/databases.ts";
import { buildPair } from "../../test/support/factories.ts";
import { type OpenStream, openStream } from "../../test/support/sse.ts";
import { startTestServer, type TestServer } from "../../test/support/test-server.ts";

describe.each(databaseKinds)("one change reaches every open stream for the same queries on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  /** The query count once nothing has been sent for a while: every stream has caught up. */
  async function settledQueryCount(): Promise<number> {
    let last = server.handle.queriesSent();
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const now = server.handle.queriesSent();
      if (now === last) return now;
      last = now;
    }
  }

  /**
   * Queries from sending one appreciation until `streamCount` open streams have all heard of it. A
   * heartbeat may fall inside the window and only ever adds queries, so the least of three tries is
   * the change's own cost.
   */
  async function queriesForOneChange(streamCount: number): Promise<number> {
    const robin = server.client();
    const kit = server.client();
    const pair = `/api/spaces/${(await buildPair(robin, kit)).id}`;
    const robinStreams: OpenStream[] = [];
    const kitStreams: OpenStream[] = [];
    for (let i = 0; i < streamCount; i++) {
      const [client, streams] = i % 2 === 0 ? [robin, robinStreams] : [kit, kitStreams];
      streams.push(await openStream(client, `${pair}/events/stream`));
    }
    const costs: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      const before = await settledQueryCount();
      const sent = await kit.post(`${pair}/appreciations`, { text: "Thank you." });
      expect(sent.status).toBe(201);
      const about = (e: { subject: { id: string } }) => e.subject.id === sent.body.id;
      const id = String(attempt);
      for (const stream of robinStreams) expect(await stream.next(about)).toMatchObject({ id, by: "other" });
      for (const stream of kitStreams) expect(await stream.next(about)).toMatchObject({ id, by: "you" });
      costs.push((await settledQueryCount()) - before);
    }
    for (const stream of [...robinStreams, ...kitStreams]) stream.close();
    return Math.min(...costs);
  }

  it("costs as many queries with fifty streams open as with one", async () => {
    const withOne = await queriesForOneChange(1);
    const withFifty = await queriesForOneChange(50);
    expect(withFifty).toBe(withOne);
  });
});
