import { PassThrough } from "node:stream";
import type { SignupPolicy } from "@mend/core/accounts/contract";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../src/app.ts";
import { type Config, readConfig } from "../../src/config.ts";
import type { DatabaseHandle } from "../../src/db/database.ts";
import type { HandOver } from "../../src/features/reminders/hand-over.ts";
import type { ProxyTrust } from "../../src/http/proxy-trust.ts";
import type { JobSender } from "../../src/jobs/sender.ts";
import { type DatabaseKind, openTestDatabase } from "./databases.ts";
import { TestClient } from "./http-client.ts";

export interface TestServer {
  app: FastifyInstance;
  handle: DatabaseHandle;
  baseUrl: string;
  /** Everything the server logged so far. */
  logs(): string;
  /** Moves the server's clock; time is an argument everywhere, so nothing is mocked globally. */
  advance(ms: number): void;
  /** The server's clock now. */
  now(): Date;
  client(): TestClient;
  close(): Promise<void>;
}

/** The real server on an ephemeral port, over its own fresh database. */
export async function startTestServer(
  kind: DatabaseKind,
  options: {
    trustProxy?: ProxyTrust;
    webDist?: string;
    signup?: SignupPolicy;
    /** Where reminders go; tests record them. */
    handOver?: HandOver;
    /** Settings beyond the test defaults (an email server, a public address). */
    config?: Partial<Config>;
    /** Where routes queue background work, for tests that run the job engine. */
    jobs?: JobSender;
  } = {},
): Promise<TestServer> {
  const handle = await openTestDatabase(kind);
  let now = Date.parse("2026-05-04T09:00:00Z");
  const logStream = new PassThrough();
  const chunks: string[] = [];
  logStream.on("data", (chunk: Buffer) => chunks.push(chunk.toString("utf8")));
  const config = readConfig(
    {},
    {
      trustProxy: options.trustProxy ?? { hops: 0 },
      quickExitUrl: "https://neutral.example/",
      signup: options.signup ?? "open",
      ...options.config,
    },
  );
  const app = await buildApp({
    db: handle.db,
    notifications: handle,
    config,
    clock: () => new Date(now),
    logStream,
    ...(options.jobs ? { jobs: options.jobs } : {}),
    ...(options.webDist ? { webDist: options.webDist } : {}),
    ...(options.handOver ? { handOver: options.handOver } : {}),
  });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  if (!address || typeof address === "string") throw new Error("server did not get a port");
  const baseUrl = `http://127.0.0.1:${address.port}`;
  return {
    app,
    handle,
    baseUrl,
    logs: () => chunks.join(""),
    advance(ms) {
      now += ms;
    },
    now: () => new Date(now),
    client: () => new TestClient(baseUrl),
    async close() {
      await app.close();
      await handle.close();
    },
  };
}
