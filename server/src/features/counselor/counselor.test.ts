import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import { buildPair, signUp } from "../../../test/support/factories.ts";
import type { TestClient } from "../../../test/support/http-client.ts";
import { readPdfText } from "../../../test/support/pdf-text.ts";
import { openStream } from "../../../test/support/sse.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";
import { sealedItem } from "../../../test/support/vault.ts";

/**
 * Private writing of each kind a person can keep to themselves, each with its own unmistakable word.
 * What the vault holds is sealed before it is sent, so its canary is the item's id: even that must not
 * reach a counselor.
 */
async function privateWrites(who: string) {
  const letter = await sealedItem("unsent-letter", JSON.stringify({ body: `CANARY${who}letter` }));
  const reflection = await sealedItem("private-reflection", `CANARY${who}reflection`);
  const formDraft = await sealedItem("draft", `CANARY${who}draft`);
  const statementDraft = await sealedItem("draft", `CANARY${who}ackdraft`);
  const questionDraft = await sealedItem("draft", `CANARY${who}questiondraft`);
  const triggerNote = await sealedItem("trigger-note", `CANARY${who}trigger`);
  const checkinNote = await sealedItem("checkin-note", `CANARY${who}checkinnote`);
  const readiness = await sealedItem("readiness-answers", JSON.stringify({ fear: `CANARY${who}fear` }));
  const timeline = await sealedItem(
    "solo-timeline",
    JSON.stringify({
      date: null,
      roughly: "Last spring",
      happened: `CANARY${who}timeline`,
      certainty: "know",
    }),
  );
  const supporter = await sealedItem(
    "solo-supporter",
    JSON.stringify({ name: `CANARY${who}supporter`, reach: "By phone", note: null }),
  );
  const decision = await sealedItem(
    "solo-decision",
    JSON.stringify({ path: "repair_period", wants: `CANARY${who}wants`, revisitOn: "2027-03-01" }),
  );
  const word = (what: string) => `CANARY${who}${what}`;
  const writes: { method: "POST" | "PUT"; path: string; body: unknown; canary: string }[] = [
    { method: "PUT", path: "/drafts/question", body: formDraft, canary: formDraft.id },
    {
      method: "PUT",
      path: "/statements/acknowledgment/draft",
      body: statementDraft,
      canary: statementDraft.id,
    },
    { method: "POST", path: "/questions/drafts", body: questionDraft, canary: questionDraft.id },
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
        id: checkinNote.id,
        sealedNote: checkinNote.sealed,
      },
      canary: checkinNote.id,
    },
    {
      method: "POST",
      path: "/triggers",
      body: { category: "place", intensity: 3, ...triggerNote },
      canary: triggerNote.id,
    },
    { method: "POST", path: "/letters", body: letter, canary: letter.id },
    { method: "POST", path: "/readiness", body: readiness, canary: readiness.id },
    {
      method: "POST",
      path: "/forgiveness/reflections",
      body: { step: "feel_it", text: word("forgiveness") },
      canary: word("forgiveness"),
    },
    {
      method: "POST",
      path: "/reflections",
      body: { kind: "self_trust", ...reflection },
      canary: reflection.id,
    },
    { method: "POST", path: "/solo/timeline", body: timeline, canary: timeline.id },
    { method: "POST", path: "/solo/supporters", body: supporter, canary: supporter.id },
    {
      method: "POST",
      path: "/deciding/decisions",
      body: { ...decision, revisitOn: "2027-03-01" },
      canary: decision.id,
    },
  ];
  return writes;
}

