import http from "node:http";
import type { FastifyInstance } from "fastify";
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { DatabaseHandle } from "../db/database.ts";
import type { JobEngine } from "../jobs/engine.ts";

/**
 * Prometheus metrics for whoever runs Mend: requests by route pattern (never an id, a person or a
 * space), how long they took, how many are open (live streams stay open), the database pool and
 * the process, and how many queries were sent (what a request costs the database). Off unless MEND_METRICS=1, and then served on a port of its own, on loopback by
 * default: even counts by route tell when something was done.
 */
export function createMetrics(
  app: FastifyInstance,
  handle: Pick<DatabaseHandle, "connections" | "queriesSent">,
): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "mend_" });
  const labelNames = ["method", "route"] as const;
  const requests = new Counter({
    name: "mend_http_requests_total",
    help: "Requests answered, by method, route pattern and status class",
    labelNames: [...labelNames, "status"],
    registers: [registry],
  });
  const duration = new Histogram({
    name: "mend_http_request_duration_seconds",
    help: "Time from request to the end of its response, by method and route pattern",
    labelNames,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const open = new Gauge({
    name: "mend_http_requests_open",
    help: "Requests still open, by route pattern (live event streams stay open)",
    labelNames,
    registers: [registry],
  });
  let queriesCounted = 0;
  new Counter({
    name: "mend_db_queries_total",
    help: "Statements sent to the database",
    registers: [registry],
    collect() {
      const sent = handle.queriesSent();
      this.inc(sent - queriesCounted);
      queriesCounted = sent;
    },
  });
  const connections = handle.connections;
  if (connections) {
    new Gauge({
      name: "mend_db_pool_connections",
      help: "PostgreSQL pool connections by state",
      labelNames: ["state"],
      registers: [registry],
      collect() {
        const now = connections();
        this.set({ state: "total" }, now.total);
        this.set({ state: "idle" }, now.idle);
        this.set({ state: "waiting" }, now.waiting);
      },
    });
  }

  app.addHook("onRequest", async (request, reply) => {
    const labels = { method: request.method, route: request.routeOptions.url ?? "unmatched" };
    const started = process.hrtime.bigint();
    open.inc(labels);
    reply.raw.once("close", () => {
      open.dec(labels);
      duration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
      requests.inc({ ...labels, status: `${Math.floor(reply.raw.statusCode / 100)}xx` });
    });
  });
  return registry;
}

/**
 * Background jobs by queue and state: waiting (new or to be retried), running, and failed for good
 * (kept a week). Queue names are fixed words, so no label names a person or a space.
 */
export function addJobMetrics(registry: Registry, jobs: Pick<JobEngine, "counts">): void {
  new Gauge({
    name: "mend_jobs",
    help: "Background jobs by queue and state (queued, active, failed)",
    labelNames: ["queue", "state"],
    registers: [registry],
    async collect() {
      this.reset();
      for (const { queue, queued, active, failed } of await jobs.counts()) {
        this.set({ queue, state: "queued" }, queued);
        this.set({ queue, state: "active" }, active);
        this.set({ queue, state: "failed" }, failed);
      }
    },
  });
}

/** Serves `registry` at /metrics on its own listener; resolves to a function that stops it. */
export async function serveMetrics(
  registry: Registry,
  where: { host: string; port: number },
): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((request, response) => {
    if (request.method !== "GET" || request.url !== "/metrics") {
      response.writeHead(404).end();
      return;
    }
    registry.metrics().then(
      (text) => response.writeHead(200, { "content-type": registry.contentType }).end(text),
      () => response.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(where.port, where.host, resolve);
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : where.port;
  return {
    url: `http://${where.host}:${port}/metrics`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
