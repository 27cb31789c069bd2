import { calm } from "@mend/core/readiness/sample-answers";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { databaseKinds } from "../../test/support/databases.ts";
import { buildPair, buildSpace, invite, signUp } from "../../test/support/factories.ts";
import type { TestClient } from "../../test/support/http-client.ts";
import { openStream } from "../../test/support/sse.ts";
import { startTestServer, type TestServer } from "../../test/support/test-server.ts";
import { sealedItem, sealedReadiness } from "../../test/support/vault.ts";
import { agreementTerms } from "../features/agreements/test-fixtures.ts";
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
      id: crypto.randomUUID(),
      sealed: "mv1.ZHJhZnQ",
    });
    const trigger = (
      await kit.post(`/api/spaces/${spaceId}/triggers`, { category: "place", intensity: 2, share: true })
    ).body;
    await kit.request("PUT", `/api/spaces/${spaceId}/triggers/${trigger.id}/sharing`, { shared: false });
    await kit.post(`/api/spaces/${spaceId}/questions/drafts`, {
      id: crypto.randomUUID(),
      sealed: "mv1.ZHJhZnQ",
    });
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

  it("gives the other person the same ids whether or not private things happened in between", async () => {
    const seen: string[][] = [];
    for (const privately of [false, true]) {
      const first = server.client();
      const second = server.client();
      const pair = `/api/spaces/${(await buildPair(first, second)).id}`;
      const firstStream = await openStream(first, `${pair}/events/stream`);
      const appreciate = async () => {
        const sent = await second.post(`${pair}/appreciations`, { text: "Thank you." });
        expect(sent.status).toBe(201);
        await firstStream.next((e) => e.subject.id === sent.body.id);
      };
      await appreciate();
      // Kit, who was hurt, does everything one can do alone.
      if (privately) {
        const privateActions: [string, string, unknown][] = [
          ["POST", "/letters", await sealedItem("unsent-letter", "Never sent.")],
          ["PUT", "/statements/impact/draft", { id: crypto.randomUUID(), sealed: "mv1.QSBkcmFmdC4" }],
          ["POST", "/questions/drafts", { id: crypto.randomUUID(), sealed: "mv1.V2hlbj8" }],
          ["POST", "/forgiveness/reflections", { step: "feel_it", text: "Mine alone." }],
          [
            "POST",
            "/reflections",
            { ...(await sealedItem("private-reflection", "Mine.")), kind: "self_trust" },
          ],
          ["POST", "/checkins", { kind: "daily", trustNow: 5, utcOffsetMinutes: 0 }],
          ["PUT", "/closeness/ladder/hug", { answer: "yes" }],
          ["POST", "/triggers", { category: "place", intensity: 3 }],
          ["POST", "/readiness", await sealedReadiness(calm)],
        ];
        for (const [method, path, body] of privateActions) {
          const done = await second.request(method, `${pair}${path}`, body);
          expect(done.status, `${method} ${path}`).toBeLessThan(300);
        }
      }
      await appreciate();
      seen.push(firstStream.events.map((e) => e.id));
      firstStream.close();
    }
    const step = (ids: string[] = []) => Number(ids[1]) - Number(ids[0]);
    expect(step(seen[1])).toBe(step(seen[0]));
    expect(seen[1]).toEqual(seen[0]);
    expect(seen[0]).toEqual(["1", "2"]);
  });

  it("counts ids from a member's joining, so they say nothing of the space's past with someone else", async () => {
    const first = server.client();
    const former = server.client();
    const pair = `/api/spaces/${(await buildPair(first, former)).id}`;
    for (let i = 0; i < 3; i++) await former.post(`${pair}/appreciations`, { text: "Thank you." });
    expect((await former.post(`${pair}/leave`)).status).toBe(204);

    const newcomer = server.client();
    await signUp(newcomer, "Sky");
    const { token } = await invite(first, pair.split("/").at(-1) ?? "");
    expect((await newcomer.post("/api/invitations/accept", { token, view: "them" })).status).toBe(200);
    const newcomerStream = await openStream(newcomer, `${pair}/events/stream`, { "last-event-id": "0" });
    const sent = await first.post(`${pair}/appreciations`, { text: "Welcome." });
    const event = await newcomerStream.next((e) => e.subject.id === sent.body.id);
    expect(event.id).toBe("1");
    expect(newcomerStream.events).toHaveLength(1);
    newcomerStream.close();
  });

  it("tells the other person of an agreement proposed and answered, naming the agreement", async () => {
    const kitStream = await stream(kit);
    const robinStream = await stream(robin);
    const proposed = await robin.post(`/api/spaces/${spaceId}/agreements`, agreementTerms());
    expect(proposed.status).toBe(201);
    const event = await kitStream.next((e) => e.kind === "agreement.propose");
    expect(event).toMatchObject({ by: "other", subject: { type: "agreement", id: proposed.body.id } });
    await kit.post(`/api/spaces/${spaceId}/agreements/${proposed.body.id}/accept`, {
      pendingId: proposed.body.pending.id,
    });
    const accepted = await robinStream.next((e) => e.kind === "agreement.accept");
    expect(accepted).toMatchObject({ by: "other", subject: { type: "agreement", id: proposed.body.id } });
    kitStream.close();
    robinStream.close();
  });

  it("tells each person of a promise made, a kept mark, and its confirmation", async () => {
    const kitStream = await stream(kit);
    const robinStream = await stream(robin);
    const promises = `/api/spaces/${spaceId}/promises`;
    const made = await robin.post(promises, {
      text: "Message at six to say how the day went",
      schedule: { kind: "daily", time: "18:00", startsOn: "2026-05-04" },
      timeZone: "Europe/London",
    });
    expect(made.status).toBe(201);
    const subject = { type: "promise", id: made.body.id };
    expect(await kitStream.next((e) => e.kind === "promise.made")).toMatchObject({ by: "other", subject });
    const kept = await robin.post(`${promises}/${made.body.id}/marks`, {
      occurrence: "2026-05-04T18:00",
      outcome: "kept",
    });
    expect(kept.status).toBe(201);
    expect(await kitStream.next((e) => e.kind === "promise.kept")).toMatchObject({ by: "other", subject });
    const confirmed = await kit.post(`${promises}/${made.body.id}/marks/${kept.body.mark.id}/response`, {
      response: "confirm",
    });
    expect(confirmed.status).toBe(200);
    const event = await robinStream.next((e) => e.kind === "promise.confirmed");
    expect(event).toMatchObject({ by: "other", subject });
    kitStream.close();
    robinStream.close();
  });

  it("tells the other person an appreciation arrived, without its words", async () => {
    const robinStream = await stream(robin);
    const sent = await kit.post(`/api/spaces/${spaceId}/appreciations`, {
      text: "Thank you for the words that must stay off the stream",
    });
    expect(sent.status).toBe(201);
    const event = await robinStream.next((e) => e.kind === "appreciation.sent");
    expect(event).toMatchObject({ by: "other", subject: { type: "appreciation", id: sent.body.id } });
    expect(JSON.stringify(robinStream.events)).not.toContain("must stay off");
    robinStream.close();
  });

  it("never streams a closeness ladder answer, nor the first of two lines after time together", async () => {
    const plan = (await robin.post(`/api/spaces/${spaceId}/time-together`, { title: "A walk" })).body;
    expect((await robin.post(`/api/spaces/${spaceId}/time-together/${plan.id}/done`)).status).toBe(200);
    const reflection = `/api/spaces/${spaceId}/time-together/${plan.id}/reflection`;
    const robinStream = await stream(robin);
    const ladder = `/api/spaces/${spaceId}/closeness/ladder/hug`;
    expect((await kit.request("PUT", ladder, { answer: "yes" })).status).toBe(200);
    expect((await kit.request("PUT", ladder, { answer: null })).status).toBe(200);
    expect((await kit.post(reflection, { text: "It was good to be out." })).status).toBe(201);
    // Anything after them arrives, so anything before them would have arrived first.
    const sent = await kit.post(`/api/spaces/${spaceId}/appreciations`, { text: "Thank you." });
    await robinStream.next((e) => e.kind === "appreciation.sent");
    expect(robinStream.events.map((e) => e.subject.id)).toEqual([sent.body.id]);

    // The second line shows both to both, so the first writer hears of it.
    const kitStream = await stream(kit);
    expect((await robin.post(reflection, { text: "I'd like another." })).status).toBe(201);
    const revealed = await kitStream.next((e) => e.kind === "time_together.reflections_revealed");
    expect(revealed).toMatchObject({ by: "other", subject: { type: "time_together", id: plan.id } });
    robinStream.close();
    kitStream.close();
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
