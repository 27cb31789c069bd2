import { calm } from "@mend/core/readiness/sample-answers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import { buildPair, invite, signUp } from "../../../test/support/factories.ts";
import type { TestClient } from "../../../test/support/http-client.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";
import { sealedReadiness } from "../../../test/support/vault.ts";

const acknowledgment = {
  whatIDid: "I kept the messages from you and lied when you asked about them.",
  impact: "You lost faith in your own judgment for weeks.",
  responsibility: "It was my choice and nobody else's.",
};

describe.each(databaseKinds)("the journey follows what the two people did, on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  const phase = async (client: TestClient, spaceId: string, id: string) =>
    (
      (await client.get(`/api/spaces/${spaceId}/journey`)).body.phases as { phase: string; status: string }[]
    ).find((p) => p.phase === id)?.status;

  it("completes Acknowledge for both people only once the hurt person says they feel heard", async () => {
    const robin = server.client();
    const kit = server.client();
    const { id: spaceId } = await buildPair(robin, kit);
    for (const client of [robin, kit])
      await client.post(`/api/spaces/${spaceId}/readiness`, await sealedReadiness(calm));
    expect(await phase(robin, spaceId, "acknowledge")).toBe("not_started");

    const shared = await robin.post(`/api/spaces/${spaceId}/statements/acknowledgment/versions`, {
      parts: acknowledgment,
    });
    expect(shared.status).toBe(201);
    expect(await phase(kit, spaceId, "acknowledge")).toBe("under_way");

    const versionId = shared.body.versions.at(-1).id;
    const partly = await kit.post(`/api/spaces/${spaceId}/statements/versions/${versionId}/responses`, {
      response: "partly",
      note: "You haven't said what it did to us.",
    });
    expect(partly.status).toBe(201);
    expect(await phase(robin, spaceId, "acknowledge")).toBe("under_way");

    const revised = await robin.post(`/api/spaces/${spaceId}/statements/acknowledgment/versions`, {
      parts: {
        ...acknowledgment,
        impact: "You lost faith in your own judgment, and we lost our ease together.",
      },
    });
    await kit.post(
      `/api/spaces/${spaceId}/statements/versions/${revised.body.versions.at(-1).id}/responses`,
      {
        response: "heard",
      },
    );
    expect(await phase(robin, spaceId, "acknowledge")).toBe("complete");
    expect(await phase(kit, spaceId, "acknowledge")).toBe("complete");
  });

  it("leaves out a check-in that shows the other person nothing, even with a sharing switch on", async () => {
    const robin = server.client();
    const kit = server.client();
    const { id: spaceId } = await buildPair(robin, kit);
    const journey = async () => JSON.stringify((await kit.get(`/api/spaces/${spaceId}/journey`)).body);
    const checkIn = (sharing: Record<string, boolean>, need?: string) =>
      robin.post(`/api/spaces/${spaceId}/checkins`, {
        kind: "daily",
        trustNow: 6,
        utcOffsetMinutes: 0,
        ...(need === undefined ? {} : { need }),
        sharing: { trustNow: false, elements: false, emotions: false, signs: false, ...sharing },
      });
    const before = await journey();

    // The request may be shared, but Robin asked for nothing: Kit's check-in list stays empty.
    expect((await checkIn({ need: true })).status).toBe(201);
    expect((await kit.get(`/api/spaces/${spaceId}/checkins/theirs`)).body.checkins).toEqual([]);
    expect(await journey()).toBe(before);
    expect(before).not.toContain("checkin_held");

    // Once something is really shared, it is a fact both may see.
    expect((await checkIn({ need: true }, "A call at lunch.")).status).toBe(201);
    const after = await journey();
    expect(after).toContain("checkin_held");
    expect(after).not.toContain("2 check-ins");
  });

  it("forgets the check-ins of someone who left, so whoever joins next learns nothing of them", async () => {
    const robin = server.client();
    const kit = server.client();
    const { id: spaceId } = await buildPair(robin, kit);
    const shared = await kit.post(`/api/spaces/${spaceId}/checkins`, {
      kind: "daily",
      trustNow: 6,
      utcOffsetMinutes: 0,
      sharing: { trustNow: true, elements: false, emotions: false, signs: false, need: false },
    });
    expect(shared.status).toBe(201);
    expect(JSON.stringify((await robin.get(`/api/spaces/${spaceId}/journey`)).body)).toContain(
      "checkin_held",
    );
    expect((await kit.post(`/api/spaces/${spaceId}/leave`)).status).toBe(204);

    const sky = server.client();
    await signUp(sky, "Sky");
    const { token } = await invite(robin, spaceId);
    expect((await sky.post("/api/invitations/accept", { token, view: "them" })).status).toBe(200);
    const journey = JSON.stringify((await sky.get(`/api/spaces/${spaceId}/journey`)).body);
    expect(journey).not.toContain("checkin_held");
  });

  it("never shows the apology done while the hurt person says it reached them only partly", async () => {
    const robin = server.client();
    const kit = server.client();
    const { id: spaceId } = await buildPair(robin, kit);
    const space = `/api/spaces/${spaceId}`;
    const shared = await robin.post(`${space}/statements/acknowledgment/versions`, {
      parts: { ...acknowledgment, change: "I will show you my messages whenever you ask, without sighing." },
    });
    expect(shared.status, shared.text).toBe(201);
    const promise = await robin.post(`${space}/promises`, {
      text: "Tell you where I am each evening",
      schedule: { kind: "daily", time: "19:00", startsOn: "2026-05-04" },
      timeZone: "Europe/London",
    });
    expect(promise.status, promise.text).toBe(201);
    expect(await phase(kit, spaceId, "responsibility")).toBe("complete");

    const partly = await kit.post(
      `${space}/statements/versions/${shared.body.versions.at(-1).id}/responses`,
      { response: "partly", note: "Saying sorry isn't the same as saying what you will stop doing." },
    );
    expect(partly.status).toBe(201);
    for (const client of [robin, kit]) {
      expect(await phase(client, spaceId, "responsibility")).not.toBe("complete");
      expect(await phase(client, spaceId, "acknowledge")).not.toBe("complete");
    }
  });

  it("shows a follow-up question as waiting on the person who answers it", async () => {
    const robin = server.client();
    const kit = server.client();
    const { id: spaceId } = await buildPair(robin, kit);
    for (const client of [robin, kit])
      await client.post(`/api/spaces/${spaceId}/readiness`, await sealedReadiness(calm));
    const questions = `/api/spaces/${spaceId}/questions`;
    const waitingOn = async (client: TestClient) =>
      ((await client.get(`/api/spaces/${spaceId}/journey`)).body.waitingOn as { id: string }[]).map(
        (w) => w.id,
      );

    const asked = await kit.post(questions, { text: "Who else knew?", detail: "facts" });
    expect(asked.status).toBe(201);
    expect(await waitingOn(kit)).toContain("question_answer");
    expect(
      (await robin.post(`${questions}/${asked.body.id}/answers`, { text: "Only my sister." })).status,
    ).toBe(200);
    expect(await waitingOn(robin)).toContain("answer_review");
    const more = await kit.post(`${questions}/${asked.body.id}/review`, {
      verdict: "need_more",
      followUp: "When did she find out?",
    });
    expect(more.status).toBe(200);
    expect(await waitingOn(kit)).toContain("follow_up");
    expect(await waitingOn(robin)).not.toContain("follow_up");
    const robinJourney = (await robin.get(`/api/spaces/${spaceId}/journey`)).body;
    expect(robinJourney.yourNextStep).not.toBeNull();
  });
});
