import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchPostgres } from "../../test/support/databases.ts";
import { buildPair } from "../../test/support/factories.ts";
import { TestClient } from "../../test/support/http-client.ts";
import { openStream } from "../../test/support/sse.ts";
import { buildApp } from "../app.ts";
import { readConfig } from "../config.ts";
import type { DatabaseHandle } from "../db/database.ts";
import { openPostgres } from "../db/postgres.ts";

/** Two app servers on one PostgreSQL database, as behind a load balancer. */
describe.runIf(process.env.TEST_DATABASE_URL)("live updates across app servers", () => {
  const config = readConfig({}, { logLevel: "warn", quickExitUrl: "https://neutral.example/" });
  let scratch: Awaited<ReturnType<typeof createScratchPostgres>>;
  const handles: DatabaseHandle[] = [];
  const apps: FastifyInstance[] = [];
  const urls: string[] = [];

  beforeAll(async () => {
    scratch = await createScratchPostgres();
    for (let i = 0; i < 2; i++) {
      const handle = await openPostgres(scratch.url);
      await handle.migrate();
      const app = await buildApp({ db: handle.db, notifications: handle, config });
      urls.push(await app.listen({ port: 0, host: "127.0.0.1" }));
      handles.push(handle);
      apps.push(app);
    }
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    for (const handle of handles) await handle.close();
    await scratch?.drop();
  });

  it("delivers a change made on one server to a stream open on the other", async () => {
    const [first, second] = urls;
    const robin = new TestClient(first ?? "");
    const kit = new TestClient(first ?? "");
    const space = await buildPair(robin, kit);
    const kitOnSecond = new TestClient(second ?? "").useCookie(kit.sessionCookie);
    const stream = await openStream(kitOnSecond, `/api/spaces/${space.id}/events/stream`);
    expect(stream.status).toBe(200);
    const proposed = await robin.post(`/api/spaces/${space.id}/talks`, {
      topic: "Across servers",
      startsAt: null,
    });
    expect(proposed.status).toBe(201);
    const event = await stream.next((e) => e.kind === "talk.proposed");
    expect(event).toMatchObject({ by: "other", subject: { type: "talk", id: proposed.body.id } });
    stream.close();
  });
});
