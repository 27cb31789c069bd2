import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds, openTestDatabase } from "../../test/support/databases.ts";
import { buildSpace, signUp } from "../../test/support/factories.ts";
import { TestClient } from "../../test/support/http-client.ts";
import { buildApp } from "../app.ts";
import { readConfig } from "../config.ts";
import type { DatabaseHandle } from "../db/database.ts";
import { serveMetrics } from "./metrics.ts";

describe("metrics are off unless asked for", () => {
  it("has no metrics by default and reads MEND_METRICS", () => {
    expect(readConfig({}).metrics).toBeUndefined();
    expect(readConfig({ MEND_METRICS: "1" }).metrics).toEqual({ host: "127.0.0.1", port: 9464 });
  });
});

describe.each(databaseKinds)("metrics on %s", (kind) => {
  let handle: DatabaseHandle;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let client: TestClient;
  beforeAll(async () => {
    handle = await openTestDatabase(kind);
    app = await buildApp({
      db: handle.db,
      notifications: handle,
      config: readConfig({}, { quickExitUrl: "https://neutral.example/" }),
      metricsOf: handle,
    });
    await app.listen({ port: 0, host: "127.0.0.1" });
    const address = app.server.address();
    client = new TestClient(`http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`);
  });
  afterAll(async () => {
    await app?.close();
    await handle?.close();
  });

  it("counts requests by route pattern, never by id or person, on a listener of its own", async () => {
    const { email } = await signUp(client, "Robin");
    const space = await buildSpace(client);
    await client.get(`/api/spaces/${space.id}/journey`);
    await client.get("/api/config");
    await client.get("/api/config");

    const metrics = app.metrics;
    if (!metrics) throw new Error("metrics were asked for");
    const served = await serveMetrics(metrics, { host: "127.0.0.1", port: 0 });
    try {
      const text = await (await fetch(served.url)).text();
      expect(text).toMatch(/mend_http_requests_total\{method="GET",route="\/api\/config",status="2xx"\} 2/);
      expect(text).toMatch(/route="\/api\/spaces\/:spaceId\/journey"/);
      expect(text).toMatch(/mend_http_request_duration_seconds_bucket/);
      expect(text).toMatch(/mend_process_cpu_seconds_total/);
      expect(text).toMatch(/mend_db_queries_total [1-9]/);
      expect(text).not.toContain(space.id);
      expect(text).not.toContain(email);
      if (kind === "postgres") expect(text).toMatch(/mend_db_pool_connections\{state="total"\} \d/);
    } finally {
      await served.close();
    }
  });
});
