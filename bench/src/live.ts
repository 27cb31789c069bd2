import http from "node:http";
import Fastify from "fastify";
import { buildApp } from "../../server/src/app.ts";
import { readConfig } from "../../server/src/config.ts";
import { openPglite } from "../../server/src/db/pglite.ts";
import { openPostgres } from "../../server/src/db/postgres.ts";
import { buildPair } from "../../server/test/support/factories.ts";
import { TestClient } from "../../server/test/support/http-client.ts";
import type { BenchResult } from "./result.ts";

const streamCount = 500;
const rounds = 10;
/**
 * Delivery to every open stream. The 500 listeners run in the same process as the server, so on a
 * busy machine even the bare route can take longer than that; then Mend may take at most twice it.
 */
const targets = { medianMs: 100, ratioToBare: 2 };

/** Keeps every stream on its own socket, as 500 browsers would. */
const agent = new http.Agent({ keepAlive: false, maxSockets: Number.POSITIVE_INFINITY });

interface Listener {
  /** Resolves once the text `marker` has arrived on this stream. */
  awaitMarker(marker: string): Promise<void>;
  close(): void;
}

function openListener(url: string, cookie: string | undefined): Promise<Listener> {
  return new Promise((resolve, reject) => {
    let received = "";
    let waiting: { marker: string; done: () => void } | undefined;
    const check = () => {
      if (waiting && received.includes(waiting.marker)) {
        const { done } = waiting;
        waiting = undefined;
        received = "";
        done();
      }
    };
    const request = http.get(
      url,
      { agent, headers: { accept: "text/event-stream", ...(cookie ? { cookie } : {}) } },
      (response) => {
        if (response.statusCode !== 200) {
          reject(new Error(`stream answered ${response.statusCode}`));
          return;
        }
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => {
          received = (received + chunk).slice(-4096);
          check();
        });
        resolve({
          awaitMarker: (marker) =>
            new Promise((done) => {
              waiting = { marker, done };
              check();
            }),
          close: () => request.destroy(),
        });
      },
    );
    request.on("error", () => {});
  });
}

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * Sends one write `rounds` times and times how long until all `listeners` have heard of it; the
 * first round warms up and is not counted.
 */
async function timeDelivery(
  listeners: readonly Listener[],
  write: (round: number) => Promise<string>,
): Promise<number[]> {
  const times: number[] = [];
  for (let round = 0; round <= rounds; round += 1) {
    const started = performance.now();
    const marker = await write(round);
    await Promise.all(listeners.map((listener) => listener.awaitMarker(marker)));
    if (round > 0) times.push(performance.now() - started);
  }
  return times;
}

/** The floor: a bare Fastify route that writes one line to every open response it holds. */
async function bareFanOut(): Promise<number[]> {
  const app = Fastify();
  const open = new Set<http.ServerResponse>();
  app.get("/stream", (_request, reply) => {
    reply.hijack();
    reply.raw.writeHead(200, { "content-type": "text/event-stream" });
    reply.raw.write("retry: 3000\n\n");
    open.add(reply.raw);
    reply.raw.on("close", () => open.delete(reply.raw));
  });
  app.post<{ Querystring: { marker: string } }>("/write", async (request) => {
    for (const raw of open) raw.write(`data: ${request.query.marker}\n\n`);
    return { ok: true };
  });
  const baseUrl = await app.listen({ port: 0, host: "127.0.0.1" });
  const listeners: Listener[] = [];
  try {
    for (let i = 0; i < streamCount; i += 1)
      listeners.push(await openListener(`${baseUrl}/stream`, undefined));
    return await timeDelivery(listeners, async (round) => {
      const marker = `bare-${round}`;
      await fetch(`${baseUrl}/write?marker=${marker}`, { method: "POST" });
      return marker;
    });
  } finally {
    for (const listener of listeners) listener.close();
    await app.close();
  }
}

/** Mend: one appreciation sent, heard on 500 open streams of the space (both members, many tabs). */
async function mendFanOut(databaseUrl: string | undefined): Promise<number[]> {
  const handle = databaseUrl ? await openPostgres(databaseUrl) : await openPglite(undefined);
  await handle.migrate();
  const app = await buildApp({
    db: handle.db,
    notifications: handle,
    config: readConfig({ LOG_LEVEL: "warn" }),
  });
  const listeners: Listener[] = [];
  try {
    const baseUrl = await app.listen({ port: 0, host: "127.0.0.1" });
    const robin = new TestClient(baseUrl);
    const kit = new TestClient(baseUrl);
    const { id: spaceId } = await buildPair(robin, kit);
    const streamUrl = `${baseUrl}/api/spaces/${spaceId}/events/stream`;
    for (let i = 0; i < streamCount; i += 1) {
      listeners.push(await openListener(streamUrl, (i % 2 === 0 ? robin : kit).sessionCookie));
    }
    return await timeDelivery(listeners, async () => {
      const sent = await kit.post(`/api/spaces/${spaceId}/appreciations`, { text: "Thank you." });
      if (sent.status !== 201) throw new Error(`appreciation answered ${sent.status}`);
      return sent.body.id as string;
    });
  } finally {
    for (const listener of listeners) listener.close();
    await app.close();
    await handle.close();
  }
}

/** How long one change takes to reach 500 open live-update streams, against a bare route doing only the writing. */
export async function benchLiveFanOut(databaseUrl: string | undefined): Promise<BenchResult> {
  const bare = median(await bareFanOut());
  const times = await mendFanOut(databaseUrl);
  const mend = median(times);
  const ratio = mend / Math.max(bare, 0.1);
  return {
    name: `Live updates: one write reaches ${streamCount} open streams (${databaseUrl ? "PostgreSQL" : "embedded database"})`,
    lines: [
      `median ${mend.toFixed(1)} ms, slowest ${Math.max(...times).toFixed(1)} ms over ${rounds} writes`,
      `bare Fastify route writing to ${streamCount} responses: median ${bare.toFixed(1)} ms (×${ratio.toFixed(1)})`,
    ],
    passed: mend < targets.medianMs || ratio <= targets.ratioToBare,
    target: `median < ${targets.medianMs} ms, or ≤ ${targets.ratioToBare}× the bare route measured in the same run`,
  };
}
