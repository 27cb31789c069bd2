import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import { buildPair, buildSpace, signUp } from "../../../test/support/factories.ts";
import type { TestClient } from "../../../test/support/http-client.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";
import { memberIdOf, opened, resealed, sealedItem } from "../../../test/support/vault.ts";
import { spaceEvents } from "../spaces/tables.ts";
import { forgivenessReflections, privateReflections, unsentLetters } from "./tables.ts";

describe.each(databaseKinds)("forgiveness, letters and private reflections on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  /** Robin broke trust; Kit was hurt. */
  async function pair(): Promise<{ robin: TestClient; kit: TestClient; spaceId: string }> {
    const robin = server.client();
    const kit = server.client();
    const space = await buildPair(robin, kit);
    return { robin, kit, spaceId: space.id };
  }

  const eventsOf = async (spaceId: string) =>
    server.handle.db.select().from(spaceEvents).where(eq(spaceEvents.spaceId, spaceId));

  describe("who may call", () => {
    it("answers 401 without a session and 404 to someone outside the space", async () => {
      const { spaceId } = await pair();
      expect((await server.client().get(`/api/spaces/${spaceId}/forgiveness`)).status).toBe(401);
      const stranger = server.client();
      await signUp(stranger, "Stranger");
      for (const path of ["forgiveness", "letters", "reflections"]) {
        expect((await stranger.get(`/api/spaces/${spaceId}/${path}`)).status).toBe(404);
      }
      expect(
        (
          await stranger.post(
            `/api/spaces/${spaceId}/letters`,
            await sealedItem("unsent-letter", "Not mine."),
          )
        ).status,
      ).toBe(404);
    });

    it("offers the five steps to the person who was hurt, not to the person who broke trust", async () => {
      const { robin, kit, spaceId } = await pair();
      expect((await kit.get(`/api/spaces/${spaceId}/forgiveness`)).body.forYou).toBe(true);
      expect((await robin.get(`/api/spaces/${spaceId}/forgiveness`)).body.forYou).toBe(false);
      const refused = await robin.post(`/api/spaces/${spaceId}/forgiveness/reflections`, {
        step: "feel_it",
        text: "Trying anyway.",
      });
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toMatch(/person who was hurt/);
    });

    it("offers them to both people when each says they were both hurt and at fault", async () => {
      const robin = server.client();
      const kit = server.client();
      await signUp(robin, "Robin");
      await signUp(kit, "Kit");
      const space = await buildSpace(robin, { view: "both" });
      const invitation = await robin.post(`/api/spaces/${space.id}/invitations`);
      await kit.post("/api/invitations/accept", { token: invitation.body.token, view: "both" });
      expect((await robin.get(`/api/spaces/${space.id}/forgiveness`)).body.forYou).toBe(true);
      expect((await kit.get(`/api/spaces/${space.id}/forgiveness`)).body.forYou).toBe(true);
    });
  });

  describe("the forgiveness path", () => {
    it("refuses bad input with a clear message and stores nothing", async () => {
      const { kit, spaceId } = await pair();
      const cases = [
        { step: "skip_ahead", text: "x" },
        { step: "feel_it", text: "   " },
        { step: "feel_it", text: "x", resentment: 11 },
        { step: "feel_it", text: "x", resentment: 2.5 },
        { step: "feel_it", text: "x", mood: "low" },
      ];
      for (const body of cases) {
        const response = await kit.post(`/api/spaces/${spaceId}/forgiveness/reflections`, body);
        expect(response.status).toBe(400);
        expect(response.body.error.message).toBeTruthy();
      }
      expect((await kit.get(`/api/spaces/${spaceId}/forgiveness`)).body.reflections).toEqual([]);
    });

    it("keeps reflections private by default and walks the path at the person's pace", async () => {
      const { robin, kit, spaceId } = await pair();
      await kit.post(`/api/spaces/${spaceId}/forgiveness/reflections`, {
        step: "name_the_hurt",
        text: "CANARY-name: being lied to for months.",
        resentment: 8,
      });
      // Less than the 30-minute idle timeout, so the session stays live.
      server.advance(20 * 60_000);
      const second = await kit.post(`/api/spaces/${spaceId}/forgiveness/reflections`, {
        step: "feel_it",
        text: "Angry, then very tired.",
        resentment: 7,
      });
      expect(second.status).toBe(201);
      expect(Object.keys(second.body).sort()).toEqual([
        "createdAt",
        "id",
        "resentment",
        "shared",
        "step",
        "text",
      ]);
      expect(second.body.shared).toBe(false);

      const mine = (await kit.get(`/api/spaces/${spaceId}/forgiveness`)).body;
      expect(mine.path.current).toBe("feel_it");
      expect(mine.path.next).toBe("release_resentment");
      expect(mine.path.resentment.map((p: { rating: number }) => p.rating)).toEqual([8, 7]);
      expect(mine.reflections).toHaveLength(2);

      const theirs = await robin.get(`/api/spaces/${spaceId}/forgiveness`);
      expect(theirs.body.sharedWithYou).toEqual([]);
      expect(theirs.text).not.toContain("CANARY-name");
    });

    it("shares one reflection at a time, never its rating, and takes it back silently", async () => {
      const { robin, kit, spaceId } = await pair();
      const journeyBefore = (await robin.get(`/api/spaces/${spaceId}/journey`)).text;
      const reflection = await kit.post(`/api/spaces/${spaceId}/forgiveness/reflections`, {
        step: "name_the_hurt",
        text: "What hurt most was the hiding.",
        resentment: 9,
      });
      await kit.post(`/api/spaces/${spaceId}/forgiveness/reflections`, {
        step: "feel_it",
        text: "CANARY-private: not ready to say this.",
      });
      const beforeSharing = (await robin.get(`/api/spaces/${spaceId}/forgiveness`)).text;

      const shared = await kit.request(
        "PUT",
        `/api/spaces/${spaceId}/forgiveness/reflections/${reflection.body.id}/sharing`,
        { shared: true },
      );
      expect(shared.body.shared).toBe(true);
      const seen = (await robin.get(`/api/spaces/${spaceId}/forgiveness`)).body.sharedWithYou;
      expect(seen).toHaveLength(1);
      expect(Object.keys(seen[0]).sort()).toEqual(["id", "sharedAt", "step", "text"]);
      expect(seen[0].text).toBe("What hurt most was the hiding.");
      expect(JSON.stringify(seen)).not.toContain("CANARY-private");

      const journey = (await robin.get(`/api/spaces/${spaceId}/journey`)).body;
      const forgiveness = journey.phases.find((p: { phase: string }) => p.phase === "forgiveness");
      expect(forgiveness.status).toBe("under_way");

      await kit.request(
        "PUT",
        `/api/spaces/${spaceId}/forgiveness/reflections/${reflection.body.id}/sharing`,
        {
          shared: false,
        },
      );
      expect((await robin.get(`/api/spaces/${spaceId}/forgiveness`)).text).toBe(beforeSharing);
      expect((await robin.get(`/api/spaces/${spaceId}/journey`)).text).toBe(journeyBefore);
    });

    it("completes the forgiveness phase once choosing to forgive is shared", async () => {
      const { robin, kit, spaceId } = await pair();
      await kit.post(`/api/spaces/${spaceId}/forgiveness/reflections`, {
        step: "choose_to_forgive",
        text: "I choose to forgive, and I'm still deciding about the rest.",
        share: true,
      });
      const journey = (await robin.get(`/api/spaces/${spaceId}/journey`)).body;
      const forgiveness = journey.phases.find((p: { phase: string }) => p.phase === "forgiveness");
      expect(forgiveness.status).toBe("complete");
    });

    it("lets only the author change sharing or delete, and a stranger's ids look missing", async () => {
      const { robin, kit, spaceId } = await pair();
      const reflection = await kit.post(`/api/spaces/${spaceId}/forgiveness/reflections`, {
        step: "feel_it",
        text: "Mine alone.",
        share: true,
      });
      const path = `/api/spaces/${spaceId}/forgiveness/reflections/${reflection.body.id}`;
      expect((await robin.request("PUT", `${path}/sharing`, { shared: false })).status).toBe(404);
      expect((await robin.request("DELETE", path)).status).toBe(404);
      expect(
        (await kit.request("DELETE", `/api/spaces/${spaceId}/forgiveness/reflections/not-an-id`)).status,
      ).toBe(404);
      expect((await kit.request("DELETE", path)).status).toBe(204);
      expect((await robin.get(`/api/spaces/${spaceId}/forgiveness`)).body.sharedWithYou).toEqual([]);
      const rows = await server.handle.db
        .select()
        .from(forgivenessReflections)
        .where(eq(forgivenessReflections.id, reflection.body.id));
      expect(rows).toEqual([]);
    });

    it("refuses, in the database itself, any change to what a reflection says", async () => {
      const { kit, spaceId } = await pair();
      const reflection = await kit.post(`/api/spaces/${spaceId}/forgiveness/reflections`, {
        step: "feel_it",
        text: "As written.",
      });
      await expect(
        server.handle.db
          .update(forgivenessReflections)
          .set({ text: "Rewritten." })
          .where(eq(forgivenessReflections.id, reflection.body.id)),
      ).rejects.toThrow();
      await server.handle.db
        .update(forgivenessReflections)
        .set({ sharedAt: new Date() })
        .where(eq(forgivenessReflections.id, reflection.body.id));
      expect((await kit.get(`/api/spaces/${spaceId}/forgiveness`)).body.reflections[0].shared).toBe(true);
    });
  });

  describe("unsent letters", () => {
    const letterText = (title: string, body: string) => JSON.stringify({ title, body });

    it("are kept sealed as the browser sent them, and read and rewritten by their author only", async () => {
      const { robin, kit, spaceId } = await pair();
      const { id, sealed } = await sealedItem("unsent-letter", letterText("To you", "CANARY-letter"));
      const letter = await kit.post(`/api/spaces/${spaceId}/letters`, { id, sealed });
      expect(letter.status).toBe(201);
      expect(letter.body).toMatchObject({ id, sealed, plain: null });
      const path = `/api/spaces/${spaceId}/letters/${id}`;
      server.advance(60_000);
      const again = await resealed("unsent-letter", id, letterText("", "Everything, said again."));
      const edited = await kit.request("PUT", path, { sealed: again });
      expect(edited.body).toMatchObject({ id, sealed: again, plain: null });
      expect(edited.body.updatedAt).not.toBe(edited.body.createdAt);
      const read = await kit.get(path);
      expect(JSON.parse(await opened("unsent-letter", id, read.body.sealed))).toEqual({
        title: "",
        body: "Everything, said again.",
      });
      expect((await robin.get(path)).status).toBe(404);
      expect((await robin.request("PUT", path, { sealed: again })).status).toBe(404);
      expect((await robin.get(`/api/spaces/${spaceId}/letters`)).body).toEqual({ letters: [] });
      const [row] = await server.handle.db.select().from(unsentLetters).where(eq(unsentLetters.id, id));
      expect(row).toMatchObject({ sealed: again, title: null, body: null });
    });

    it("refuses words sent in the clear, or anything that isn't an envelope, and stores nothing", async () => {
      const { kit, spaceId } = await pair();
      const { id, sealed } = await sealedItem("unsent-letter", letterText("", "Kept."));
      for (const body of [
        { title: "CANARY-plain-title", body: "CANARY-plain" },
        { id, body: "CANARY-plain" },
        { id, sealed, body: "CANARY-plain" },
        { id, sealed: "CANARY-plain" },
        { id: "not-an-id", sealed },
      ]) {
        const response = await kit.post(`/api/spaces/${spaceId}/letters`, body);
        expect(response.status).toBe(400);
        expect(response.body.error.message).toBeTruthy();
      }
      expect((await kit.get(`/api/spaces/${spaceId}/letters`)).body.letters).toEqual([]);
      await kit.post(`/api/spaces/${spaceId}/letters`, { id, sealed });
      const path = `/api/spaces/${spaceId}/letters/${id}`;
      expect((await kit.request("PUT", path, { body: "CANARY-plain" })).status).toBe(400);
      expect((await kit.get(path)).body.sealed).toBe(sealed);
      const count = await server.handle.db.execute(
        sql`select count(*)::int as n from unsent_letters where concat(title, body, sealed) like ${"%CANARY%"}`,
      );
      expect(JSON.stringify(count)).toContain('"n":0');
    });

    it("answers a second letter under an id already taken with a conflict, leaving the first as it was", async () => {
      const { robin, kit, spaceId } = await pair();
      const first = await sealedItem("unsent-letter", letterText("", "First."));
      expect((await kit.post(`/api/spaces/${spaceId}/letters`, first)).status).toBe(201);
      const clash = {
        id: first.id,
        sealed: await resealed("unsent-letter", first.id, letterText("", "Other.")),
      };
      expect((await kit.post(`/api/spaces/${spaceId}/letters`, clash)).status).toBe(409);
      expect((await robin.post(`/api/spaces/${spaceId}/letters`, clash)).status).toBe(409);
      expect((await kit.get(`/api/spaces/${spaceId}/letters/${first.id}`)).body.sealed).toBe(first.sealed);
      expect((await robin.get(`/api/spaces/${spaceId}/letters`)).body.letters).toEqual([]);
    });

    it("shows a letter from before the vault to its author only, and forgets its words once sealed", async () => {
      const { robin, kit, spaceId } = await pair();
      const id = randomUUID();
      const at = new Date();
      await server.handle.db.insert(unsentLetters).values({
        id,
        spaceId,
        memberId: await memberIdOf(server.handle.db, kit, spaceId),
        title: "Old title",
        body: "Old words",
        createdAt: at,
        updatedAt: at,
      });
      const path = `/api/spaces/${spaceId}/letters/${id}`;
      expect((await kit.get(path)).body).toMatchObject({
        sealed: null,
        plain: { title: "Old title", body: "Old words" },
      });
      expect((await robin.get(path)).status).toBe(404);
      const sealed = await resealed("unsent-letter", id, letterText("Old title", "Old words"));
      expect((await kit.request("PUT", path, { sealed })).body).toMatchObject({ sealed, plain: null });
      const [row] = await server.handle.db.select().from(unsentLetters).where(eq(unsentLetters.id, id));
      expect(row).toMatchObject({ sealed, title: null, body: null });
    });

    it("are truly deleted when let go: the row is gone and no event keeps a trace of it", async () => {
      const { robin, kit, spaceId } = await pair();
      const letter = await sealedItem("unsent-letter", letterText("A title", "The letter I never sent."));
      await kit.post(`/api/spaces/${spaceId}/letters`, letter);
      const path = `/api/spaces/${spaceId}/letters/${letter.id}`;
      await kit.request("PUT", path, {
        sealed: await resealed("unsent-letter", letter.id, letterText("A title", "And more.")),
      });
      expect((await robin.request("DELETE", path)).status).toBe(404);

      const destroyed = await kit.request("DELETE", path);
      expect(destroyed.status).toBe(204);

      const rows = await server.handle.db.select().from(unsentLetters).where(eq(unsentLetters.id, letter.id));
      expect(rows).toEqual([]);
      const events = await eventsOf(spaceId);
      expect(events.map((e) => e.kind)).toEqual(
        expect.arrayContaining(["letter.written", "letter.edited", "letter.destroyed"]),
      );
      const trail = JSON.stringify(events);
      expect(trail).not.toContain("mv1.");
      expect(trail).not.toContain(letter.id);
      expect((await kit.get(path)).status).toBe(404);
    });
  });

  describe("private reflections", () => {
    it("are kept sealed, for their author alone to read, rewrite and delete", async () => {
      const { robin, kit, spaceId } = await pair();
      const { id, sealed } = await sealedItem("private-reflection", "It started when work got heavy.");
      const written = await robin.post(`/api/spaces/${spaceId}/reflections`, {
        id,
        kind: "learning_from_past",
        promptId: "pattern",
        sealed,
      });
      expect(written.status).toBe(201);
      expect(written.body).toMatchObject({
        id,
        kind: "learning_from_past",
        promptId: "pattern",
        sealed,
        plain: null,
      });
      const path = `/api/spaces/${spaceId}/reflections/${id}`;
      const again = await resealed("private-reflection", id, "It started earlier than that.");
      expect((await kit.get(`/api/spaces/${spaceId}/reflections`)).body).toEqual({ reflections: [] });
      expect((await kit.request("PUT", path, { sealed: again })).status).toBe(404);
      expect((await kit.request("DELETE", path)).status).toBe(404);
      expect((await robin.request("PUT", path, { sealed: again })).body.sealed).toBe(again);
      const [listed] = (await robin.get(`/api/spaces/${spaceId}/reflections`)).body.reflections;
      expect(await opened("private-reflection", id, listed.sealed)).toBe("It started earlier than that.");
      expect((await robin.request("DELETE", path)).status).toBe(204);
      const rows = await server.handle.db
        .select()
        .from(privateReflections)
        .where(eq(privateReflections.id, id));
      expect(rows).toEqual([]);
      expect(JSON.stringify(await eventsOf(spaceId))).not.toContain("mv1.");
    });

    it("refuse words sent in the clear and a taken id, storing nothing", async () => {
      const { robin, kit, spaceId } = await pair();
      const { id, sealed } = await sealedItem("private-reflection", "Mine.");
      for (const body of [
        { kind: "self_trust", text: "CANARY-plain" },
        { id, kind: "self_trust", text: "CANARY-plain" },
        { id, kind: "self_trust", sealed, text: "CANARY-plain" },
        { id, kind: "self_trust", sealed: "CANARY-plain" },
      ]) {
        const response = await robin.post(`/api/spaces/${spaceId}/reflections`, body);
        expect(response.status).toBe(400);
        expect(response.body.error.message).toBeTruthy();
      }
      expect((await robin.get(`/api/spaces/${spaceId}/reflections`)).body.reflections).toEqual([]);
      expect(
        (await robin.post(`/api/spaces/${spaceId}/reflections`, { id, kind: "self_trust", sealed })).status,
      ).toBe(201);
      const path = `/api/spaces/${spaceId}/reflections/${id}`;
      expect((await robin.request("PUT", path, { text: "CANARY-plain" })).status).toBe(400);
      const clash = { id, kind: "self_trust", sealed: await resealed("private-reflection", id, "Other.") };
      expect((await robin.post(`/api/spaces/${spaceId}/reflections`, clash)).status).toBe(409);
      expect((await kit.post(`/api/spaces/${spaceId}/reflections`, clash)).status).toBe(409);
      expect((await robin.get(`/api/spaces/${spaceId}/reflections`)).body.reflections[0].sealed).toBe(sealed);
      const count = await server.handle.db.execute(
        sql`select count(*)::int as n from private_reflections where concat(text, sealed) like ${"%CANARY%"}`,
      );
      expect(JSON.stringify(count)).toContain('"n":0');
    });

    it("shows one from before the vault to its author only, and forgets its words once sealed", async () => {
      const { robin, kit, spaceId } = await pair();
      const id = randomUUID();
      const at = new Date();
      await server.handle.db.insert(privateReflections).values({
        id,
        spaceId,
        memberId: await memberIdOf(server.handle.db, robin, spaceId),
        kind: "self_trust",
        text: "Old words",
        createdAt: at,
        updatedAt: at,
      });
      expect((await robin.get(`/api/spaces/${spaceId}/reflections`)).body.reflections).toEqual([
        expect.objectContaining({ id, sealed: null, plain: "Old words" }),
      ]);
      expect((await kit.get(`/api/spaces/${spaceId}/reflections`)).body.reflections).toEqual([]);
      const sealed = await resealed("private-reflection", id, "Old words");
      const path = `/api/spaces/${spaceId}/reflections/${id}`;
      expect((await robin.request("PUT", path, { sealed })).body).toMatchObject({ sealed, plain: null });
      const [row] = await server.handle.db
        .select()
        .from(privateReflections)
        .where(eq(privateReflections.id, id));
      expect(row).toMatchObject({ sealed, text: null });
    });

    it("refuses a question that belongs to another kind of reflection", async () => {
      const { robin, spaceId } = await pair();
      const response = await robin.post(`/api/spaces/${spaceId}/reflections`, {
        ...(await sealedItem("private-reflection", "Wrong question.")),
        kind: "self_trust",
        promptId: "pattern",
      });
      expect(response.status).toBe(400);
      expect(response.body.error.fields.promptId).toMatch(/doesn't belong/);
      expect((await robin.get(`/api/spaces/${spaceId}/reflections`)).body.reflections).toEqual([]);
    });
  });
});
