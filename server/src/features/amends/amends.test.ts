import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import { buildPair, buildSpace, signUp } from "../../../test/support/factories.ts";
import type { TestClient } from "../../../test/support/http-client.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";
import { spaceReads } from "../../db/space-reads.ts";
import { spaceMembers } from "../spaces/tables.ts";
import { amendsEvidence } from "./evidence.ts";

const dayMs = 24 * 60 * 60 * 1000;

describe.each(databaseKinds)("amends on %s", (kind) => {
  let server: TestServer;
  // Robin broke trust and offers amends; Kit was hurt and asks for them.
  let robin: TestClient;
  let kit: TestClient;
  let spaceId: string;
  const url = (path = "") => `/api/spaces/${spaceId}/amends${path}`;
  const dateIn = (days: number) => new Date(server.now().getTime() + days * dayMs).toISOString().slice(0, 10);

  beforeAll(async () => {
    server = await startTestServer(kind);
    robin = server.client();
    kit = server.client();
    spaceId = (await buildPair(robin, kit)).id;
  });
  afterAll(() => server?.close());

  async function robinsMemberId() {
    const members = await server.handle.db
      .select()
      .from(spaceMembers)
      .where(eq(spaceMembers.spaceId, spaceId));
    return members.find((m) => m.view === "me")?.id ?? "";
  }

  async function offer(what: string, byDate?: string) {
    const response = await robin.post(url(), { origin: "offered", what, ...(byDate ? { byDate } : {}) });
    expect(response.status).toBe(201);
    return response.body as { id: string; status: string };
  }

  describe("who may see and do what", () => {
    it("answers 404 to someone outside the space, for the list and for a real amend", async () => {
      const amend = await offer("Pay back what I spent");
      const stranger = server.client();
      await signUp(stranger, "Stranger");
      await buildSpace(stranger);
      expect((await stranger.get(url())).status).toBe(404);
      expect((await stranger.post(url(), { origin: "asked", what: "x" })).status).toBe(404);
      expect((await stranger.post(url(`/${amend.id}/answer`), { action: "accepted" })).status).toBe(404);
      expect((await stranger.post(url(`/${amend.id}/counter`), { what: "x" })).status).toBe(404);
      expect((await stranger.post(url(`/${amend.id}/confirmation`), { confirmed: true })).status).toBe(404);
    });

    it("lets the person who broke trust offer and the person who was hurt ask, not the other way round", async () => {
      expect((await kit.post(url(), { origin: "offered", what: "I'll make it up" })).status).toBe(403);
      expect((await robin.post(url(), { origin: "asked", what: "Make it up to me" })).status).toBe(403);
      const asked = await kit.post(url(), { origin: "asked", what: "Tell my sister the truth yourself" });
      expect(asked.status).toBe(201);
      expect(asked.body).toMatchObject({
        origin: "asked",
        proposedBy: "you",
        maker: "other",
        status: "proposed",
      });
      const list = (await robin.get(url())).body;
      expect(list).toMatchObject({ canOffer: true, canAsk: false, otherPresent: true });
      expect(list.amends[0]).toMatchObject({ id: asked.body.id, proposedBy: "other", maker: "you" });
      expect(list.amends[0].can).toMatchObject({
        accept: true,
        decline: true,
        counter: true,
        withdraw: false,
      });
    });

    it("refuses bad input with 400 and changes nothing", async () => {
      const before = (await robin.get(url())).body;
      for (const body of [
        {},
        { origin: "offered", what: "   " },
        { origin: "offered", what: "x".repeat(601) },
        { origin: "offered", what: "Fix it", byDate: "tomorrow" },
        { origin: "offered", what: "Fix it", byDate: "2020-01-01" },
        { origin: "gift", what: "Fix it" },
        { origin: "offered", what: "Fix it", extra: true },
      ]) {
        expect((await robin.post(url(), body)).status).toBe(400);
      }
      expect((await robin.get(url())).body).toEqual(before);
    });

    it("waits for the other person to join before an amend can be proposed", async () => {
      const alone = server.client();
      await signUp(alone, "Alone");
      const space = await buildSpace(alone);
      const response = await alone.post(`/api/spaces/${space.id}/amends`, {
        origin: "offered",
        what: "Fix it",
      });
      expect(response.status).toBe(409);
      expect((await alone.get(`/api/spaces/${space.id}/amends`)).body).toMatchObject({
        amends: [],
        otherPresent: false,
      });
    });
  });

  describe("an amend from offer to confirmation", () => {
    it("is accepted by the other, marked made by its maker and confirmed by the one it was for", async () => {
      const amend = await offer("Repaint the fence I broke", dateIn(7));
      // Only the one who did not propose it answers; only the maker marks it made; only the other confirms.
      expect((await robin.post(url(`/${amend.id}/answer`), { action: "accepted" })).status).toBe(403);
      expect((await robin.post(url(`/${amend.id}/answer`), { action: "done" })).status).toBe(409);
      const accepted = await kit.post(url(`/${amend.id}/answer`), { action: "accepted", note: "Thank you" });
      expect(accepted.status).toBe(200);
      expect(accepted.body).toMatchObject({ status: "accepted", can: { markDone: false, confirm: false } });
      expect((await kit.post(url(`/${amend.id}/answer`), { action: "done" })).status).toBe(403);
      expect((await kit.post(url(`/${amend.id}/confirmation`), { confirmed: true })).status).toBe(409);
      const done = await robin.post(url(`/${amend.id}/answer`), { action: "done", note: "Two coats" });
      expect(done.body).toMatchObject({ status: "done", can: { markDone: false } });
      expect((await robin.post(url(`/${amend.id}/confirmation`), { confirmed: true })).status).toBe(403);

      const notYet = await kit.post(url(`/${amend.id}/confirmation`), {
        confirmed: false,
        note: "One side is left",
      });
      expect(notYet.body.status).toBe("accepted");
      await robin.post(url(`/${amend.id}/answer`), { action: "done" });
      const confirmed = await kit.post(url(`/${amend.id}/confirmation`), { confirmed: true });
      expect(confirmed.status).toBe(200);
      expect(confirmed.body.status).toBe("confirmed");
      expect(confirmed.body.steps.map((s: { by: string; action: string }) => `${s.by}:${s.action}`)).toEqual([
        "you:accepted",
        "other:done",
        "you:not_yet",
        "other:done",
        "you:confirmed",
      ]);
      // Both see the same amend, each from their own side.
      const robinsView = (await robin.get(url())).body.amends.find((a: { id: string }) => a.id === amend.id);
      expect(robinsView).toMatchObject({ status: "confirmed", maker: "you", proposedBy: "you" });
      expect((await kit.post(url(`/${amend.id}/confirmation`), { confirmed: true })).status).toBe(409);
    });

    it("counts a confirmed amend as evidence about its maker and shows it in the apology phase", async () => {
      const insights = (await kit.get(`/api/spaces/${spaceId}/insights`)).body;
      expect(insights.trust.theirRecord.events).toBeGreaterThanOrEqual(1);
      const journey = (await robin.get(`/api/spaces/${spaceId}/journey`)).body;
      const responsibility = journey.phases.find((p: { phase: string }) => p.phase === "responsibility");
      expect(JSON.stringify(responsibility)).toContain("amend_made");
    });

    it("lets the other person suggest a different amend, which closes the first and waits for the proposer", async () => {
      const first = await offer("Buy you flowers");
      const counter = await kit.post(url(`/${first.id}/counter`), {
        what: "Come to the counselling session",
      });
      expect(counter.status).toBe(201);
      expect(counter.body).toMatchObject({
        counterToId: first.id,
        proposedBy: "you",
        maker: "other",
        origin: "asked",
      });
      const list = (await robin.get(url())).body.amends;
      expect(list.find((a: { id: string }) => a.id === first.id)).toMatchObject({
        status: "countered",
        counteredById: counter.body.id,
      });
      expect((await kit.post(url(`/${first.id}/answer`), { action: "accepted" })).status).toBe(409);
      expect((await kit.post(url(`/${counter.body.id}/answer`), { action: "accepted" })).status).toBe(403);
      const accepted = await robin.post(url(`/${counter.body.id}/answer`), { action: "accepted" });
      expect(accepted.body.status).toBe("accepted");
    });

    it("lets the proposer withdraw an unanswered amend and the other decline one", async () => {
      const withdrawn = await offer("Write to your parents");
      expect((await kit.post(url(`/${withdrawn.id}/answer`), { action: "withdrawn" })).status).toBe(403);
      expect((await robin.post(url(`/${withdrawn.id}/answer`), { action: "withdrawn" })).body.status).toBe(
        "withdrawn",
      );
      const declined = await offer("Take you away for a weekend");
      const answer = await kit.post(url(`/${declined.id}/answer`), {
        action: "declined",
        note: "Not what I need",
      });
      expect(answer.body.status).toBe("declined");
      expect((await robin.post(url(`/${declined.id}/answer`), { action: "done" })).status).toBe(409);
    });

    it("counts an agreed amend left unmade past its date against its maker, once its date has ended everywhere", async () => {
      const amend = await offer("Return the borrowed money", dateIn(1));
      await kit.post(url(`/${amend.id}/answer`), { action: "accepted" });
      const lateAbout = async (at: Date) =>
        (await amendsEvidence(spaceReads(server.handle.db, spaceId), at)).evidence?.[
          await robinsMemberId()
        ]?.filter((e) => e.kind === "amend_late" && e.sourceId === amend.id) ?? [];
      expect(await lateAbout(server.now())).toEqual([]);
      expect(await lateAbout(new Date(server.now().getTime() + 3 * dayMs))).toHaveLength(1);
      expect(
        ((await kit.get(url())).body.amends as { id: string; late: boolean }[]).find((a) => a.id === amend.id)
          ?.late,
      ).toBe(false);
    });
  });

  it("keeps amends and their answers as written: the database refuses changes", async () => {
    await expect(server.handle.db.execute(sql`update amends set what = 'changed'`)).rejects.toThrow();
    await expect(server.handle.db.execute(sql`delete from amend_steps`)).rejects.toThrow();
  });
});
