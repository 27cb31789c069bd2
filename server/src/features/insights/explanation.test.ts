import type { InsightsView, TrustExplanationView } from "@mend/core/insights/contract";
import { durationInWords } from "@mend/core/trust/explanation";
import { defaultTrustModelOptions } from "@mend/core/trust/model";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import { buildSpace, invite, signUp } from "../../../test/support/factories.ts";
import type { TestClient } from "../../../test/support/http-client.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";
import { pairWithClock } from "../agreements/test-fixtures.ts";

const page = (spaceId: string) => `/api/spaces/${spaceId}/insights/how-trust-is-read`;

async function explanationOf(client: TestClient, spaceId: string): Promise<TrustExplanationView> {
  const response = await client.get(page(spaceId));
  expect(response.status, response.text).toBe(200);
  return response.body;
}

describe.each(databaseKinds)("how the trust record is read, on %s", (kind) => {
  let server: TestServer;
  let people: Awaited<ReturnType<typeof pairWithClock>>;

  beforeAll(async () => {
    server = await startTestServer(kind);
    people = await pairWithClock(server);
    const { robin, kit, spaceId } = people;
    const api = `/api/spaces/${spaceId}`;
    // Robin keeps a promise and Kit confirms it; Robin tells something unasked and Kit confirms that.
    const promise = await robin.post(`${api}/promises`, {
      text: "Message you at six to say how the day went",
      schedule: { kind: "daily", time: "18:00", startsOn: "2026-05-04" },
      timeZone: "Europe/London",
    });
    expect(promise.status, promise.text).toBe(201);
    // The occurrence falls due at 17:00 UTC: its evidence counts from then.
    await people.later(9 * 3_600_000);
    const marks = `${api}/promises/${promise.body.id}/marks`;
    const kept = await robin.post(marks, { occurrence: "2026-05-04T18:00", outcome: "kept" });
    expect(kept.status, kept.text).toBe(201);
    server.advance(60_000);
    expect((await kit.post(`${marks}/${kept.body.mark.id}/response`, { response: "confirm" })).status).toBe(
      200,
    );
    const told = await robin.post(`${api}/transparency`, { note: "Told you about Friday before you asked" });
    expect(told.status).toBe(201);
    server.advance(60_000);
    expect(
      (await kit.post(`${api}/transparency/${told.body.id}/response`, { response: "confirm" })).status,
    ).toBe(200);
    // Private to each: a check-in whose sharing stays off never becomes evidence.
    for (const client of [robin, kit]) {
      const checkin = await client.post(`${api}/checkins`, {
        kind: "daily",
        trustNow: 2,
        utcOffsetMinutes: 0,
      });
      expect(checkin.status).toBe(201);
    }
    // Kit offers openness too, which Robin has not answered: it counts at half weight, for both to see.
    expect((await kit.post(`${api}/transparency`, { note: "Shared my week's plans" })).status).toBe(201);
    server.advance(60_000);
  }, 120_000);
  afterAll(() => server?.close());

  it("lists each person's own events, the same ones their record chart counts", async () => {
    const { robin, spaceId } = people;
    const view = await explanationOf(robin, spaceId);
    expect(view.otherName).toBe("Kit");
    expect(view.yours.map((event) => event.kind)).toEqual(["proactive_transparency", "promise_kept"]);
    expect(view.yours[1]).toMatchObject({
      what: "a promise kept",
      raises: ["honesty", "reliability"],
      lowers: [],
      countsNowText: "counts in full",
    });
    expect(view.theirs?.map((event) => event.kind)).toEqual(["proactive_transparency"]);
    expect(view.theirs?.[0]?.countsNow).toBe(0.5);
    const insights: InsightsView = (await robin.get(`/api/spaces/${spaceId}/insights`)).body;
    expect(view.yours).toHaveLength(insights.trust.yourRecord.events);
    expect(view.theirs).toHaveLength(insights.trust.theirRecord?.events ?? -1);
  });

  it("shows both members the same events about each person, and nothing private", async () => {
    const { robin, kit, spaceId } = people;
    const robins = await explanationOf(robin, spaceId);
    const kits = await explanationOf(kit, spaceId);
    expect(kits.otherName).toBe("Robin");
    expect(kits.theirs).toEqual(robins.yours);
    expect(kits.yours).toEqual(robins.theirs);
    // The private check-ins left no trace: every listed event is one of the shared acts above.
    const listed = [...robins.yours, ...(robins.theirs ?? [])].map((event) => event.kind).sort();
    expect(listed).toEqual(["proactive_transparency", "proactive_transparency", "promise_kept"]);
  });

  it("explains the model with its own numbers", async () => {
    const view = await explanationOf(people.kit, people.spaceId);
    const fading = view.model.sections.find((section) => section.id === "fading");
    expect(fading?.paragraphs.join(" ")).toContain(durationInWords(defaultTrustModelOptions.halfLifeDays));
    expect(view.model.elements.map((element) => element.element)).toEqual([
      "honesty",
      "reliability",
      "respect",
      "loyalty",
      "empathy",
    ]);
  });

  it("answers 404 to someone outside the space and to someone who left it", async () => {
    const stranger = server.client();
    await signUp(stranger, "Stranger");
    await buildSpace(stranger);
    expect((await stranger.get(page(people.spaceId))).status).toBe(404);

    const { robin, kit, spaceId } = await pairWithClock(server);
    expect((await kit.post(`/api/spaces/${spaceId}/leave`)).status).toBe(204);
    expect((await kit.get(page(spaceId))).status).toBe(404);
    expect((await explanationOf(robin, spaceId)).theirs).toBeNull();
  });

  it("shows someone who joins after another left nothing from before they came", async () => {
    const { robin, kit, spaceId } = await pairWithClock(server);
    const told = await robin.post(`/api/spaces/${spaceId}/transparency`, { note: "Told you first" });
    server.advance(60_000);
    await kit.post(`/api/spaces/${spaceId}/transparency/${told.body.id}/response`, { response: "confirm" });
    expect((await explanationOf(robin, spaceId)).yours).toHaveLength(1);
    expect((await kit.post(`/api/spaces/${spaceId}/leave`)).status).toBe(204);
    server.advance(60_000);
    const sky = server.client();
    await signUp(sky, "Sky");
    const { token } = await invite(robin, spaceId);
    expect((await sky.post("/api/invitations/accept", { token, view: "them" })).status).toBe(200);
    const skys = await explanationOf(sky, spaceId);
    expect(skys.yours).toEqual([]);
    expect(skys.theirs).toEqual([]);
  });
});
