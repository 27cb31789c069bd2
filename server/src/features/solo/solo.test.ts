import { randomUUID } from "node:crypto";
import type { VaultItemKind } from "@mend/core/vault/kinds";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import { expectExport } from "../../../test/support/export.ts";
import { buildSpace, invite, signUp } from "../../../test/support/factories.ts";
import type { TestClient } from "../../../test/support/http-client.ts";
import { openStream } from "../../../test/support/sse.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";
import { memberIdOf, testVault } from "../../../test/support/vault.ts";
import { spaceEvents } from "../spaces/tables.ts";
import { privateEntries } from "./tables.ts";

describe.each(databaseKinds)("the path for one person alone on %s", (kind) => {
  let server: TestServer;
  let dana: TestClient;
  let lee: TestClient;
  let spaceId: string;
  // Each person's browser, with a vault key of its own: the server only ever sees the envelopes.
  const danasVault = testVault();
  const leesVault = testVault();
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
  /** What a browser sends for an entry: the id it made and the entry's words sealed under it. */
  const sealed = async (
    kind: VaultItemKind,
    words: object,
    id: string = randomUUID(),
    vault = danasVault,
  ): Promise<{ id: string; sealed: string }> => ({
    id,
    sealed: await vault.seal(kind, id, JSON.stringify(words)),
  });
  const opened = async (kind: VaultItemKind, entry: { id: string; sealed: string }, vault = danasVault) =>
    JSON.parse(await vault.open(kind, entry.id, entry.sealed));
  const rowOf = async (id: string) =>
    (await server.handle.db.select().from(privateEntries).where(eq(privateEntries.id, id)))[0];
  /** How many entries hold a text anywhere the server keeps them. */
  const rowsHolding = async (text: string) => {
    const result = await server.handle.db.execute(
      sql`select count(*)::int as n from private_entries
          where concat(sealed, body::text, shared_texts::text, prompt_id) like ${`%${text}%`}`,
    );
    // Either database's driver answers in its own shape; the count reads the same in both.
    return Number(/"n":(\d+)/.exec(JSON.stringify(result))?.[1]);
  };

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

  it("refuses an entry's words in the clear, an envelope without its id and a taken id, storing nothing", async () => {
    const before = await path();
    const words = { roughly: "Spring", happened: "TIMELINE-CANARY plain", certainty: "know" };
    const entry = await sealed("solo-timeline", words);
    for (const [route, body] of [
      ["/timeline", words],
      ["/timeline", { ...entry, ...words }],
      ["/timeline", { sealed: entry.sealed }],
      ["/timeline", { id: entry.id, sealed: "TIMELINE-CANARY plain" }],
      ["/timeline", { id: "not-an-id", sealed: entry.sealed }],
      ["/supporters", { name: "Sam", reach: "SUPPORT-CANARY plain" }],
      ["/amends", { what: "AMEND-CANARY plain" }],
    ] as const) {
      const refused = await dana.post(url(route), body);
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect(refused.body.error.message).toBeTruthy();
    }
    const plainAnswer = await dana.request("PUT", url("/answers/self_trust.noticed"), {
      text: "REFLECTION-CANARY plain",
    });
    expect(plainAnswer.status).toBe(400);
    expect(await path()).toEqual(before);
    expect(await rowsHolding("CANARY")).toBe(0);

    expect((await dana.post(url("/timeline"), entry)).status).toBe(201);
    const clash = await sealed("solo-supporter", { name: "Sam", reach: "x", note: null }, entry.id);
    expect((await dana.post(url("/supporters"), clash)).status).toBe(409);
    const edit = await dana.request("PUT", url(`/timeline/${entry.id}`), words);
    expect(edit.status).toBe(400);
    expect(await rowOf(entry.id)).toMatchObject({ kind: "timeline", sealed: entry.sealed, body: null });
    expect((await dana.request("DELETE", url(`/timeline/${entry.id}`))).status).toBe(204);
  });

  it("keeps a timeline as envelopes, in the order written, for the browser to put in date order", async () => {
    const rough = await sealed("solo-timeline", {
      date: null,
      roughly: "Some time in spring",
      happened: "TIMELINE-CANARY: a trip I was told was for work",
      certainty: "need_to_know",
    });
    const late = await sealed("solo-timeline", {
      date: "2026-06-02",
      roughly: null,
      happened: "Found the messages",
      certainty: "know",
    });
    for (const entry of [rough, late]) {
      // A minute apart: the order written is the order the server keeps.
      server.advance(60_000);
      const added = await dana.post(url("/timeline"), entry);
      expect(added.status, added.text).toBe(201);
      expect(added.body).toEqual({ ...entry, plain: null, writtenAt: expect.any(String) });
    }
    const { timeline } = await path();
    expect(timeline.map((e: { id: string }) => e.id)).toEqual([rough.id, late.id]);
    expect(JSON.stringify(timeline)).not.toMatch(/CANARY|2026-06-02|spring/);
    expect(await opened("solo-timeline", timeline[0])).toMatchObject({ roughly: "Some time in spring" });

    // A rewrite is sealed again under the entry's id, and replaces the envelope.
    const rewritten = await sealed(
      "solo-timeline",
      { date: "2026-04-10", roughly: null, happened: "TIMELINE-CANARY: the trip", certainty: "know" },
      rough.id,
    );
    const edited = await dana.request("PUT", url(`/timeline/${rough.id}`), { sealed: rewritten.sealed });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ id: rough.id, sealed: rewritten.sealed, plain: null });
    expect(await opened("solo-timeline", edited.body)).toMatchObject({ date: "2026-04-10" });
    expect((await dana.request("DELETE", url(`/timeline/${late.id}`))).status).toBe(204);
    expect((await dana.request("DELETE", url(`/timeline/${late.id}`))).status).toBe(404);
    expect(await stepOf("timeline")).toEqual({ id: "timeline", done: true, progress: null });
    expect(await rowsHolding("CANARY")).toBe(0);
  });

  it("keeps a list of people to lean on", async () => {
    const sam = await sealed("solo-supporter", {
      name: "Sam",
      reach: "SUPPORT-CANARY 0700 000000",
      note: null,
    });
    const added = await dana.post(url("/supporters"), sam);
    expect(added.status).toBe(201);
    expect(added.body).toEqual({ ...sam, plain: null });
    const note = await sealed(
      "solo-supporter",
      { name: "Sam", reach: "SUPPORT-CANARY 0700 000000", note: "Evenings are best" },
      sam.id,
    );
    const changed = await dana.request("PUT", url(`/supporters/${sam.id}`), { sealed: note.sealed });
    expect(await opened("solo-supporter", changed.body)).toMatchObject({ note: "Evenings are best" });
    expect((await path()).supporters).toHaveLength(1);
    expect(await stepOf("support")).toMatchObject({ done: true });
  });

  it("walks the self-trust series one prompt at a time, one answer per prompt, rewritten under its id", async () => {
    const view = await path();
    expect(view.series[0].answers).toEqual([]);
    const answer = (text: string, id?: string) => sealed("solo-prompt-answer", { text }, id);
    expect((await dana.request("PUT", url("/answers/self_trust.unknown"), await answer("x"))).status).toBe(
      404,
    );
    const prompts = ["noticed", "talked_out_of", "held_up", "not_your_fault", "next_signal"];
    const ids: string[] = [];
    for (const [index, prompt] of prompts.entries()) {
      const body = await answer(`REFLECTION-CANARY ${index}`);
      ids.push(body.id);
      const answered = await dana.request("PUT", url(`/answers/self_trust.${prompt}`), body);
      expect(answered.status, answered.text).toBe(200);
      expect(answered.body).toMatchObject({ ...body, promptId: `self_trust.${prompt}`, plain: null });
      expect(await stepOf("self_trust")).toMatchObject({
        done: index === prompts.length - 1,
        progress: { done: index + 1, of: 5 },
      });
    }
    // Answering again rewrites the answer under its own id rather than adding one; another id is refused.
    const elsewhere = await answer("REFLECTION-CANARY from another tab");
    expect((await dana.request("PUT", url("/answers/self_trust.noticed"), elsewhere)).status).toBe(409);
    const rewrite = await answer("REFLECTION-CANARY rewritten", ids[0]);
    expect((await dana.request("PUT", url("/answers/self_trust.noticed"), rewrite)).status).toBe(200);
    const answers = (await path()).series[0].answers;
    expect(answers).toHaveLength(5);
    const noticed = answers.find((a: { promptId: string }) => a.promptId === "self_trust.noticed");
    expect(await opened("solo-prompt-answer", noticed)).toEqual({ text: "REFLECTION-CANARY rewritten" });
    expect((await dana.request("DELETE", url("/answers/self_trust.held_up"))).status).toBe(204);
    expect(await stepOf("self_trust")).toMatchObject({ done: false, progress: { done: 4, of: 5 } });
    expect((await dana.request("DELETE", url("/answers/self_trust.held_up"))).status).toBe(404);
    expect(await rowsHolding("CANARY")).toBe(0);
  });

  it("shows an entry from before the vault to its author only, and forgets its words once sealed", async () => {
    const memberId = await memberIdOf(server.handle.db, dana, spaceId);
    const at = server.now();
    const id = randomUUID();
    const words = {
      date: "2025-11-02",
      roughly: null,
      happened: "OLD-CANARY the first lie",
      certainty: "know",
    };
    await server.handle.db
      .insert(privateEntries)
      .values({ id, spaceId, memberId, kind: "timeline", body: words, createdAt: at, updatedAt: at });
    const mine = (await path()).timeline.find((e: { id: string }) => e.id === id);
    expect(mine).toEqual({ id, sealed: null, plain: expect.any(String), writtenAt: at.toISOString() });
    expect(JSON.parse(mine.plain)).toEqual(words);

    const envelope = await sealed("solo-timeline", JSON.parse(mine.plain), id);
    const seal = (client: TestClient, body: unknown, entryId = id) =>
      client.request("PUT", url(`/entries/${entryId}/sealed`), body);
    expect((await seal(dana, { sealed: envelope.sealed, plain: mine.plain })).status).toBe(400);
    expect((await seal(dana, { sealed: "OLD-CANARY" })).status).toBe(400);
    expect((await seal(lee, { sealed: envelope.sealed })).status).toBe(404);
    expect(await rowOf(id)).toMatchObject({ sealed: null, body: words });

    const upgraded = await seal(dana, { sealed: envelope.sealed });
    expect(upgraded.status, upgraded.text).toBe(200);
    expect(upgraded.body).toEqual({ id, sealed: envelope.sealed });
    expect(await rowOf(id)).toMatchObject({ sealed: envelope.sealed, body: null });
    expect(await rowsHolding("OLD-CANARY")).toBe(0);
    // Only plain for sealed, once: a sealed entry is rewritten through its own route.
    expect((await seal(dana, { sealed: envelope.sealed })).status).toBe(409);
    expect((await path()).timeline.find((e: { id: string }) => e.id === id)).toMatchObject({
      sealed: envelope.sealed,
      plain: null,
    });
    expect((await dana.request("DELETE", url(`/timeline/${id}`))).status).toBe(204);
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
    const entry = await sealed("solo-timeline", {
      date: null,
      roughly: "Yesterday",
      happened: "TIMELINE-CANARY after joining",
      certainty: "need_to_know",
    });
    const supporter = await sealed("solo-supporter", { name: "Ari", reach: "SUPPORT-CANARY 2", note: null });
    try {
      expect((await dana.post(url("/timeline"), entry)).status).toBe(201);
      expect((await dana.post(url("/supporters"), supporter)).status).toBe(201);
      const answer = await sealed("solo-prompt-answer", { text: "REFLECTION-CANARY again" });
      expect((await dana.request("PUT", url("/answers/self_trust.held_up"), answer)).status).toBe(200);
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
    for (const text of [entry.id, entry.sealed, supporter.id, supporter.sealed]) {
      expect(after).not.toContain(text);
    }
    // Lee's own path page is Lee's alone: empty, whatever Dana wrote.
    const leePath = await path(lee);
    expect(leePath.role).toBe("broke_trust");
    expect([...leePath.timeline, ...leePath.supporters, ...leePath.amends]).toEqual([]);
    expect(leePath.series.flatMap((s: { answers: unknown[] }) => s.answers)).toEqual([]);
    // Lee can neither change nor remove Dana's entries, nor learn that they exist.
    const leesWords = await sealed("solo-timeline", { roughly: "x" }, entry.id, leesVault);
    const edit = await lee.request("PUT", url(`/timeline/${entry.id}`), { sealed: leesWords.sealed });
    expect(edit.status).toBe(404);
    expect(edit.text).toBe(
      (await lee.request("DELETE", url("/timeline/00000000-0000-4000-8000-000000000000"))).text,
    );
    expect((await lee.request("DELETE", url(`/timeline/${entry.id}`))).status).toBe(404);
    expect((await path()).timeline.some((e: { id: string }) => e.id === entry.id)).toBe(true);
    // Dana's export carries her envelopes, which her browser opens into the file; Lee's carries none.
    await expectExport(dana, spaceId, {
      holds: [entry.sealed, supporter.sealed, '"kind":"solo-timeline"', '"kind":"solo-prompt-answer"'],
      never: ["CANARY"],
    });
    await expectExport(lee, spaceId, { holds: [], never: [entry.id, entry.sealed, supporter.sealed] });
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
    const understood = await sealed("solo-prompt-answer", { text: "x" }, undefined, leesVault);
    expect((await lee.request("PUT", url("/answers/self_trust.noticed"), understood)).status).toBe(200);
    const amendWords = await sealed(
      "solo-own-amend",
      { what: "AMEND-CANARY pay back" },
      undefined,
      leesVault,
    );
    const amend = await lee.post(url("/amends"), amendWords);
    expect(amend.status).toBe(201);
    expect(await stepOf("own_amends", lee)).toEqual({
      id: "own_amends",
      done: false,
      progress: { done: 0, of: 1 },
    });
    const done = await lee.request("PUT", url(`/amends/${amend.body.id}/done`), { done: true });
    expect(done.body).toMatchObject({ sealed: amendWords.sealed, doneAt: expect.any(String) });
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
    expect((await dana.get(url())).text).not.toContain(amendWords.sealed);
    expect(await rowsHolding("CANARY")).toBe(0);
  });
});
