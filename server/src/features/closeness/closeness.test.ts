import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import { buildPair, buildSpace, signUp } from "../../../test/support/factories.ts";
import type { TestClient } from "../../../test/support/http-client.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";
import { appreciations, timeTogetherReflections, timeTogetherVersions } from "./tables.ts";

describe.each(databaseKinds)("appreciations and time together on %s", (kind) => {
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

  const phase = async (client: TestClient, spaceId: string, id: string) =>
    (await client.get(`/api/spaces/${spaceId}/journey`)).body.phases.find(
      (p: { phase: string }) => p.phase === id,
    );

  describe("appreciations", () => {
    it("answers 401 without a session and 404 outside the space", async () => {
      const { spaceId } = await pair();
      expect((await server.client().get(`/api/spaces/${spaceId}/appreciations`)).status).toBe(401);
      const stranger = server.client();
      await signUp(stranger, "Stranger");
      expect((await stranger.get(`/api/spaces/${spaceId}/appreciations`)).status).toBe(404);
      expect((await stranger.post(`/api/spaces/${spaceId}/appreciations`, { text: "Hi." })).status).toBe(404);
    });

    it("can't be sent before the other person joins", async () => {
      const robin = server.client();
      await signUp(robin, "Robin");
      const space = await buildSpace(robin);
      const response = await robin.post(`/api/spaces/${space.id}/appreciations`, { text: "Thank you." });
      expect(response.status).toBe(409);
      expect(response.body.error.message).toMatch(/once the other person has joined/);
    });

    it("refuses an empty or overlong note and stores nothing", async () => {
      const { robin, spaceId } = await pair();
      expect((await robin.post(`/api/spaces/${spaceId}/appreciations`, { text: " " })).status).toBe(400);
      expect(
        (await robin.post(`/api/spaces/${spaceId}/appreciations`, { text: "x".repeat(501) })).status,
      ).toBe(400);
      expect((await robin.get(`/api/spaces/${spaceId}/appreciations`)).body.sent).toEqual([]);
    });

    it("shows up as received for the other person and sent for the sender, with no read state anywhere", async () => {
      const { robin, kit, spaceId } = await pair();
      const sent = await robin.post(`/api/spaces/${spaceId}/appreciations`, {
        text: "Thank you for listening last night.",
      });
      expect(sent.status).toBe(201);
      expect(Object.keys(sent.body).sort()).toEqual(["createdAt", "id", "text"]);
      const before = (await robin.get(`/api/spaces/${spaceId}/appreciations`)).text;

      const kitSees = (await kit.get(`/api/spaces/${spaceId}/appreciations?utcOffsetMinutes=120`)).body;
      expect(kitSees.received).toEqual([sent.body]);
      expect(kitSees.sent).toEqual([]);
      expect(Object.keys(kitSees).sort()).toEqual(["prompt", "received", "sent"]);
      expect(kitSees.prompt.text).toBeTruthy();

      // Reading it changes nothing the sender can see.
      expect((await robin.get(`/api/spaces/${spaceId}/appreciations`)).text).toBe(before);
      expect((await robin.get(`/api/spaces/${spaceId}/appreciations`)).body.sent).toEqual([sent.body]);
    });

    it("become shared facts: an appreciation starts the closeness phase", async () => {
      const { robin, kit, spaceId } = await pair();
      expect((await phase(kit, spaceId, "closeness")).status).toBe("not_started");
      await robin.post(`/api/spaces/${spaceId}/appreciations`, { text: "You made dinner when I was tired." });
      expect((await phase(kit, spaceId, "closeness")).status).toBe("under_way");
    });

    it("are append-only in the database itself", async () => {
      const { robin, spaceId } = await pair();
      const sent = await robin.post(`/api/spaces/${spaceId}/appreciations`, { text: "As sent." });
      await expect(
        server.handle.db
          .update(appreciations)
          .set({ text: "Changed." })
          .where(eq(appreciations.id, sent.body.id)),
      ).rejects.toThrow();
      await expect(
        server.handle.db.delete(appreciations).where(eq(appreciations.id, sent.body.id)),
      ).rejects.toThrow();
    });
  });

  describe("time together", () => {
    it("answers 401 without a session and 404 outside the space", async () => {
      const { robin, spaceId } = await pair();
      const plan = await robin.post(`/api/spaces/${spaceId}/time-together`, { ideaId: "date_picnic" });
      expect((await server.client().get(`/api/spaces/${spaceId}/time-together`)).status).toBe(401);
      const stranger = server.client();
      await signUp(stranger, "Stranger");
      expect((await stranger.get(`/api/spaces/${spaceId}/time-together`)).status).toBe(404);
      expect((await stranger.post(`/api/spaces/${spaceId}/time-together/${plan.body.id}/done`)).status).toBe(
        404,
      );
    });

    it("plans from the idea library with an optional date, and refuses a plan with neither idea nor name", async () => {
      const { robin, kit, spaceId } = await pair();
      const plan = await robin.post(`/api/spaces/${spaceId}/time-together`, {
        ideaId: "date_picnic",
        plannedFor: "2026-05-10",
      });
      expect(plan.status).toBe(201);
      expect(plan.body).toMatchObject({
        ideaId: "date_picnic",
        title: "A picnic",
        plannedFor: "2026-05-10",
        status: "planned",
        doneAt: null,
        yourReflection: null,
        can: ["change", "mark_done", "set_aside"],
      });
      expect(plan.body).not.toHaveProperty("theirReflection");
      const bad = await robin.post(`/api/spaces/${spaceId}/time-together`, { plannedFor: "2026-05-10" });
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toBe("Choose an idea or give your plan a name.");
      expect((await robin.post(`/api/spaces/${spaceId}/time-together`, { ideaId: "nope" })).status).toBe(400);
      expect(
        (await robin.post(`/api/spaces/${spaceId}/time-together`, { title: "x", plannedFor: "May 10" }))
          .status,
      ).toBe(400);
      const kitSees = (await kit.get(`/api/spaces/${spaceId}/time-together`)).body.plans;
      expect(kitSees).toHaveLength(1);
      expect(kitSees[0].history).toEqual([expect.objectContaining({ version: 1, byYou: false })]);
    });

    it("keeps every change in the plan's shared history", async () => {
      const { robin, kit, spaceId } = await pair();
      const plan = await robin.post(`/api/spaces/${spaceId}/time-together`, { title: "Walk by the river" });
      const moved = await kit.request("PUT", `/api/spaces/${spaceId}/time-together/${plan.body.id}`, {
        plannedFor: "2026-05-12",
      });
      expect(moved.body).toMatchObject({ title: "Walk by the river", plannedFor: "2026-05-12" });
      const renamed = await robin.request("PUT", `/api/spaces/${spaceId}/time-together/${plan.body.id}`, {
        title: "Walk and lunch",
        plannedFor: null,
      });
      expect(
        renamed.body.history.map((v: { title: string; plannedFor: string | null; byYou: boolean }) => [
          v.title,
          v.plannedFor,
          v.byYou,
        ]),
      ).toEqual([
        ["Walk by the river", null, true],
        ["Walk by the river", "2026-05-12", false],
        ["Walk and lunch", null, true],
      ]);
      expect(
        (await robin.request("PUT", `/api/spaces/${spaceId}/time-together/${plan.body.id}`, {})).status,
      ).toBe(400);
    });

    it("shows each one-line reflection to the other only once both have written theirs", async () => {
      const { robin, kit, spaceId } = await pair();
      const plan = await robin.post(`/api/spaces/${spaceId}/time-together`, { ideaId: "talk_walk_and_talk" });
      const path = `/api/spaces/${spaceId}/time-together/${plan.body.id}`;
      const early = await robin.post(`${path}/reflection`, { text: "Too soon." });
      expect(early.status).toBe(409);

      const done = await kit.post(`${path}/done`);
      expect(done.body).toMatchObject({ status: "done", can: ["reflect"] });
      expect(done.body.doneAt).toBeTruthy();
      expect((await phase(robin, spaceId, "closeness")).status).toBe("under_way");

      const kitBefore = (await kit.get(`/api/spaces/${spaceId}/time-together`)).text;
      const robinLine = await robin.post(`${path}/reflection`, { text: "CANARY-line: it felt easy again." });
      expect(robinLine.status).toBe(201);
      expect(robinLine.body.yourReflection.text).toBe("CANARY-line: it felt easy again.");
      expect(robinLine.body).not.toHaveProperty("theirReflection");
      expect(robinLine.body.can).toEqual([]);
      // Kit learns nothing, not even that Robin has written.
      expect((await kit.get(`/api/spaces/${spaceId}/time-together`)).text).toBe(kitBefore);

      const kitLine = await kit.post(`${path}/reflection`, {
        text: "I laughed for the first time in weeks.",
      });
      expect(kitLine.body.theirReflection.text).toBe("CANARY-line: it felt easy again.");
      const robinNow = (await robin.get(`/api/spaces/${spaceId}/time-together`)).body.plans[0];
      expect(robinNow.theirReflection.text).toBe("I laughed for the first time in weeks.");
      expect((await kit.post(`${path}/reflection`, { text: "Again." })).status).toBe(409);
    });

    it("can be set aside while planned, and then not changed or marked done", async () => {
      const { robin, spaceId } = await pair();
      const plan = await robin.post(`/api/spaces/${spaceId}/time-together`, { title: "Weekend away" });
      const path = `/api/spaces/${spaceId}/time-together/${plan.body.id}`;
      expect((await robin.post(`${path}/set-aside`)).body).toMatchObject({ status: "set_aside", can: [] });
      expect((await robin.post(`${path}/done`)).status).toBe(409);
      expect((await robin.request("PUT", path, { title: "Weekend away, later" })).status).toBe(409);
      expect((await robin.post(`/api/spaces/${spaceId}/time-together/not-a-plan/done`)).status).toBe(404);
    });

    it("keeps plan versions and reflections append-only in the database itself", async () => {
      const { robin, kit, spaceId } = await pair();
      const plan = await robin.post(`/api/spaces/${spaceId}/time-together`, { title: "Cinema" });
      await kit.post(`/api/spaces/${spaceId}/time-together/${plan.body.id}/done`);
      await kit.post(`/api/spaces/${spaceId}/time-together/${plan.body.id}/reflection`, { text: "Fun." });
      await expect(
        server.handle.db
          .update(timeTogetherVersions)
          .set({ title: "Changed" })
          .where(eq(timeTogetherVersions.planId, plan.body.id)),
      ).rejects.toThrow();
      await expect(
        server.handle.db
          .delete(timeTogetherReflections)
          .where(eq(timeTogetherReflections.planId, plan.body.id)),
      ).rejects.toThrow();
    });
  });
});