describe.each(databaseKinds)("a counselor both people choose, on %s", (kind) => {
  let server: TestServer;
  // Robin broke trust; Kit was hurt; Ash is the counselor they invite.
  let robin: TestClient;
  let kit: TestClient;
  let ash: TestClient;
  let spaceId: string;
  const url = (path: string) => `/api/spaces/${spaceId}${path}`;
  const ok = <T extends { status: number; text: string }>(response: T): T => {
    expect(response.status, response.text).toBeLessThan(300);
    return response;
  };
  const memberView = async (client: TestClient) => ok(await client.get(url("/counselor"))).body;
  const counselorRead = () => ash.get(`/api/counselor/spaces/${spaceId}`);
  const inviteAndOpen = async (inviter: TestClient) => {
    const { token } = ok(await inviter.post(url("/counselor/invitations"))).body;
    ok(await ash.post("/api/counselor/invitations/accept", { token }));
    return token as string;
  };
  const bothSayYes = async () => {
    ok(await robin.post(url("/counselor/consent")));
    ok(await kit.post(url("/counselor/consent")));
  };

  beforeAll(async () => {
    server = await startTestServer(kind);
    robin = server.client();
    kit = server.client();
    ash = server.client();
    spaceId = (await buildPair(robin, kit)).id;
    await signUp(ash, "Ash");
  });
  afterAll(() => server?.close());

  it("shows nothing and asks nothing until someone invites a counselor", async () => {
    expect(await memberView(kit)).toMatchObject({
      status: "none",
      counselorName: null,
      notes: [],
      lookedOn: [],
    });
    expect(ok(await ash.get("/api/counselor/spaces")).body).toEqual({ spaces: [] });
    expect((await counselorRead()).status).toBe(404);
  });

  it("waits for both yeses, each on its own screen, and one is not enough", async () => {
    const { token } = ok(await robin.post(url("/counselor/invitations"))).body;
    expect(await memberView(kit)).toMatchObject({ status: "link_open", counselorName: null });
    // One of the two people cannot be their own counselor.
    expect((await kit.post("/api/counselor/invitations/accept", { token })).status).toBe(409);
    expect(ok(await ash.post("/api/counselor/invitations/accept", { token })).body).toEqual({ spaceId });
    expect(await memberView(kit)).toMatchObject({
      status: "waiting_for_both",
      counselorName: "Ash",
      youSaidYes: false,
    });
    const waiting = ok(await ash.get("/api/counselor/spaces")).body.spaces;
    expect(waiting).toEqual([
      expect.objectContaining({ spaceId, status: "waiting_for_both", names: [], recent: [], stage: [] }),
    ]);

    ok(await robin.post(url("/counselor/consent")));
    expect(await memberView(robin)).toMatchObject({ status: "waiting_for_both", youSaidYes: true });
    // The other person is not told that Robin said yes, so nobody is pressed by it.
    expect(await memberView(kit)).toMatchObject({ status: "waiting_for_both", youSaidYes: false });
    expect((await counselorRead()).status).toBe(404);

    ok(await kit.post(url("/counselor/consent")));
    expect(await memberView(kit)).toMatchObject({ status: "active", youSaidYes: true });
    const read = ok(await counselorRead()).body;
    expect(read.names.sort()).toEqual(["Kit", "Robin"]);
    expect(read.stage.length).toBeGreaterThan(0);
  });

  it("lets the counselor write notes to both, and shows both when the counselor looked", async () => {
    ok(await ash.post(`/api/counselor/spaces/${spaceId}/notes`, { text: "Bring one Saturday plan each." }));
    for (const member of [robin, kit]) {
      const view = await memberView(member);
      expect(view.notes).toEqual([
        expect.objectContaining({ by: "Ash", text: "Bring one Saturday plan each." }),
      ]);
      expect(view.lookedOn).toEqual([server.now().toISOString().slice(0, 10)]);
    }
    expect(ok(await counselorRead()).body.notes).toHaveLength(1);
  });

  it("refuses a counselor every change that belongs to the members, and a note that is empty", async () => {
    const refused = await ash.post(url("/appreciations"), { text: "From the counselor." });
    expect(refused.status).toBe(403);
    expect((await ash.post(`/api/counselor/spaces/${spaceId}/notes`, { text: "   " })).status).toBe(400);
  });

  it("ends at once when either person ends it, and says to nobody who did", async () => {
    const stream = await openStream(ash, `/api/counselor/spaces/${spaceId}/events/stream`);
    expect(stream.status).toBe(200);
    const ended = ok(await kit.post(url("/counselor/end"))).body;
    expect(ended).toMatchObject({ status: "ended", youSaidYes: false });
    // The stream closes at once, long before its next heartbeat would have looked again.
    await stream.next((event) => (event as unknown as { kind: string }).kind === "ended", 3000);
    await stream.ended;
    expect((await counselorRead()).status).toBe(404);
    expect((await ash.post(`/api/counselor/spaces/${spaceId}/notes`, { text: "Still here?" })).status).toBe(
      404,
    );
    expect((await ash.post(url("/appreciations"), { text: "From the counselor." })).status).toBe(404);
    expect((await openStream(ash, `/api/counselor/spaces/${spaceId}/events/stream`)).status).toBe(404);
    const robinsView = await memberView(robin);
    expect(robinsView).toEqual(await memberView(kit));
    expect(robinsView.status).toBe("ended");
    expect(JSON.stringify(robinsView)).not.toMatch(/Kit|Robin/);
    const dashboard = ok(await ash.get("/api/counselor/spaces")).body.spaces;
    expect(dashboard).toEqual([expect.objectContaining({ status: "ended", names: [], recent: [] })]);
    // The notes stay: they are shared history, in each member's own copy of it as well.
    expect(robinsView.notes).toHaveLength(1);
    for (const member of [robin, kit]) {
      const exported = ok(await member.get(url("/export.json"))).body as {
        sections: { id: string; items: { title: string; from: string; text?: string }[] }[];
      };
      expect(exported.sections.find((section) => section.id === "counselor_notes")?.items).toEqual([
        expect.objectContaining({
          title: "A note from Ash",
          from: "counselor",
          text: "Bring one Saturday plan each.",
        }),
      ]);
    }
  });

  it("needs both yeses again after inviting again, and either can end it", async () => {
    const token = await inviteAndOpen(kit);
    ok(await kit.post(url("/counselor/consent")));
    expect((await counselorRead()).status).toBe(404);
    ok(await robin.post(url("/counselor/consent")));
    expect((await counselorRead()).status).toBe(200);
    // A used link cannot be opened by anyone else, and a second counselor cannot be invited meanwhile.
    const other = server.client();
    await signUp(other, "Sage");
    expect((await other.post("/api/counselor/invitations/accept", { token })).status).toBe(410);
    expect((await robin.post(url("/counselor/invitations"))).status).toBe(409);
    ok(await robin.post(url("/counselor/end")));
    expect((await counselorRead()).status).toBe(404);
    expect((await kit.post(url("/counselor/consent"))).status).toBe(409);
  });

  it("never shows a counselor a private word of either member", async () => {
    const canaries: string[] = [];
    for (const [client, who] of [
      [robin, "robin"],
      [kit, "kit"],
    ] as const) {
      for (const write of await privateWrites(who)) {
        const response = await client.request(write.method, url(write.path), write.body);
        if (response.status < 300) canaries.push(write.canary);
      }
    }
    expect(canaries.length).toBeGreaterThanOrEqual(12);
    // A shared apology, which the counselor should read.
    ok(
      await robin.post(url("/statements/acknowledgment/versions"), {
        parts: {
          whatIDid: "I hid the messages.",
          impact: "You doubted yourself.",
          responsibility: "It was mine.",
        },
      }),
    );
    await inviteAndOpen(robin);
    await bothSayYes();
    const stream = await openStream(ash, `/api/counselor/spaces/${spaceId}/events/stream`);
    ok(await kit.post(url("/appreciations"), { text: "Thank you for listening." }));
    await stream.next((event) => (event as unknown as { kind: string }).kind === "changed", 3000);

    const today = server.now().toISOString().slice(0, 10);
    const range = `?from=2026-01-01&to=${today}`;
    const prep = ok(await ash.get(`/api/counselor/spaces/${spaceId}/session-prep${range}`));
    expect(prep.body.entries.map((entry: { title: string }) => entry.title)).toContain(
      "Robin shared an acknowledgment and apology",
    );
    const pdf = await fetch(`${server.baseUrl}/api/counselor/spaces/${spaceId}/session-prep.pdf${range}`, {
      headers: { cookie: ash.sessionCookie ?? "" },
    });
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    const pdfPages = await readPdfText(new Uint8Array(await pdf.arrayBuffer()));
    const pdfText = pdfPages.flatMap((page) => page.boxes.map((box) => box.text)).join(" ");
    expect(pdfText).toContain("Session preparation");

    const responses = [
      pdfText,
      prep.text,
      ok(await ash.get("/api/counselor/spaces")).text,
      ok(await counselorRead()).text,
      ok(await ash.get(`/api/counselor/spaces/${spaceId}?kinds=shared`)).text,
      JSON.stringify(stream.events),
    ];
    const everything = responses.join("\n");
    expect(everything).toContain("I hid the messages.");
    expect(everything).toContain("Thank you for listening.");
    for (const canary of canaries) expect(everything).not.toContain(canary);
    stream.close();
  });

  it("prepares a session from the days asked for, and refuses a range that runs backwards", async () => {
    const today = server.now().toISOString().slice(0, 10);
    const before = ok(
      await ash.get(`/api/counselor/spaces/${spaceId}/session-prep?from=2026-01-01&to=2026-01-31`),
    );
    expect(before.body).toMatchObject({ entries: [], counts: [], notes: [] });
    const now = ok(await ash.get(`/api/counselor/spaces/${spaceId}/session-prep?from=${today}&to=${today}`));
    expect(now.body.counts).toEqual(expect.arrayContaining([{ kind: "shared", count: expect.any(Number) }]));
    expect(now.body.names.sort()).toEqual(["Kit", "Robin"]);
    const backwards = await ash.get(
      `/api/counselor/spaces/${spaceId}/session-prep?from=${today}&to=2026-01-01`,
    );
    expect(backwards.status).toBe(400);
  });
});
