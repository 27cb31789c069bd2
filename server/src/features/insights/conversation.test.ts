import type { InsightsView } from "@mend/core/insights/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import { buildPair, invite, signUp } from "../../../test/support/factories.ts";
import type { TestClient } from "../../../test/support/http-client.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";
import { resealed, sealedItem } from "../../../test/support/vault.ts";

interface Pair {
  spaceId: string;
  /** Broke trust. */
  robin: TestClient;
  /** Was hurt. */
  kit: TestClient;
}

/**
 * What the two write to each other below, as the coach reads it: a reflection back, two thanks, two
 * texts that both validate and reflect (7 helpful); sweeping blame and a dismissal (2 harmful).
 */
const shared = { helpful: 7, harmful: 2 };
const thisWeek = "2026-05-04";

describe.each(databaseKinds)("conversation health from shared texts on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  async function buildRolePair(): Promise<Pair> {
    const robin = server.client();
    const kit = server.client();
    const space = await buildPair(robin, kit);
    return { spaceId: space.id, robin, kit };
  }

  async function send(client: TestClient, path: string, body?: unknown) {
    const response = await client.post(path, body);
    expect(response.status, `${path}: ${response.text}`).toBeLessThan(300);
    return response.body;
  }

  /** A talk, a question, an acknowledgment, a request for reassurance and an appreciation. Returns the talk. */
  async function converse({ spaceId, robin, kit }: Pair): Promise<string> {
    const api = `/api/spaces/${spaceId}`;
    const talk = await send(robin, `${api}/talks`, { topic: "The weekend away", startsAt: null });
    await send(kit, `${api}/talks/${talk.id}/accept`);
    const spoken = await send(robin, `${api}/talks/${talk.id}/turns`, {
      text: "You always twist everything I say.",
    });
    await send(kit, `${api}/talks/${talk.id}/turns/${spoken.turns[0].id}/reflections`, {
      text: "It sounds like you felt unheard when I talked over you.",
    });
    await send(robin, `${api}/talks/${talk.id}/end`, { finished: true });
    await send(kit, `${api}/talks/${talk.id}/summaries`, {
      text: "Thank you for staying with me through a hard talk.",
    });

    const question = await send(kit, `${api}/questions`, {
      text: "Why did you stop answering my calls that week?",
      detail: "facts",
    });
    await send(robin, `${api}/questions/${question.id}/answers`, {
      text: "You're overreacting, it was one dinner.",
    });

    await send(robin, `${api}/statements/acknowledgment/versions`, {
      parts: {
        whatIDid: "I told you I was working late when I was meeting someone else.",
        impact: "It sounds like you felt humiliated, and that makes sense.",
        responsibility: "That was my choice, and I own it.",
      },
    });

    const request = await send(kit, `${api}/reassurance`, {
      message: "Could you tell me where you are tonight?",
    });
    await send(robin, `${api}/reassurance/${request.id}/replies`, {
      text: "I hear that you are scared. I am at my sister's and I will call you at nine.",
    });

    await send(kit, `${api}/appreciations`, { text: "I appreciate you making dinner tonight." });
    return talk.id;
  }

  async function conversationOf(client: TestClient, spaceId: string): Promise<InsightsView["conversation"]> {
    const response = await client.get(`/api/spaces/${spaceId}/insights`);
    expect(response.status).toBe(200);
    return response.body.conversation;
  }

  it("says nothing has been noted yet while the two have shared nothing", async () => {
    const pair = await buildRolePair();
    expect(await conversationOf(pair.kit, pair.spaceId)).toEqual({
      available: true,
      referenceRatio: 5,
      weeks: [],
      overall: null,
      summary: "Not enough yet: nothing has been noted in shared texts so far.",
    });
  });

  it("counts helpful and harmful moments in everything the two wrote to each other, by week", async () => {
    const pair = await buildRolePair();
    await converse(pair);
    const kit = await conversationOf(pair.kit, pair.spaceId);
    expect(kit.available).toBe(true);
    expect(kit.weeks).toEqual([
      expect.objectContaining({ weekOf: thisWeek, ...shared, ratio: 3.5, band: "below_reference" }),
    ]);
    expect(kit.overall).toMatchObject(shared);
    expect(kit.summary).toMatch(/about 3\.5 helpful moments were noted for each hard one/);
    // Both read the same record of what passed between them.
    expect(await conversationOf(pair.robin, pair.spaceId)).toEqual(kit);
  });

  it("never counts drafts, private reflections, check-in notes or the trigger log, however harsh", async () => {
    const pair = await buildRolePair();
    const talkId = await converse(pair);
    const before = await conversationOf(pair.kit, pair.spaceId);
    const api = `/api/spaces/${pair.spaceId}`;
    const harsh = "You're so pathetic, honestly. You never listen and you always lie to me.";

    await send(pair.kit, `${api}/questions/drafts`, {
      id: crypto.randomUUID(),
      sealed: "mv1.aGFyc2ggd29yZHM",
    });
    // Sealed in the writer's browser: whatever it says, the server cannot count it.
    const ackDraft = await pair.robin.request("PUT", `${api}/statements/acknowledgment/draft`, {
      id: crypto.randomUUID(),
      sealed: "mv1.c2VhbGVkIGhhcnNoIHdvcmRz",
    });
    expect(ackDraft.status).toBe(200);
    const reflection = await pair.robin.request("PUT", `${api}/talks/${talkId}/reflection`, {
      sealed: await resealed("talk-reflection", talkId, harsh),
    });
    expect(reflection.status).toBe(200);
    await send(pair.kit, `${api}/triggers`, {
      category: "thought",
      intensity: 5,
      ...(await sealedItem("trigger-note", harsh)),
      share: true,
    });
    const checkinNote = await sealedItem("checkin-note", harsh);
    await send(pair.kit, `${api}/checkins`, {
      kind: "daily",
      trustNow: 2,
      utcOffsetMinutes: 0,
      id: checkinNote.id,
      sealedNote: checkinNote.sealed,
    });

    const after = await conversationOf(pair.kit, pair.spaceId);
    expect(after).toEqual(before);
    expect(after.overall).toMatchObject(shared);
  });

  it("stops counting what passed with someone who left, for whoever joins next", async () => {
    const pair = await buildRolePair();
    await converse(pair);
    expect((await pair.kit.post(`/api/spaces/${pair.spaceId}/leave`)).status).toBe(204);
    expect((await conversationOf(pair.robin, pair.spaceId)).overall).toBeNull();

    server.advance(60_000);
    const jo = server.client();
    await signUp(jo, "Jo");
    const { token } = await invite(pair.robin, pair.spaceId);
    expect((await jo.post("/api/invitations/accept", { token, view: "them" })).status).toBe(200);
    for (const client of [pair.robin, jo]) {
      expect(await conversationOf(client, pair.spaceId)).toMatchObject({ available: true, overall: null });
    }
  });
});
