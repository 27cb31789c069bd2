import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import { buildPair, buildSpace, signUp } from "../../../test/support/factories.ts";
import type { TestClient } from "../../../test/support/http-client.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";
import { memberIdOf, opened, resealed, sealedItem } from "../../../test/support/vault.ts";
import { spaceReads } from "../../db/space-reads.ts";
import { spaceMembers } from "../spaces/tables.ts";
import { reassuranceEvidence } from "./evidence.ts";
import { triggerEntries } from "./tables.ts";

const privateNote = "CANARY-the-song-in-the-car";

describe.each(databaseKinds)("triggers and reassurance on %s", (kind) => {
  let server: TestServer;
  // Robin broke trust; Kit was hurt and logs triggers.
  let robin: TestClient;
  let kit: TestClient;
  let spaceId: string;
  const url = (path: string) => `/api/spaces/${spaceId}${path}`;

  beforeAll(async () => {
    server = await startTestServer(kind);
    robin = server.client();
    kit = server.client();
    spaceId = (await buildPair(robin, kit)).id;
  });
  afterAll(() => server?.close());

  async function logTrigger(body: Record<string, unknown>) {
    const response = await kit.post(url("/triggers"), body);
    expect(response.status).toBe(201);
    return response.body as { id: string };
  }

  describe("who may see and do what", () => {
    it("answers 404 to someone outside the space, for lists and for real items", async () => {
      const trigger = await logTrigger({ category: "place", intensity: 2, share: true });
      const request = (await kit.post(url("/reassurance"), { ask: "call" })).body;
      const stranger = server.client();
      await signUp(stranger, "Stranger");
      await buildSpace(stranger);
      for (const path of ["/triggers", "/triggers/pattern", "/reassurance"]) {
        expect((await stranger.get(url(path))).status).toBe(404);
      }
      expect(
        (await stranger.request("PUT", url(`/triggers/${trigger.id}/sharing`), { shared: false })).status,
      ).toBe(404);
      expect((await stranger.request("DELETE", url(`/triggers/${trigger.id}`))).status).toBe(404);
      expect((await stranger.post(url(`/reassurance/${request.id}/replies`), { text: "hi" })).status).toBe(
        404,
      );
      expect((await stranger.post(url(`/reassurance/${request.id}/outcome`), { helped: true })).status).toBe(
        404,
      );
    });

    it("keeps the trigger log and reassurance requests for the person who was hurt", async () => {
      expect((await robin.post(url("/triggers"), { category: "place", intensity: 2 })).status).toBe(403);
      expect((await robin.post(url("/reassurance"), { ask: "call" })).status).toBe(403);
    });
  });

  describe("the trigger log", () => {
    it("keeps a trigger private by default: the other person sees no trace of it", async () => {
      const before = await robin.get(url("/triggers"));
      const note = await sealedItem("trigger-note", privateNote);
      const logged = await logTrigger({ category: "thing", intensity: 4, ...note });
      expect(logged).toMatchObject({
        id: note.id,
        author: "you",
        shared: false,
        sealed: note.sealed,
        plain: null,
      });
      const after = await robin.get(url("/triggers"));
      expect(after.body).toEqual(before.body);
      expect(after.text).not.toContain(note.sealed);
      expect((await robin.get(url("/triggers/pattern"))).text).not.toContain(note.id);
      const [mine] = (await kit.get(url("/triggers"))).body.triggers.filter(
        (t: { id: string }) => t.id === note.id,
      );
      expect(await opened("trigger-note", note.id, mine.sealed)).toBe(privateNote);
    });

    it("refuses a note sent in the clear, a sealed note without its id, and a taken id, storing nothing", async () => {
      const before = (await kit.get(url("/triggers"))).body.triggers.length;
      const note = await sealedItem("trigger-note", "Mine.");
      for (const body of [
        { category: "place", intensity: 3, note: "CANARY-plain" },
        { category: "place", intensity: 3, ...note, note: "CANARY-plain" },
        { category: "place", intensity: 3, sealed: note.sealed },
        { category: "place", intensity: 3, id: note.id, sealed: "CANARY-plain" },
      ]) {
        const response = await kit.post(url("/triggers"), body);
        expect(response.status).toBe(400);
        expect(response.body.error.message).toBeTruthy();
      }
      expect((await kit.get(url("/triggers"))).body.triggers).toHaveLength(before);
      await logTrigger({ category: "place", intensity: 3, ...note });
      const clash = {
        category: "place",
        intensity: 1,
        id: note.id,
        sealed: await resealed("trigger-note", note.id, "Other."),
      };
      expect((await kit.post(url("/triggers"), clash)).status).toBe(409);
      expect(
        (await kit.request("PUT", url(`/triggers/${note.id}/note`), { note: "CANARY-plain" })).status,
      ).toBe(400);
      expect(
        (await robin.request("PUT", url(`/triggers/${note.id}/note`), { sealed: note.sealed })).status,
      ).toBe(404);
      const [row] = await server.handle.db
        .select()
        .from(triggerEntries)
        .where(eq(triggerEntries.id, note.id));
      expect(row).toMatchObject({ sealed: note.sealed, intensity: 3, note: null });
      const count = await server.handle.db.execute(
        sql`select count(*)::int as n from trigger_entries where concat(note, sealed) like ${"%CANARY%"}`,
      );
      expect(JSON.stringify(count)).toContain('"n":0');
    });

    it("shows a note from before the vault to its author only, and forgets its words once sealed", async () => {
      const id = randomUUID();
      const at = new Date();
      await server.handle.db.insert(triggerEntries).values({
        id,
        spaceId,
        memberId: await memberIdOf(server.handle.db, kit, spaceId),
        occurredAt: at,
        category: "place",
        intensity: 2,
        note: "Old words",
        loggedAt: at,
        sharedAt: at,
      });
      const mine = (await kit.get(url("/triggers"))).body.triggers.find((t: { id: string }) => t.id === id);
      expect(mine).toMatchObject({ sealed: null, plain: "Old words" });
      expect((await robin.get(url("/triggers"))).text).not.toContain("Old words");
      const sealed = await resealed("trigger-note", id, "Old words");
      const upgraded = await kit.request("PUT", url(`/triggers/${id}/note`), { sealed });
      expect(upgraded.body).toMatchObject({ id, sealed, plain: null, shared: true });
      const [row] = await server.handle.db.select().from(triggerEntries).where(eq(triggerEntries.id, id));
      expect(row).toMatchObject({ sealed, note: null });
      await kit.request("DELETE", url(`/triggers/${id}`));
    });

    it("shows a shared trigger to the other person without when it was logged, and lets sharing be turned off", async () => {
      const note = await sealedItem("trigger-note", "Our anniversary");
      const logged = await logTrigger({ category: "date", intensity: 5, ...note });
      const shared = await kit.request("PUT", url(`/triggers/${logged.id}/sharing`), { shared: true });
      expect(shared.body.shared).toBe(true);
      const seen = (await robin.get(url("/triggers"))).body.triggers.find(
        (t: { id: string }) => t.id === logged.id,
      );
      expect(Object.keys(seen).sort()).toEqual(["author", "category", "id", "intensity", "occurredAt"]);
      expect(seen).toMatchObject({ author: "other" });
      expect(JSON.stringify(seen)).not.toContain(note.sealed);
      expect(
        (await robin.request("PUT", url(`/triggers/${logged.id}/sharing`), { shared: false })).status,
      ).toBe(403);
      expect((await robin.request("DELETE", url(`/triggers/${logged.id}`))).status).toBe(403);
      await kit.request("PUT", url(`/triggers/${logged.id}/sharing`), { shared: false });
      const gone = (await robin.get(url("/triggers"))).body.triggers.some(
        (t: { id: string }) => t.id === logged.id,
      );
      expect(gone).toBe(false);
    });

    it("refuses a trigger dated in the future, changing nothing", async () => {
      const before = (await kit.get(url("/triggers"))).body.triggers.length;
      const response = await kit.post(url("/triggers"), {
        category: "moment",
        intensity: 3,
        occurredAt: "2026-05-05T09:00:00Z",
      });
      expect(response.status).toBe(400);
      expect(response.body.error.fields.occurredAt).toMatch(/happened/);
      expect((await kit.get(url("/triggers"))).body.triggers).toHaveLength(before);
    });

    it("counts all of your own triggers in your pattern, and only shared ones in theirs", async () => {
      const mine = (await kit.get(url("/triggers"))).body.triggers.length;
      const sharedByKit = (await robin.get(url("/triggers"))).body.triggers.length;
      const kitPattern = (await kit.get(url("/triggers/pattern?weeks=4"))).body;
      expect(kitPattern.weeks).toBe(4);
      expect(kitPattern.series.find((s: { author: string }) => s.author === "you").total).toBe(mine);
      const robinPattern = (await robin.get(url("/triggers/pattern"))).body;
      expect(robinPattern.series.find((s: { author: string }) => s.author === "other").total).toBe(
        sharedByKit,
      );
      expect(robinPattern.series.find((s: { author: string }) => s.author === "other").weeks).toHaveLength(
        12,
      );
      expect((await kit.get(url("/triggers/pattern?weeks=0"))).status).toBe(400);
    });
  });

  describe("reassurance", () => {
    it("reaches the other person in the app, with no read state, and without the link to the private trigger", async () => {
      const trigger = await logTrigger({
        category: "place",
        intensity: 4,
        ...(await sealedItem("trigger-note", privateNote)),
      });
      const sent = await kit.post(url("/reassurance"), {
        ask: "remind",
        message: "The café again.",
        triggerId: trigger.id,
      });
      expect(sent.status).toBe(201);
      expect(sent.body).toMatchObject({
        from: "you",
        triggerId: trigger.id,
        can: { reply: false, rateOutcome: false },
      });
      const inbox = (await robin.get(url("/reassurance"))).body;
      expect(inbox.waitingForYou).toBeGreaterThanOrEqual(1);
      const received = inbox.requests.find((r: { id: string }) => r.id === sent.body.id);
      expect(Object.keys(received).sort()).toEqual([
        "ask",
        "can",
        "createdAt",
        "firstReplyAt",
        "from",
        "id",
        "message",
        "outcome",
        "replies",
        "replyMinutes",
      ]);
      expect(JSON.stringify(inbox)).not.toContain(privateNote);
    });

    it("takes replies from the person asked only, and the verdict from the requester only, once", async () => {
      const request = (await kit.post(url("/reassurance"), { ask: "call" })).body;
      expect((await kit.post(url(`/reassurance/${request.id}/replies`), { text: "me" })).status).toBe(403);
      expect((await kit.post(url(`/reassurance/${request.id}/outcome`), { helped: true })).status).toBe(409);
      server.advance(6 * 60_000);
      const replied = await robin.post(url(`/reassurance/${request.id}/replies`), {
        text: "Calling you now.",
      });
      expect(replied.status).toBe(201);
      expect(replied.body).toMatchObject({
        from: "other",
        replyMinutes: 6,
        replies: [{ by: "you", text: "Calling you now." }],
      });
      expect((await robin.post(url(`/reassurance/${request.id}/outcome`), { helped: true })).status).toBe(
        403,
      );
      const rated = await kit.post(url(`/reassurance/${request.id}/outcome`), { helped: true });
      expect(rated.body).toMatchObject({ outcome: { helped: true }, can: { rateOutcome: false } });
      expect((await kit.post(url(`/reassurance/${request.id}/outcome`), { helped: false })).status).toBe(409);

      const members = await server.handle.db
        .select()
        .from(spaceMembers)
        .where(eq(spaceMembers.spaceId, spaceId));
      const robinId = members.find((m) => m.view === "me")?.id ?? "";
      const evidence = await reassuranceEvidence(
        spaceReads(server.handle.db, spaceId),
        new Date(Date.parse("2026-05-04T10:00:00Z")),
      );
      expect(evidence.get(robinId)).toContainEqual({
        kind: "reassurance_helped",
        at: expect.any(Date),
        sourceId: request.id,
      });
    });

    it("asks for something to go on, and won't link someone else's trigger", async () => {
      const empty = await kit.post(url("/reassurance"), {});
      expect(empty.status).toBe(400);
      expect(
        (
          await kit.post(url("/reassurance"), {
            ask: "hug",
            triggerId: "00000000-0000-4000-8000-000000000000",
          })
        ).status,
      ).toBe(404);
    });

    it("needs the other person in the space", async () => {
      const solo = server.client();
      await signUp(solo, "Alone");
      const space = await buildSpace(solo, { view: "them" });
      expect((await solo.post(`/api/spaces/${space.id}/reassurance`, { ask: "call" })).status).toBe(409);
      expect(
        (await solo.post(`/api/spaces/${space.id}/triggers`, { category: "place", intensity: 1 })).status,
      ).toBe(201);
    });
  });

  describe("what stays as it was", () => {
    it("lets a person delete their own trigger even when a request links to it; the request stays as sent", async () => {
      const trigger = await logTrigger({ category: "thought", intensity: 3 });
      const request = (await kit.post(url("/reassurance"), { ask: "listen", triggerId: trigger.id })).body;
      expect((await kit.request("DELETE", url(`/triggers/${trigger.id}`))).status).toBe(204);
      const after = (await kit.get(url("/reassurance"))).body.requests.find(
        (r: { id: string }) => r.id === request.id,
      );
      expect(after).toMatchObject({ ask: "listen", triggerId: null });
    });

    it("refuses to change or delete requests, replies and verdicts in the database itself", async () => {
      await expect(
        server.handle.db.execute(sql`update reassurance_requests set message = 'changed'`),
      ).rejects.toThrow();
      await expect(server.handle.db.execute(sql`delete from reassurance_requests`)).rejects.toThrow();
      await expect(
        server.handle.db.execute(sql`update reassurance_replies set text = 'changed'`),
      ).rejects.toThrow();
      await expect(server.handle.db.execute(sql`delete from reassurance_replies`)).rejects.toThrow();
      await expect(
        server.handle.db.execute(sql`update reassurance_outcomes set helped = false`),
      ).rejects.toThrow();
    });
  });
});
