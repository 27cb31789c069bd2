import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import { buildPair, buildSpace, signUp } from "../../../test/support/factories.ts";
import type { TestClient } from "../../../test/support/http-client.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";
import { sealedItem } from "../../../test/support/vault.ts";

interface Entry {
  id: string;
  kind: string;
  source: string;
  at: string;
  by: string;
  title: string;
  text: string | null;
}

/** Private writing of each kind a person can keep to themselves, each with its own unmistakable word. */
async function privateWrites(
  who: string,
): Promise<{ path: string; method: "POST" | "PUT"; body: unknown; canary: string }[]> {
  const word = (what: string) => `CANARY${who}${what}`;
  return [
    {
      method: "PUT",
      path: "/drafts/question",
      // Sealed in the author's browser: the envelope itself must stay out of the record.
      body: { id: crypto.randomUUID(), sealed: `mv1.${word("draft")}` },
      canary: `mv1.${word("draft")}`,
    },
    {
      method: "PUT",
      path: "/statements/acknowledgment/draft",
      body: { id: crypto.randomUUID(), sealed: `mv1.${word("ackdraft")}` },
      canary: `mv1.${word("ackdraft")}`,
    },
    {
      method: "PUT",
      path: "/statements/impact/draft",
      body: { id: crypto.randomUUID(), sealed: `mv1.${word("impactdraft")}` },
      canary: `mv1.${word("impactdraft")}`,
    },
    {
      method: "POST",
      path: "/questions/drafts",
      body: { id: crypto.randomUUID(), sealed: `mv1.${word("questiondraft")}` },
      canary: `mv1.${word("questiondraft")}`,
    },
    {
      method: "POST",
      path: "/checkins",
      body: { kind: "daily", trustNow: 4, utcOffsetMinutes: 0, need: word("checkinneed") },
      canary: word("checkinneed"),
    },
    {
      method: "POST",
      path: "/checkins",
      body: {
        kind: "daily",
        trustNow: 4,
        utcOffsetMinutes: 0,
        id: crypto.randomUUID(),
        sealedNote: `mv1.${word("checkinnote")}`,
      },
      canary: `mv1.${word("checkinnote")}`,
    },
    {
      method: "POST",
      path: "/triggers",
      body: { ...(await sealedItem("trigger-note", word("trigger"))), category: "place", intensity: 3 },
      canary: word("trigger"),
    },
    {
      method: "POST",
      path: "/letters",
      body: await sealedItem("unsent-letter", word("letter")),
      canary: word("letter"),
    },
    {
      method: "POST",
      path: "/readiness",
      // The readiness answers, sealed in the taker's browser: the envelope must stay out of the record.
      body: { id: crypto.randomUUID(), sealed: `mv1.${word("readiness")}` },
      canary: `mv1.${word("readiness")}`,
    },
    {
      method: "POST",
      path: "/forgiveness/reflections",
      body: { step: "feel_it", text: word("forgiveness") },
      canary: word("forgiveness"),
    },
    {
      method: "POST",
      path: "/reflections",
      body: { ...(await sealedItem("private-reflection", word("reflection"))), kind: "self_trust" },
      canary: word("reflection"),
    },
  ];
}

