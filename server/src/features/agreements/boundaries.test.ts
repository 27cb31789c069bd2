import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import { buildPair, buildSpace, signUp } from "../../../test/support/factories.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";
import { boundaryAcknowledgments, boundaryVersions } from "./tables.ts";

describe.each(databaseKinds)("boundaries on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  async function withBoundary(statement = "I need to know if you'll be late after 9pm") {
    const robin = server.client();
    const kit = server.client();
    const space = await buildPair(robin, kit);
    const base = `/api/spaces/${space.id}/boundaries`;
    const created = await kit.post(base, { statement, why: "Waiting without news brings back that night" });
    expect(created.status).toBe(201);
    return {
      robin,
      kit,
      base,
      id: created.body.id as string,
      url: `${base}/${created.body.id}`,
      body: created.body,
    };
  }

  it("answers 404 to someone outside the space", async () => {
    const { url, base, body } = await withBoundary();
    const stranger = server.client();
    await signUp(stranger, "Stranger");
    await buildSpace(stranger);
    expect((await stranger.post(`${url}/acknowledge`, { versionId: body.current.versionId })).status).toBe(
      404,
    );
    expect((await stranger.post(`${url}/retire`)).status).toBe(404);
    expect((await stranger.get(base)).status).toBe(404);
  });

  it("needs no acceptance: it is set at once, and only the reader can say they've read it", async () => {
    const { robin, kit, url, body } = await withBoundary();
    expect(body).toMatchObject({
      owner: "you",
      state: "active",
      current: { acknowledgedAt: null, warnings: [] },
      can: { revise: true, retire: true, acknowledge: false },
    });
    const own = await kit.post(`${url}/acknowledge`, { versionId: body.current.versionId });
    expect(own.status).toBe(403);
    const read = await robin.post(`${url}/acknowledge`, { versionId: body.current.versionId });
    expect(read.body).toMatchObject({
      owner: "other",
      current: { acknowledgedAt: expect.any(String) },
      can: { acknowledge: false },
    });
    expect((await kit.get(url.replace(/\/[^/]+$/, ""))).body.boundaries[0].current.acknowledgedAt).toBe(
      read.body.current.acknowledgedAt,
    );
  });

  it("records nothing when the reader merely opens the page", async () => {
    const { robin, base, id } = await withBoundary();
    await robin.get(base);
    await robin.get(base);
    const versions = await server.handle.db
      .select()
      .from(boundaryVersions)
      .where(eq(boundaryVersions.boundaryId, id));
    const acks = await server.handle.db
      .select()
      .from(boundaryAcknowledgments)
      .where(eq(boundaryAcknowledgments.versionId, versions[0]?.id ?? ""));
    expect(acks).toEqual([]);
    expect((await robin.get(base)).body.boundaries[0].current.acknowledgedAt).toBeNull();
  });

  it("keeps every version when the owner rewrites it, and asks the reader to read the new one", async () => {
    const { robin, kit, url, body } = await withBoundary();
    await robin.post(`${url}/acknowledge`, { versionId: body.current.versionId });
    const revised = await kit.post(`${url}/revise`, {
      statement: "I need a message if you'll be late after 10pm",
    });
    expect(
      revised.body.versions.map((v: { statement: string; acknowledgedAt: string | null }) => [
        v.statement,
        v.acknowledgedAt !== null,
      ]),
    ).toEqual([
      ["I need to know if you'll be late after 9pm", true],
      ["I need a message if you'll be late after 10pm", false],
    ]);
    expect((await robin.post(`${url}/revise`, { statement: "Mine now" })).status).toBe(403);
    const stale = await robin.post(`${url}/acknowledge`, { versionId: body.current.versionId });
    expect(stale.status).toBe(409);
    const fresh = await robin.post(`${url}/acknowledge`, { versionId: revised.body.current.versionId });
    expect(fresh.body.current.acknowledgedAt).not.toBeNull();
    const twice = await robin.post(`${url}/acknowledge`, { versionId: revised.body.current.versionId });
    expect(twice.body.current.acknowledgedAt).toBe(fresh.body.current.acknowledgedAt);
  });

  it("lets only the owner retire it, after which it can't change", async () => {
    const { robin, kit, url } = await withBoundary();
    expect((await robin.post(`${url}/retire`)).status).toBe(403);
    const retired = await kit.post(`${url}/retire`);
    expect(retired.body).toMatchObject({
      state: "retired",
      retiredAt: expect.any(String),
      can: { revise: false },
    });
    expect((await kit.post(`${url}/revise`, { statement: "Again" })).status).toBe(409);
  });

  it("warns when a 'boundary' is really control, and explains the difference", async () => {
    const { robin, url } = await withBoundary("You must ask my permission before you go out with anyone");
    const seen = (await robin.get(url.replace(/\/[^/]+$/, ""))).body.boundaries[0];
    expect(seen.current.warnings.map((w: { kind: string }) => w.kind)).toEqual(["movement"]);
    expect(seen.controlNotice).toMatch(/Control decides/);
  });

  it("refuses an empty boundary with 400 and stores nothing", async () => {
    const { kit, base } = await withBoundary();
    const before = await server.handle.db.select().from(boundaryVersions);
    const response = await kit.post(base, { statement: "  " });
    expect(response.status).toBe(400);
    expect(response.body.error.fields.statement).toMatch(/can't be empty/);
    expect(await server.handle.db.select().from(boundaryVersions)).toHaveLength(before.length);
  });
});
