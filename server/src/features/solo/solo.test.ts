import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import { expectExport } from "../../../test/support/export.ts";
import { buildSpace, invite, signUp } from "../../../test/support/factories.ts";
import type { TestClient } from "../../../test/support/http-client.ts";
import { openStream } from "../../../test/support/sse.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";
import { spaceEvents } from "../spaces/tables.ts";

describe.each(databaseKinds)("the path for one person alone on %s", (kind) => {
  let server: TestServer;
  let dana: TestClient;
  let lee: TestClient;
  let spaceId: string;
  const url = (path = "") => `/api/spaces/${spaceId}/solo${path}`;
  const path = async (client: TestClient = dana) => {
    const response = await client.get(url());
    expect(response.status, response.text).toBe(200);
    return response.body;
  };
  const stepOf = async (id: string, client: TestClient = dana) =>
    (await path(client)).steps.find((s: { id: string }) => s.id === id);
  const eventCount = async () =>
    (await server.handle.db.select().from(spaceEvents).where(eq(spaceEvents.spaceId, spaceId))).length;

  beforeAll(async () => {
    server = await startTestServer(kind);
    dana = server.client();
    lee = server.client();
    await signUp(dana, "Dana");
    await signUp(lee, "Lee");
    // Dana was hurt ("them": the other person broke trust) and is here alone.
    spaceId = (await buildSpace(dana, { view: "them", otherName: "Lee" })).id;
  });
  afterAll(() => server?.close());

  it("offers the person who was hurt their own steps, none done yet", async () => {
    const view = await path();
    expect(view.role).toBe("hurt");
    expect(view.otherHere).toBe(false);
    expect(view.steps).toEqual([
      { id: "timeline", done: false, progress: null },
      { id: "support", done: false, progress: null },
      { id: "self_trust", done: false, progress: { done: 0, of: 5 } },
      { id: "decide", done: false, progress: null },
    ]);
    expect(view.series.map((s: { id: string }) => s.id)).toEqual(["self_trust"]);
  });

  it("keeps a timeline in date order, with the roughly-placed entries after, and refuses an entry without a when", async () => {
    const before = (await path()).timeline;
    const refused = await dana.post(url("/timeline"), {
      happened: "Messages late at night",
      certainty: "know",
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/date, or say roughly/);
    const badCertainty = await dana.post(url("/timeline"), {
      roughly: "Spring",
      happened: "x",
      certainty: "maybe",
    });
    expect(badCertainty.status).toBe(400);
    expect((await path()).timeline).toEqual(before);

    const rough = await dana.post(url("/timeline"), {
      roughly: "Some time in spring",
      happened: "TIMELINE-CANARY: a trip I was told was for work",
      certainty: "need_to_know",
    });
    expect(rough.status, rough.text).toBe(201);
    const late = await dana.post(url("/timeline"), {
      date: "2026-06-02",
      happened: "Found the messages",
      certainty: "know",
    });
    const early = await dana.post(url("/timeline"), {
      date: "2026-01-15",
      happened: "First late evenings",
      certainty: "know",
    });
    expect((await path()).timeline.map((e: { id: string }) => e.id)).toEqual([
      early.body.id,
      late.body.id,
      rough.body.id,
    ]);

    const edited = await dana.request("PUT", url(`/timeline/${rough.body.id}`), {
      date: "2026-04-10",
      happened: "TIMELINE-CANARY: the trip",
      certainty: "know",
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ date: "2026-04-10", roughly: null, certainty: "know" });
    expect((await path()).timeline.map((e: { id: string }) => e.id)).toEqual([
      early.body.id,
      rough.body.id,
      late.body.id,
    ]);
    expect((await dana.request("DELETE", url(`/timeline/${early.body.id}`))).status).toBe(204);
    expect((await dana.request("DELETE", url(`/timeline/${early.body.id}`))).status).toBe(404);
    expect(await stepOf("timeline")).toEqual({ id: "timeline", done: true, progress: null });
  });

  it("keeps a list of people to lean on", async () => {
    expect((await dana.post(url("/supporters"), { name: "", reach: "x" })).status).toBe(400);
    const sam = await dana.post(url("/supporters"), { name: "Sam", reach: "SUPPORT-CANARY 0700 000000" });
    expect(sam.status).toBe(201);
    expect(sam.body).toEqual({
      id: expect.any(String),
      name: "Sam",
      reach: "SUPPORT-CANARY 0700 000000",
      note: null,
    });
    const changed = await dana.request("PUT", url(`/supporters/${sam.body.id}`), {
      name: "Sam",
      reach: "SUPPORT-CANARY 0700 000000",
      note: "Evenings are best",
    });
    expect(changed.body.note).toBe("Evenings are best");
    expect((await path()).supporters).toHaveLength(1);
    expect(await stepOf("support")).toMatchObject({ done: true });
  });

  it("walks the self-trust series one prompt at a time, one answer per prompt", async () => {
    const view = await path();
    expect(view.series[0].answers).toEqual([]);
    expect((await dana.request("PUT", url("/answers/self_trust.unknown"), { text: "x" })).status).toBe(404);
    expect((await dana.request("PUT", url("/answers/self_trust.noticed"), { text: "  " })).status).toBe(400);
    const prompts = ["noticed", "talked_out_of", "held_up", "not_your_fault", "next_signal"];
    for (const [index, prompt] of prompts.entries()) {
      const answered = await dana.request("PUT", url(`/answers/self_trust.${prompt}`), {
        text: `REFLECTION-CANARY ${index}`,
      });
      expect(answered.status, answered.text).toBe(200);
      expect(await stepOf("self_trust")).toMatchObject({
        done: index === prompts.length - 1,
        progress: { done: index + 1, of: 5 },
      });
    }
    // Answering again rewrites the answer rather than adding one.
    await dana.request("PUT", url("/answers/self_trust.noticed"), { text: "REFLECTION-CANARY rewritten" });
    const answers = (await path()).series[0].answers;
    expect(answers).toHaveLength(5);
    expect(answers.find((a: { promptId: string }) => a.promptId === "self_trust.noticed").text).toBe(
      "REFLECTION-CANARY rewritten",
    );
    expect((await dana.request("DELETE", url("/answers/self_trust.held_up"))).status).toBe(204);
    expect(await stepOf("self_trust")).toMatchObject({ done: false, progress: { done: 4, of: 5 } });
    expect((await dana.request("DELETE", url("/answers/self_trust.held_up"))).status).toBe(404);
  });

  it("keeps everything from the other person once they join: no entry, count, event, stream or export", async () => {
    const { token } = await invite(dana, spaceId);
    expect((await lee.post("/api/invitations/accept", { token, view: "me" })).status).toBe(200);
    const leeSees = async () => {
      const pages = [
        "",
        "/journey",
        "/insights",
        "/help",
        "/solo",
        "/deciding",
        "/forgiveness",
        "/readiness",
      ];
      const texts: string[] = [];
      for (const page of pages) texts.push((await lee.get(`/api/spaces/${spaceId}${page}`)).text);
      return texts.join("\n");
    };
    const leesPathBefore = (await lee.get(url())).text;
    const eventsBefore = await eventCount();
    const leeStream = await openStream(lee, `/api/spaces/${spaceId}/events/stream`);
    let danaEntry: string;
    try {
      const entry = await dana.post(url("/timeline"), {
        roughly: "Yesterday",
        happened: "TIMELINE-CANARY after joining",
        certainty: "need_to_know",
      });
      danaEntry = entry.body.id;
      await dana.post(url("/supporters"), { name: "Ari", reach: "SUPPORT-CANARY 2" });
      await dana.request("PUT", url("/answers/self_trust.held_up"), { text: "REFLECTION-CANARY again" });
      // Something Lee is meant to see comes next: it must be the first thing the stream carries.
      const talk = await dana.post(`/api/spaces/${spaceId}/talks`, { topic: "Sunday", startsAt: null });
      expect(talk.status).toBe(201);
      await leeStream.next((event) => event.kind === "talk.proposed");
      expect(leeStream.events.map((event) => event.kind)).toEqual(["talk.proposed"]);
    } finally {
      leeStream.close();
    }
    expect(await eventCount()).toBe(eventsBefore + 1); // the talk, and nothing of Dana's path
    expect((await lee.get(url())).text).toBe(leesPathBefore);
    const after = await leeSees();
    expect(after).not.toMatch(/CANARY/);
    expect(after).not.toContain(danaEntry);
    // Lee's own path page is Lee's alone: empty, whatever Dana wrote.
    const leePath = await path(lee);
    expect(leePath.role).toBe("broke_trust");
    expect([...leePath.timeline, ...leePath.supporters, ...leePath.amends]).toEqual([]);
    expect(leePath.series.flatMap((s: { answers: unknown[] }) => s.answers)).toEqual([]);
    // Lee can neither change nor remove Dana's entries, nor learn that they exist.
    const edit = await lee.request("PUT", url(`/timeline/${danaEntry}`), {
      roughly: "x",
      happened: "changed",
      certainty: "know",
    });
    expect(edit.status).toBe(404);
    expect(edit.text).toBe(
      (await lee.request("DELETE", url("/timeline/00000000-0000-4000-8000-000000000000"))).text,
    );
    expect((await lee.request("DELETE", url(`/timeline/${danaEntry}`))).status).toBe(404);
    expect((await path()).timeline.some((e: { id: string }) => e.id === danaEntry)).toBe(true);
    await expectExport(dana, spaceId, {
      holds: ["TIMELINE-CANARY", "SUPPORT-CANARY", "REFLECTION-CANARY"],
      never: [],
    });
    await expectExport(lee, spaceId, {
      holds: [],
      never: ["TIMELINE-CANARY", "SUPPORT-CANARY", "REFLECTION-CANARY"],
    });
  });

  it("gives the person who broke trust their steps: understanding, the acknowledgment, amends, self-forgiveness", async () => {
    const view = await path(lee);
    expect(view.steps.map((s: { id: string }) => s.id)).toEqual([
      "how_it_happened",
      "acknowledgment",
      "own_amends",
      "self_forgiveness",
      "decide",
    ]);
    expect((await lee.request("PUT", url("/answers/self_trust.noticed"), { text: "x" })).status).toBe(200);
    const amend = await lee.post(url("/amends"), { what: "AMEND-CANARY pay back what I spent" });
    expect(amend.status).toBe(201);
    expect(await stepOf("own_amends", lee)).toEqual({
      id: "own_amends",
      done: false,
      progress: { done: 0, of: 1 },
    });
    const done = await lee.request("PUT", url(`/amends/${amend.body.id}/done`), { done: true });
    expect(done.body.doneAt).toEqual(expect.any(String));
    server.advance(60_000);
    const again = await lee.request("PUT", url(`/amends/${amend.body.id}/done`), { done: true });
    expect(again.body.doneAt).toBe(done.body.doneAt);
    expect(await stepOf("own_amends", lee)).toMatchObject({ done: true, progress: { done: 1, of: 1 } });
    expect((await dana.request("PUT", url(`/amends/${amend.body.id}/done`), { done: false })).status).toBe(
      404,
    );
    const undone = await lee.request("PUT", url(`/amends/${amend.body.id}/done`), { done: false });
    expect(undone.body.doneAt).toBeNull();

    expect(await stepOf("acknowledgment", lee)).toMatchObject({ done: false });
    const draft = await lee.request("PUT", `/api/spaces/${spaceId}/statements/acknowledgment/draft`, {
      id: crypto.randomUUID(),
      sealed: "mv1.c2VhbGVkIGJ5IExlZSdzIGJyb3dzZXI",
    });
    expect(draft.status, draft.text).toBeLessThan(300);
    expect(await stepOf("acknowledgment", lee)).toMatchObject({ done: true });
    expect((await dana.get(url())).text).not.toContain("AMEND-CANARY");
  });
});