describe.each(databaseKinds)("the one faithful record on %s", (kind) => {
  let server: TestServer;
  // Robin broke trust; Kit was hurt.
  let robin: TestClient;
  let kit: TestClient;
  let spaceId: string;
  const canaries: string[] = [];
  const url = (path: string) => `/api/spaces/${spaceId}${path}`;
  const recordOf = async (client: TestClient, query = "") => {
    const response = await client.get(url(`/record${query}`));
    expect(response.status, response.text).toBe(200);
    return response.body as { entries: Entry[]; totalEntries: number; otherPresent: boolean };
  };
  const ok = <T extends { status: number; text: string }>(response: T): T => {
    expect(response.status, response.text).toBeLessThan(300);
    return response;
  };

  beforeAll(async () => {
    server = await startTestServer(kind);
    robin = server.client();
    kit = server.client();
    spaceId = (await buildPair(robin, kit)).id;

    // What each person keeps to themselves: whatever their role lets them write.
    for (const [client, who] of [
      [robin, "robin"],
      [kit, "kit"],
    ] as const) {
      for (const write of await privateWrites(who)) {
        const response = await client.request(write.method, url(write.path), write.body);
        if (response.status < 300) canaries.push(write.canary);
      }
    }

    // What passes between them.
    const ack = ok(
      await robin.post(url("/statements/acknowledgment/versions"), {
        parts: {
          whatIDid: "I hid the messages.",
          impact: "You doubted yourself.",
          responsibility: "It was mine.",
        },
      }),
    );
    ok(
      await kit.post(url(`/statements/versions/${ack.body.versions.at(-1).id}/responses`), {
        response: "partly",
        note: "Say what it did to us.",
      }),
    );
    const question = ok(await kit.post(url("/questions"), { text: "When did it start?", detail: "facts" }));
    ok(await robin.post(url(`/questions/${question.body.id}/answers`), { text: "In March." }));
    const request = ok(await kit.post(url("/reassurance"), { ask: "call", message: "A hard evening." }));
    ok(await robin.post(url(`/reassurance/${request.body.id}/replies`), { text: "I'm on my way home." }));
    const promise = ok(
      await robin.post(url("/promises"), {
        text: "Call at ten",
        schedule: { kind: "daily", time: "10:00", startsOn: "2026-05-04" },
        timeZone: "UTC",
      }),
    );
    ok(
      await robin.post(url(`/promises/${promise.body.id}/marks`), {
        occurrence: "2026-05-04T10:00",
        outcome: "kept",
      }),
    );
    const agreement = ok(
      await robin.post(url("/agreements"), {
        what: "Phones away at dinner",
        need: "Time together",
        topic: "time",
        appliesTo: "both",
        review: { kind: "every", count: 1, unit: "weeks" },
        timeZone: "Europe/London",
      }),
    );
    const proposal = await kit.get(url(`/agreements/${agreement.body.id}`));
    ok(
      await kit.post(url(`/agreements/${agreement.body.id}/accept`), { pendingId: proposal.body.pending.id }),
    );
    const amend = ok(
      await robin.post(url("/amends"), {
        origin: "offered",
        what: "Repaint the fence",
        byDate: "2026-05-20",
      }),
    );
    ok(await kit.post(url(`/amends/${amend.body.id}/answer`), { action: "accepted" }));
    ok(await robin.post(url(`/amends/${amend.body.id}/answer`), { action: "done" }));
    ok(await kit.post(url(`/amends/${amend.body.id}/confirmation`), { confirmed: true }));
    ok(await kit.post(url("/appreciations"), { text: "Thank you for coming home early." }));
    const boundary = ok(await kit.post(url("/boundaries"), { statement: "I need a call if you'll be late" }));
    ok(
      await robin.post(url(`/boundaries/${boundary.body.id}/acknowledge`), {
        versionId: boundary.body.current.versionId,
      }),
    );
    const talk = ok(await robin.post(url("/talks"), { topic: "The weekends", startsAt: null }));
    ok(await kit.post(url(`/talks/${talk.body.id}/accept`)));
    ok(await robin.post(url(`/talks/${talk.body.id}/end`), { finished: true }));
    ok(await kit.post(url(`/talks/${talk.body.id}/summaries`), { text: "We will plan Saturdays together." }));
  });
  afterAll(() => server?.close());

  it("shows both people the very same record, in the same words", async () => {
    const robins = await recordOf(robin);
    const kits = await recordOf(kit);
    expect(robins).toEqual(kits);
    expect(robins.otherPresent).toBe(true);
    const kinds = new Set(robins.entries.map((e) => e.kind));
    for (const expected of ["shared", "asked", "answered", "agreed", "promised", "kept"]) {
      expect(kinds).toContain(expected);
    }
    const titles = robins.entries.map((e) => e.title);
    expect(titles).toContain("Robin shared an acknowledgment and apology");
    expect(titles).toContain("Kit asked Robin a question");
    expect(titles).toContain('Kit confirmed the amend was made: "Repaint the fence"');
    expect(robins.entries.find((e) => e.title === "Kit thanked Robin")?.text).toBe(
      "Thank you for coming home early.",
    );
    expect(robins.entries.find((e) => e.title === "Kit set out a boundary")?.text).toBe(
      "I need a call if you'll be late",
    );
    expect(titles).toContain("Robin said they had read Kit's boundary");
    expect(titles).toContain('Robin asked Kit for a talk: "The weekends"');
    expect(robins.entries.find((e) => e.title === 'Kit summed up the talk "The weekends"')?.text).toBe(
      "We will plan Saturdays together.",
    );
    expect(
      robins.entries.find(
        (e) => e.title === "Kit answered Robin's acknowledgment: Partly: here is what is missing",
      )?.text,
    ).toBe("Say what it did to us.");
    // Newest first.
    const times = robins.entries.map((e) => e.at);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it("holds none of either person's private writing", async () => {
    expect(canaries.filter((c) => c.includes("robin")).length).toBeGreaterThanOrEqual(4);
    expect(canaries.filter((c) => c.includes("kit")).length).toBeGreaterThanOrEqual(4);
    for (const client of [robin, kit]) {
      const text = (await client.get(url("/record"))).text;
      for (const canary of canaries) expect(text).not.toContain(canary);
    }
  });

  it("is in both people's downloads, the same for each and with nothing private", async () => {
    const sections = async (client: TestClient) => {
      const response = await client.get(url("/export.json"));
      expect(response.status).toBe(200);
      return (response.body.sections as { id: string; items: unknown[] }[]).find((s) => s.id === "record");
    };
    const robins = await sections(robin);
    const kits = await sections(kit);
    expect(robins?.items.length).toBe((await recordOf(robin)).totalEntries);
    expect(robins).toEqual(kits);
    const written = JSON.stringify(robins);
    for (const canary of canaries) expect(written).not.toContain(canary);
    // The PDF is laid out from the same document.
    const pdf = await kit.get(url("/export.pdf"));
    expect(pdf.status).toBe(200);
    expect(pdf.text.startsWith("%PDF-")).toBe(true);
  });

  it("filters by kind and by day, and refuses filters it cannot read", async () => {
    const all = await recordOf(kit);
    const asked = await recordOf(kit, "?kinds=asked,kept");
    expect(asked.entries.length).toBeGreaterThan(0);
    expect(asked.entries.every((e) => e.kind === "asked" || e.kind === "kept")).toBe(true);
    expect(asked.totalEntries).toBe(all.totalEntries);
    expect((await recordOf(kit, "?from=2026-05-04&to=2026-05-04")).entries).toEqual(all.entries);
    expect((await recordOf(kit, "?from=2026-05-05")).entries).toEqual([]);
    expect((await recordOf(kit, "?to=2026-05-03")).entries).toEqual([]);
    for (const bad of ["?kinds=secrets", "?from=yesterday", "?to=2026-13-01", "?extra=1"]) {
      expect((await kit.get(url(`/record${bad}`))).status).toBe(400);
    }
  });

  it("answers 404 to anyone outside the space, and is empty while someone is alone", async () => {
    const stranger = server.client();
    await signUp(stranger, "Stranger");
    const own = await buildSpace(stranger);
    expect((await stranger.get(url("/record"))).status).toBe(404);
    const alone = (await stranger.get(`/api/spaces/${own.id}/record`)).body;
    expect(alone).toEqual({ entries: [], totalEntries: 0, otherPresent: false });
  });
});
