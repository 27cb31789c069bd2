import { romanticLadder } from "@mend/core/closeness/ladder";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import { buildPair, buildSpace, invite, signUp } from "../../../test/support/factories.ts";
import type { TestClient } from "../../../test/support/http-client.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";

type Answer = "yes" | "maybe_later" | "no" | null;
const everyAnswer: Answer[] = ["yes", "maybe_later", "no", null];
/** Everything the other person can give that isn't yes: these must all look the same. */
const notYes: Answer[] = [null, "no", "maybe_later"];

describe.each(databaseKinds)("the closeness ladder on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  async function pair(): Promise<{ robin: TestClient; kit: TestClient; spaceId: string }> {
    const robin = server.client();
    const kit = server.client();
    const space = await buildPair(robin, kit);
    return { robin, kit, spaceId: space.id };
  }

  const answer = (client: TestClient, spaceId: string, stepId: string, value: Answer) =>
    client.request("PUT", `/api/spaces/${spaceId}/closeness/ladder/${stepId}`, { answer: value });

  /** A response as bytes: status, the headers that describe the body, and the body itself. */
  const bytes = (response: { status: number; headers: Headers; text: string }) =>
    [
      response.status,
      response.headers.get("content-type"),
      response.headers.get("content-length"),
      response.headers.get("etag"),
      response.text,
    ].join("\n");

  /** Everything one member can read that could carry anything about the ladder. */
  async function seenBy(client: TestClient, spaceId: string): Promise<string> {
    const paths = [
      `/api/spaces/${spaceId}/closeness/ladder`,
      `/api/spaces/${spaceId}`,
      `/api/spaces/${spaceId}/journey`,
      `/api/spaces/${spaceId}/maintenance`,
      `/api/spaces/${spaceId}/ending`,
      `/api/spaces/${spaceId}/time-together`,
      `/api/spaces/${spaceId}/appreciations`,
      `/api/spaces/${spaceId}/export.json`,
      "/api/spaces",
    ];
    const out: string[] = [];
    for (const path of paths) out.push(`${path}\n${bytes(await client.get(path))}`);
    return out.join("\n\n");
  }

  it("answers 401 without a session and 404 outside the space, and refuses bad answers", async () => {
    const { robin, spaceId } = await pair();
    expect((await server.client().get(`/api/spaces/${spaceId}/closeness/ladder`)).status).toBe(401);
    const stranger = server.client();
    await signUp(stranger, "Stranger");
    expect((await stranger.get(`/api/spaces/${spaceId}/closeness/ladder`)).status).toBe(404);
    expect((await answer(stranger, spaceId, "hug", "yes")).status).toBe(404);

    const before = (await robin.get(`/api/spaces/${spaceId}/closeness/ladder`)).text;
    const bad = await robin.request("PUT", `/api/spaces/${spaceId}/closeness/ladder/hug`, { answer: "sure" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/yes, maybe_later or no/);
    expect((await robin.request("PUT", `/api/spaces/${spaceId}/closeness/ladder/hug`, {})).status).toBe(400);
    expect((await answer(robin, spaceId, "spend_time", "yes")).status).toBe(404);
    expect((await robin.get(`/api/spaces/${spaceId}/closeness/ladder`)).text).toBe(before);
  });

  it("starts small, shows each person only their own answers, and nothing together yet", async () => {
    const { robin, spaceId } = await pair();
    await answer(robin, spaceId, "hug", "yes");
    const view = (await robin.get(`/api/spaces/${spaceId}/closeness/ladder`)).body;
    expect(view.kind).toBe("romantic");
    expect(view.steps.map((s: { id: string }) => s.id)).toEqual(romanticLadder.map((s) => s.id));
    expect(Object.keys(view.steps[0]).sort()).toEqual(["detail", "id", "title", "yourAnswer"]);
    expect(view.steps.find((s: { id: string }) => s.id === "hug").yourAnswer).toBe("yes");
    expect(view.together).toEqual([]);
    expect(Object.keys(view).sort()).toEqual(["kind", "steps", "together"]);
  });

  it("reveals to both exactly the steps both said yes to", async () => {
    const { robin, kit, spaceId } = await pair();
    await answer(robin, spaceId, "hold_hands", "yes");
    await answer(robin, spaceId, "hug", "yes");
    await answer(robin, spaceId, "kiss", "no");
    await answer(kit, spaceId, "hug", "yes");
    await answer(kit, spaceId, "kiss", "yes");
    await answer(kit, spaceId, "hold_hands", "maybe_later");
    expect((await robin.get(`/api/spaces/${spaceId}/closeness/ladder`)).body.together).toEqual(["hug"]);
    expect((await kit.get(`/api/spaces/${spaceId}/closeness/ladder`)).body.together).toEqual(["hug"]);
  });

  it("never lets the other's no, maybe later or silence be told apart, in any response, for any answer of one's own", async () => {
    const { robin, kit, spaceId } = await pair();
    // Some unrelated answers on other steps, so counts and ordering have something to leak through.
    await answer(robin, spaceId, "sit_close", "yes");
    await answer(kit, spaceId, "sit_close", "yes");
    await answer(kit, spaceId, "cuddle", "no");

    for (const mine of everyAnswer) {
      await answer(robin, spaceId, "hug", mine);
      const seen: string[] = [];
      for (const theirs of notYes) {
        await answer(kit, spaceId, "hug", theirs);
        const own = bytes(await answer(robin, spaceId, "hug", mine));
        seen.push(`${own}\n\n${await seenBy(robin, spaceId)}`);
      }
      expect(seen[1]).toBe(seen[0]);
      expect(seen[2]).toBe(seen[0]);
      // Never any pressure: nothing says the other person is waiting, or hasn't answered.
      const ladder = (await robin.get(`/api/spaces/${spaceId}/closeness/ladder`)).text;
      expect(ladder).not.toMatch(/waiting|answered|pending/i);
    }

    // And when they did say yes, only a yes of one's own reveals it.
    await answer(kit, spaceId, "hug", "yes");
    for (const mine of everyAnswer) {
      const view = (await answer(robin, spaceId, "hug", mine)).body;
      expect(view.together).toEqual(mine === "yes" ? ["sit_close", "hug"] : ["sit_close"]);
    }
  });

  it("hides a revealed step from both the moment either person withdraws", async () => {
    const { robin, kit, spaceId } = await pair();
    await answer(robin, spaceId, "kiss", "yes");
    const neverAnswered = await seenBy(robin, spaceId);
    await answer(kit, spaceId, "kiss", "yes");
    expect((await robin.get(`/api/spaces/${spaceId}/closeness/ladder`)).body.together).toEqual(["kiss"]);

    const withdrawn = await answer(kit, spaceId, "kiss", "maybe_later");
    expect(withdrawn.body.together).toEqual([]);
    expect(await seenBy(robin, spaceId)).toBe(neverAnswered);

    await answer(kit, spaceId, "kiss", "yes");
    await answer(robin, spaceId, "kiss", null);
    expect((await kit.get(`/api/spaces/${spaceId}/closeness/ladder`)).body.together).toEqual([]);
    expect((await robin.get(`/api/spaces/${spaceId}/closeness/ladder`)).body.steps[4]).toMatchObject({
      id: "kiss",
      yourAnswer: null,
    });
  });

  it("counts a yes given while waiting for the other person to join", async () => {
    const robin = server.client();
    const kit = server.client();
    await signUp(robin, "Robin");
    await signUp(kit, "Kit");
    const space = await buildSpace(robin);
    expect((await answer(robin, space.id, "hug", "yes")).status).toBe(200);
    server.advance(60_000);
    const { token } = await invite(robin, space.id);
    expect((await kit.post("/api/invitations/accept", { token, view: "them" })).status).toBe(200);
    expect((await answer(kit, space.id, "hug", "yes")).body.together).toEqual(["hug"]);
  });

  it("after someone leaves, counts towards a match only the yeses given since", async () => {
    const { robin, kit, spaceId } = await pair();
    const together = async (client: TestClient) =>
      (await client.get(`/api/spaces/${spaceId}/closeness/ladder`)).body.together;
    await answer(robin, spaceId, "hug", "yes");
    await answer(kit, spaceId, "hug", "yes");
    expect(await together(robin)).toEqual(["hug"]);

    expect((await kit.post(`/api/spaces/${spaceId}/leave`)).status).toBe(204);
    server.advance(60_000);
    const sky = server.client();
    await signUp(sky, "Sky");
    const { token } = await invite(robin, spaceId);
    expect((await sky.post("/api/invitations/accept", { token, view: "them" })).status).toBe(200);
    server.advance(60_000);
    // Robin's yes was given to Kit: Sky's yes must not reveal it, on the page or in either export.
    expect((await answer(sky, spaceId, "hug", "yes")).body.together).toEqual([]);
    expect(await together(sky)).toEqual([]);
    expect(await together(robin)).toEqual([]);
    for (const client of [robin, sky]) {
      const exported = (await client.get(`/api/spaces/${spaceId}/export.json`)).text;
      expect(exported).not.toContain("Both said yes");
    }
    // Robin still sees their own answer as they gave it.
    const robinsView = (await robin.get(`/api/spaces/${spaceId}/closeness/ladder`)).body;
    expect(robinsView.steps.find((step: { id: string }) => step.id === "hug").yourAnswer).toBe("yes");

    // Saying yes again, now that Sky is here, is a yes to Sky.
    server.advance(60_000);
    expect((await answer(robin, spaceId, "hug", "yes")).body.together).toEqual(["hug"]);
    expect(await together(sky)).toEqual(["hug"]);
    expect((await sky.get(`/api/spaces/${spaceId}/export.json`)).text).toContain("Both said yes");
  });

  it("offers a non-romantic ladder to family members and friends", async () => {
    const robin = server.client();
    const kit = server.client();
    await signUp(robin, "Robin");
    await signUp(kit, "Kit");
    const space = await buildSpace(robin, { relationship: "family" });
    const { token } = await invite(robin, space.id);
    await kit.post("/api/invitations/accept", { token, view: "them" });
    const view = (await robin.get(`/api/spaces/${space.id}/closeness/ladder`)).body;
    expect(view.kind).toBe("non_romantic");
    expect(view.steps[0].id).toBe("spend_time");
    expect((await answer(robin, space.id, "kiss", "yes")).status).toBe(404);
    await answer(robin, space.id, "share_personal", "yes");
    await answer(kit, space.id, "share_personal", "yes");
    expect((await kit.get(`/api/spaces/${space.id}/closeness/ladder`)).body.together).toEqual([
      "share_personal",
    ]);
  });
});
