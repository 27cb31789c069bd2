import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "./support/databases.ts";
import { buildPair } from "./support/factories.ts";
import type { TestClient } from "./support/http-client.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

const dropped = "read dropped: its reader had left";

describe.each(databaseKinds)("requests whose reader has left, on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  /**
   * Asks for `path` as a browser would, then closes the connection at once, and holds this process
   * still for a moment, so that the server finds the request and the close waiting together: what a
   * server behind on its work finds when someone gave up waiting.
   */
  async function askAndLeave(client: TestClient, path: string) {
    const { hostname, port } = new URL(server.baseUrl);
    const socket = net.connect(Number(port), hostname);
    await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
    socket.end(
      `GET ${path} HTTP/1.1\r\nhost: ${hostname}:${port}\r\ncookie: ${client.sessionCookie}\r\n\r\n`,
    );
    const until = Date.now() + 50;
    while (Date.now() < until) {
      // Busy on purpose: the server's side of this process must not run until both have arrived.
    }
    socket.destroy();
  }

  async function until(condition: () => boolean, what: string) {
    const deadline = Date.now() + 10_000;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  const droppedSoFar = () => server.logs().split(dropped).length - 1;

  it("drops a progress page nobody waits for before deriving it, and derives it for someone who does", async () => {
    const robin = server.client();
    const kit = server.client();
    const { id: spaceId } = await buildPair(robin, kit);
    const insights = `/api/spaces/${spaceId}/insights`;

    const droppedBefore = droppedSoFar();
    const queriesBefore = server.handle.queriesSent();
    await askAndLeave(kit, insights);
    await until(() => droppedSoFar() === droppedBefore + 1, "the read to be dropped");
    const spentOnDropped = server.handle.queriesSent() - queriesBefore;

    const servedFrom = server.handle.queriesSent();
    const served = await kit.get(insights);
    expect(served.status).toBe(200);
    const spentOnServed = server.handle.queriesSent() - servedFrom;

    // The dropped read cost no more than finding whose session it was; the page itself costs far more.
    expect(spentOnDropped).toBeLessThanOrEqual(2);
    expect(spentOnServed).toBeGreaterThan(10);
  });
});
