import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import { buildPair, buildSpace, signUp } from "../../../test/support/factories.ts";
import type { TestClient } from "../../../test/support/http-client.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";
import { memberIdOf, opened, resealed } from "../../../test/support/vault.ts";
import { spaceReads } from "../../db/space-reads.ts";
import { talkFacts } from "./evidence.ts";
import { talkReflections } from "./tables.ts";

const minute = 60_000;
const privateReflection = "CANARY-what-I-really-thought-afterwards";

describe.each(databaseKinds)("structured talks on %s", (kind) => {
  let server: TestServer;
  let robin: TestClient;
  let kit: TestClient;
  let spaceId: string;
  let now = Date.parse("2026-05-04T09:00:00Z");
  const url = (path = "") => `/api/spaces/${spaceId}/talks${path}`;

  /** Lets time pass in steps short enough that both sessions stay alive. */
  const passTime = async (ms: number) => {
    for (let left = ms; left > 0; left -= 20 * minute) {
      const step = Math.min(left, 20 * minute);
      server.advance(step);
      now += step;
      // Reading does not keep a session alive; the people's own activity does.
      await robin.post("/api/auth/activity");
      await kit.post("/api/auth/activity");
    }
  };

  beforeAll(async () => {
    server = await startTestServer(kind);
    robin = server.client();
    kit = server.client();
    spaceId = (await buildPair(robin, kit)).id;
  });
  afterAll(() => server?.close());

  async function propose(client: TestClient, body: Record<string, unknown> = {}) {
    const response = await client.post(url(), {
      topic: "The weekend away",
      startsAt: null,
      groundRules: ["no_blame"],
      ...body,
    });
    expect(response.status).toBe(201);
    return response.body as { id: string };
  }

  /** A talk proposed by Robin for now and accepted by Kit: running. */
  async function running() {
    const talk = await propose(robin);
    const accepted = await kit.post(url(`/${talk.id}/accept`));
    expect(accepted.body.status).toBe("running");
    return talk.id;
  }

  async function end(talkId: string, finished = true) {
    expect((await robin.post(url(`/${talkId}/end`), { finished })).status).toBe(200);
  }

  describe("who may see and do what", () => {
    it("answers 404 to someone outside the space, for the list, a real talk and its actions", async () => {
      const talk = await propose(robin);
      const stranger = server.client();
      await signUp(stranger, "Stranger");
      await buildSpace(stranger);
      expect((await stranger.get(url())).status).toBe(404);
      expect((await stranger.get(url(`/${talk.id}`))).status).toBe(404);
      expect((await stranger.post(url(`/${talk.id}/accept`))).status).toBe(404);
      expect((await stranger.post(url(`/${talk.id}/cancel`))).status).toBe(404);
      expect((await kit.post(url(`/${talk.id}/cancel`))).body.status).toBe("cancelled");
    });

    it("needs two people", async () => {
      const solo = server.client();
      await signUp(solo, "Alone");
      const space = await buildSpace(solo);
      expect((await solo.post(`/api/spaces/${space.id}/talks`, { topic: "x", startsAt: null })).status).toBe(
        409,
      );
    });
  });

  describe("proposing", () => {
    it("defaults to 30 minutes, refuses more than 90, and takes chosen and own ground rules", async () => {
      const tooLong = await robin.post(url(), { topic: "x", startsAt: null, limitMinutes: 120 });
      expect(tooLong.status).toBe(400);
      expect(tooLong.body.error.fields.limitMinutes).toMatch(/90/);
      const talk = await robin.post(url(), {
        topic: "Money",
        startsAt: null,
        groundRules: ["no_phones", "pause_any_time"],
        customRules: ["We sit at the kitchen table"],
      });
      expect(talk.body).toMatchObject({
        limitMinutes: 30,
        groundRules: ["no_phones", "pause_any_time"],
        customRules: ["We sit at the kitchen table"],
        status: "proposed",
        proposal: { by: "you", startsAt: null },
      });
      await robin.post(url(`/${talk.body.id}/cancel`));
    });

    it("waits for the other's yes, who may suggest another time that the proposer then accepts", async () => {
      const inTwoHours = new Date(now + 120 * minute).toISOString();
      const talk = await propose(robin, { startsAt: inTwoHours });
      expect((await robin.post(url(`/${talk.id}/accept`))).status).toBe(409);
      const later = new Date(now + 180 * minute).toISOString();
      const countered = await kit.post(url(`/${talk.id}/time`), { startsAt: later });
      expect(countered.body).toMatchObject({
        proposal: { by: "you", startsAt: later },
        can: { accept: false },
      });
      expect((await kit.post(url(`/${talk.id}/accept`))).status).toBe(409);
      const agreed = await robin.post(url(`/${talk.id}/accept`));
      expect(agreed.body).toMatchObject({ status: "scheduled", scheduledFor: later, can: { start: false } });
      const early = await kit.post(url(`/${talk.id}/start`));
      expect(early.status).toBe(409);
      expect(early.body.error.message).toMatch(/15 minutes before/);
      await passTime(170 * minute);
      const started = await kit.post(url(`/${talk.id}/start`));
      expect(started.body.status).toBe("running");
      await end(talk.id);
    });

    it("refuses a time in the past, changing nothing", async () => {
      const response = await robin.post(url(), {
        topic: "x",
        startsAt: new Date(now - 60 * minute).toISOString(),
      });
      expect(response.status).toBe(400);
      expect(response.body.error.fields.startsAt).toBeDefined();
    });
  });

  describe("during a talk", () => {
    it("gives both the same timer from the server's clock, and allows one talk at a time", async () => {
      const talkId = await running();
      const view = (await robin.get(url(`/${talkId}`))).body;
      expect(view.timer).toMatchObject({
        startedAt: new Date(now).toISOString(),
        endsAt: new Date(now + 30 * minute).toISOString(),
        remainingMs: 30 * minute,
        timeUp: false,
      });
      expect(view.serverTime).toBe(new Date(now).toISOString());
      expect((await kit.get(url(`/${talkId}`))).body.timer).toEqual(view.timer);
      const second = await propose(kit);
      const refused = await robin.post(url(`/${second.id}/accept`));
      expect(refused.status).toBe(409);
      expect(refused.body.error.message).toMatch(/Another talk/);
      expect((await robin.get(url())).body.activeTalkId).toBe(talkId);
      await kit.post(url(`/${second.id}/cancel`));
      await end(talkId);
    });

    it("names a pause as a break with a return time, stops the clock, and brings the pauser back after 20 minutes at the earliest", async () => {
      const talkId = await running();
      await passTime(5 * minute);
      expect((await kit.post(url(`/${talkId}/pause`), { breakMinutes: 10 })).status).toBe(400);
      const paused = await kit.post(url(`/${talkId}/pause`), { breakMinutes: 60, suggestion: "walk" });
      expect(paused.body).toMatchObject({
        status: "on_break",
        break: {
          by: "you",
          returnAt: new Date(now + 60 * minute).toISOString(),
          suggestion: "walk",
          youCanResumeFrom: new Date(now + 20 * minute).toISOString(),
        },
        timer: { usedMs: 5 * minute, runningSince: null, endsAt: null },
      });
      const seen = (await robin.get(url(`/${talkId}`))).body;
      expect(seen.break).toMatchObject({
        by: "other",
        youCanResumeFrom: new Date(now + 60 * minute).toISOString(),
      });
      expect(seen.history.at(-1)).toMatchObject({ kind: "paused", by: "other" });
      expect((await robin.post(url(`/${talkId}/turns`), { text: "While you're away…" })).status).toBe(409);
      expect((await kit.post(url(`/${talkId}/resume`))).status).toBe(409);
      await passTime(20 * minute);
      expect((await robin.post(url(`/${talkId}/resume`))).status).toBe(409);
      const back = await kit.post(url(`/${talkId}/resume`));
      expect(back.body).toMatchObject({ status: "running", pauses: 1, timer: { usedMs: 5 * minute } });
      expect(back.body.timer.endsAt).toBe(new Date(now + 25 * minute).toISOString());
      await end(talkId);
    });

    it("reschedules during a break, and a new sitting starts with the full time", async () => {
      const talkId = await running();
      await passTime(10 * minute);
      await robin.post(url(`/${talkId}/pause`), {});
      const tomorrow = new Date(now + 20 * 60 * minute).toISOString();
      const moved = await kit.post(url(`/${talkId}/time`), { startsAt: tomorrow });
      expect(moved.body).toMatchObject({ status: "proposed", break: null, timer: null });
      await robin.post(url(`/${talkId}/accept`));
      await robin.post(url(`/${talkId}/time`), { startsAt: null });
      const restarted = await kit.post(url(`/${talkId}/accept`));
      expect(restarted.body).toMatchObject({
        status: "running",
        timer: { usedMs: 0, remainingMs: 30 * minute },
        pauses: 1,
      });
      await end(talkId, false);
      expect((await robin.get(url(`/${talkId}`))).body.outcome).toBe("ended_early");
    });

    it('takes turns: the listener reflects, the speaker rates, the listener tries again until "that\'s it"', async () => {
      const talkId = await running();
      const spoken = await robin.post(url(`/${talkId}/turns`), {
        text: "I shut down when you raise your voice.",
      });
      const turnId = spoken.body.turns[0].id;
      expect(spoken.body.turns[0]).toMatchObject({ speaker: "you", status: "awaiting_reflection" });
      expect((await kit.post(url(`/${talkId}/turns`), { text: "My turn" })).status).toBe(409);
      expect((await robin.post(url(`/${talkId}/turns/${turnId}/reflections`), { text: "me" })).status).toBe(
        403,
      );
      expect((await kit.post(url(`/${talkId}/turns/not-a-turn/reflections`), { text: "x" })).status).toBe(
        404,
      );
      await kit.post(url(`/${talkId}/turns/${turnId}/reflections`), {
        text: "You go quiet when I get loud.",
      });
      expect((await kit.post(url(`/${talkId}/turns/${turnId}/rating`), { rating: "thats_it" })).status).toBe(
        403,
      );
      const partly = await robin.post(url(`/${talkId}/turns/${turnId}/rating`), { rating: "partly" });
      expect(partly.body.turns[0].status).toBe("awaiting_reflection");
      await kit.post(url(`/${talkId}/turns/${turnId}/reflections`), {
        text: "You shut down, because it feels unsafe.",
      });
      const done = await robin.post(url(`/${talkId}/turns/${turnId}/rating`), { rating: "thats_it" });
      expect(done.body.turns[0]).toMatchObject({ status: "done" });
      expect(done.body.turns[0].attempts.map((a: { rating: string }) => a.rating)).toEqual([
        "partly",
        "thats_it",
      ]);
      const kitView = (await kit.get(url(`/${talkId}`))).body;
      expect(kitView.turns[0].speaker).toBe("other");
      expect(kitView.can.speak).toBe(true);
      await end(talkId);
    });
  });

  describe("after a talk", () => {
    it("keeps each person's reflection private and shares summaries with both", async () => {
      const talkId = await running();
      const sealed = await resealed("talk-reflection", talkId, privateReflection);
      expect((await robin.request("PUT", url(`/${talkId}/reflection`), { sealed })).status).toBe(409);
      await end(talkId);
      for (const body of [
        { text: privateReflection },
        { sealed, text: privateReflection },
        { sealed: "CANARY" },
      ]) {
        expect((await robin.request("PUT", url(`/${talkId}/reflection`), body)).status).toBe(400);
      }
      expect((await robin.get(url(`/${talkId}`))).body.yourReflection).toBeNull();
      const saved = await robin.request("PUT", url(`/${talkId}/reflection`), { sealed });
      expect(saved.body.yourReflection).toMatchObject({ sealed, plain: null });
      expect(await opened("talk-reflection", talkId, saved.body.yourReflection.sealed)).toBe(
        privateReflection,
      );
      await kit.post(url(`/${talkId}/summaries`), { text: "We agreed to try again on Sunday." });
      const kitView = await kit.get(url(`/${talkId}`));
      expect(kitView.text).not.toContain(sealed);
      expect(kitView.body.yourReflection).toBeNull();
      expect(Object.keys(kitView.body).sort()).toEqual(Object.keys(saved.body).sort());
      expect((await kit.get(url())).text).not.toContain(sealed);
      expect(saved.body.summaries).toEqual([]);
      const robinView = (await robin.get(url(`/${talkId}`))).body;
      expect(robinView.summaries).toEqual([
        expect.objectContaining({ by: "other", text: "We agreed to try again on Sunday." }),
      ]);
      expect(robinView.outcome).toBe("completed");
    });

    it("shows a reflection from before the vault to its writer only, and forgets its words once sealed", async () => {
      const talkId = await running();
      await end(talkId);
      await server.handle.db.insert(talkReflections).values({
        talkId,
        spaceId,
        memberId: await memberIdOf(server.handle.db, kit, spaceId),
        text: "Old words",
        updatedAt: new Date(),
      });
      expect((await kit.get(url(`/${talkId}`))).body.yourReflection).toMatchObject({
        sealed: null,
        plain: "Old words",
      });
      expect((await robin.get(url(`/${talkId}`))).text).not.toContain("Old words");
      const sealed = await resealed("talk-reflection", talkId, "Old words");
      const upgraded = await kit.request("PUT", url(`/${talkId}/reflection`), { sealed });
      expect(upgraded.body.yourReflection).toMatchObject({ sealed, plain: null });
      const [row] = await server.handle.db
        .select()
        .from(talkReflections)
        .where(and(eq(talkReflections.talkId, talkId), eq(talkReflections.spaceId, spaceId)));
      expect(row).toMatchObject({ sealed, text: null });
    });

    it("records talks held, breaks and how they ended for the method and the help rules", async () => {
      const facts = await talkFacts(spaceReads(server.handle.db, spaceId), new Date(now));
      expect(facts.talksHeld.length).toBe(facts.talks.length);
      expect(facts.talksHeld.length).toBeGreaterThanOrEqual(5);
      expect(facts.talksPaused).toHaveLength(2);
      expect(facts.talks.map((t) => t.outcome)).toContain("ended_early");
      expect(facts.talks.map((t) => t.outcome)).toContain("completed");
    });

    it("refuses to change or delete talks and their entries in the database itself", async () => {
      await expect(server.handle.db.execute(sql`update talks set topic = 'changed'`)).rejects.toThrow();
      await expect(server.handle.db.execute(sql`delete from talks`)).rejects.toThrow();
      await expect(server.handle.db.execute(sql`update talk_entries set text = 'changed'`)).rejects.toThrow();
      await expect(server.handle.db.execute(sql`delete from talk_entries`)).rejects.toThrow();
    });
  });
});
