import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { databaseKinds } from "../../test/support/databases.ts";
import { buildPair, buildSpace, signUp } from "../../test/support/factories.ts";
import type { TestClient } from "../../test/support/http-client.ts";
import { openStream } from "../../test/support/sse.ts";
import { startTestServer, type TestServer } from "../../test/support/test-server.ts";
import { spaceEventsChannel } from "./bus.ts";

/** True if `promise` settles within `ms`. */
const settlesWithin = (promise: Promise<unknown>, ms: number) =>
  Promise.race([
    promise.then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms)),
  ]);

describe.each(databaseKinds)("live updates over Server-Sent Events on %s", (kind) => {
  let server: TestServer;
  // Robin broke trust; Kit was hurt.
  let robin: TestClient;
  let kit: TestClient;
  let spaceId: string;
  const stream = (client: TestClient, headers?: Record<string, string>) =>
    openStream(client, `/api/spaces/${spaceId}/events/stream`, headers);
  const proposeTalk = async (topic = "Sunday") => {
    const response = await robin.post(`/api/spaces/${spaceId}/talks`, { topic, startsAt: null });
    expect(response.status).toBe(201);
    return response.body.id as string;
  };

  beforeAll(async () => {
    server = await startTestServer(kind);
    robin = server.client();
    kit = server.client();
    spaceId = (await buildPair(robin, kit)).id;
  });
  afterAll(() => server?.close());

  it("answers 404 to someone outside the space before streaming anything", async () => {
    const stranger = server.client();
    await signUp(stranger, "Stranger");
    await buildSpace(stranger);
    const response = await stranger.get(`/api/spaces/${spaceId}/events/stream`);
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    expect((await server.client().get(`/api/spaces/${spaceId}/events/stream`)).status).toBe(401);
  });

  it("tells the other person's open screen that something changed, with ids and kinds only", async () => {
    const kitStream = await stream(kit);
    expect(kitStream.status).toBe(200);
    const talkId = await proposeTalk("A topic that must not travel in the stream");
    const event = await kitStream.next((e) => e.kind === "talk.proposed");
    expect(event).toEqual({
      id: expect.stringMatching(/^\d+$/),
      kind: "talk.proposed",
      at: expect.any(String),
      by: "other",
      subject: { type: "talk", id: talkId },
    });
    const accepted = await kit.post(`/api/spaces/${spaceId}/talks/${talkId}/accept`);
    expect(accepted.body.status).toBe("running");
    const own = await kitStream.next((e) => e.kind === "talk.started");
    expect(own).toMatchObject({ by: "you", subject: { id: talkId } });
    expect(JSON.stringify(kitStream.events)).not.toContain("must not travel");
    await kit.post(`/api/spaces/${spaceId}/talks/${talkId}/end`, { finished: true });
    kitStream.close();
  });

  it("never streams private happenings: drafts, private triggers, un-sharing", async () => {
    const robinStream = await stream(robin);
    await kit.request("PUT", `/api/spaces/${spaceId}/statements/impact/draft`, {
      parts: { happened: "draft" },
    });
    const trigger = (
      await kit.post(`/api/spaces/${spaceId}/triggers`, { category: "place", intensity: 2, share: true })
    ).body;
    await kit.request("PUT", `/api/spaces/${spaceId}/triggers/${trigger.id}/sharing`, { shared: false });
    await kit.post(`/api/spaces/${spaceId}/questions/drafts`, { text: "draft", detail: "facts" });
    const question = (await kit.post(`/api/spaces/${spaceId}/questions`, { text: "When?", detail: "facts" }))
      .body;
    const event = await robinStream.next((e) => e.kind === "question.sent");
    expect(event.subject).toEqual({ type: "question", id: question.id });
    expect(robinStream.events.map((e) => e.kind)).toEqual(["question.sent"]);
    robinStream.close();
  });

  it("catches up on missed events after a reconnect with Last-Event-ID, in order", async () => {
    const first = await stream(kit);
    const talkId = await proposeTalk();
    const seen = await first.next((e) => e.subject.id === talkId);
    first.close();
    await kit.post(`/api/spaces/${spaceId}/talks/${talkId}/cancel`);
    const missed = await proposeTalk("Another");
    const again = await stream(kit, { "last-event-id": seen.id });
    await again.next((e) => e.subject.id === missed);
    const kinds = again.events.map((e) => `${e.kind}:${e.by}`);
    expect(kinds).toEqual(["talk.cancelled:you", "talk.proposed:other"]);
    const ids = again.events.map((e) => Number(e.id));
    expect(ids[0]).toBeGreaterThan(Number(seen.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    await kit.post(`/api/spaces/${spaceId}/talks/${missed}/cancel`);
    again.close();
  });

  it("ends the stream once the person signs out", async () => {
    const other = server.client().useCookie(kit.sessionCookie);
    const open = await stream(other);
    await other.post("/api/auth/logout");
    await server.handle.notify(spaceEventsChannel, JSON.stringify({ spaceId }));
    await open.ended;
    kit.useCookie(undefined);
  });

  it("ends the stream once the person leaves the space, and a reconnect gets 404", async () => {
    const robinStream = await stream(robin);
    const left = await robin.post(`/api/spaces/${spaceId}/leave`);
    expect(left.status).toBe(204);
    // Any app server announcing a change in the space wakes the stream, which finds the membership gone.
    await server.handle.notify(spaceEventsChannel, JSON.stringify({ spaceId }));
    await robinStream.ended;
    expect((await robin.get(`/api/spaces/${spaceId}/events/stream`)).status).toBe(404);
  });
  it("announces leaving at once: the leaver's stream ends and the other's streams are woken", async () => {
    const first = server.client();
    const second = server.client();
    const pair = (await buildPair(first, second)).id;
    const path = `/api/spaces/${pair}/events/stream`;
    const leaverStream = await openStream(first, path);
    const stayerStream = await openStream(second, path);
    const announced: string[] = [];
    const stop = await server.handle.listen(spaceEventsChannel, (payload) => {
      announced.push((JSON.parse(payload) as { spaceId: string }).spaceId);
    });

    expect((await first.post(`/api/spaces/${pair}/leave`)).status).toBe(204);
    // Nothing else happens in the space and the next heartbeat is 15 s away: only the leave itself
    // can end the leaver's stream this soon.
    expect(await settlesWithin(leaverStream.ended, 5000)).toBe(true);
    await vi.waitFor(() => expect(announced).toContain(pair));
    await stop();
    // The one who stays was woken too, found still a member, and keeps their stream.
    expect(await settlesWithin(stayerStream.ended, 300)).toBe(false);
    stayerStream.close();
  });
});
