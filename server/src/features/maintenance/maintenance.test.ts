import { phasesBeforeMaintenance } from "@mend/core/maintenance/rules";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import { buildPair, signUp } from "../../../test/support/factories.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";
import { factsContext } from "../journey/facts.ts";
import { gatherMaintenanceInputs, type MaintenanceSource } from "./sources.ts";
import { maintenanceReviews } from "./tables.ts";

describe.each(databaseKinds)("keeping it up on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  async function pair() {
    const robin = server.client();
    const kit = server.client();
    const space = await buildPair(robin, kit);
    return { robin, kit, spaceId: space.id };
  }

  it("answers 401 without a session and 404 outside the space", async () => {
    const { spaceId } = await pair();
    expect((await server.client().get(`/api/spaces/${spaceId}/maintenance`)).status).toBe(401);
    const stranger = server.client();
    await signUp(stranger, "Stranger");
    expect((await stranger.get(`/api/spaces/${spaceId}/maintenance`)).status).toBe(404);
    expect((await stranger.post(`/api/spaces/${spaceId}/maintenance/reviews`)).status).toBe(404);
  });

  it("shows a new space as still repairing, with every required phase left, the same for both", async () => {
    const { robin, kit, spaceId } = await pair();
    const view = await robin.get(`/api/spaces/${spaceId}/maintenance`);
    expect(view.body).toEqual({ stage: "repairing", remaining: [...phasesBeforeMaintenance] });
    expect((await kit.get(`/api/spaces/${spaceId}/maintenance`)).text).toBe(view.text);
  });

  it("won't mark a monthly conversation before maintenance begins, and stores nothing", async () => {
    const { robin, spaceId } = await pair();
    const refused = await robin.post(`/api/spaces/${spaceId}/maintenance/reviews`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/earlier parts of the repair/);
    expect(await server.handle.db.select().from(maintenanceReviews)).toEqual([]);
  });

  it("gathers inputs from shared facts and every plugged-in source", async () => {
    const { spaceId } = await pair();
    const db = server.handle.db;
    const now = new Date("2026-05-04T09:00:00Z");
    const context = await factsContext(db, spaceId, now);
    const [first] = context.roles.members;
    if (!first) throw new Error("the pair has members");
    const trust: MaintenanceSource = async () => ({
      trustRatings: [{ at: new Date("2026-05-01T09:00:00Z"), by: first.id, rating: 6 }],
    });
    const inputs = await gatherMaintenanceInputs(context, [trust, trust]);
    expect(inputs.phases.map((p) => p.phase)).toContain("closeness");
    expect(inputs.trustRatings).toHaveLength(2);
    expect(inputs).toMatchObject({ checkins: [], reviews: [], promiseOutcomes: [], breaches: [] });
  });

  it("dates check-ins, shown to both, only by the ones that show the other person something", async () => {
    const { robin, spaceId } = await pair();
    const db = server.handle.db;
    const checkinTimes = async () =>
      (await gatherMaintenanceInputs(await factsContext(db, spaceId, new Date("2026-05-05T09:00:00Z"))))
        .checkins;
    const checkIn = (need?: string) =>
      robin.post(`/api/spaces/${spaceId}/checkins`, {
        kind: "daily",
        trustNow: 6,
        utcOffsetMinutes: 0,
        ...(need === undefined ? {} : { need }),
        sharing: { trustNow: false, elements: false, emotions: false, signs: false, need: true },
      });
    expect((await checkIn()).status).toBe(201);
    expect(await checkinTimes()).toEqual([]);
    expect((await checkIn("A walk on Sunday.")).status).toBe(201);
    expect(await checkinTimes()).toHaveLength(1);
  });
});
