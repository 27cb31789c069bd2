import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import { buildPair, buildSpace, signUp } from "../../../test/support/factories.ts";
import type { TestClient } from "../../../test/support/http-client.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";
import { testVault } from "../../../test/support/vault.ts";
import { spaceReads } from "../../db/space-reads.ts";
import { spaceEvents, spaceMembers } from "../spaces/tables.ts";
import { statementEvidence, statementFacts } from "./evidence.ts";
import { statementDrafts, statementVersions } from "./tables.ts";

const acknowledgment = {
  whatIDid: "I hid the messages for four months and lied when you asked.",
  impact: "You stopped trusting your own memory.",
  responsibility: "It was my choice and nobody else's.",
};
const secretDraft = "CANARY-draft-words-nobody-else-may-see";

describe.each(databaseKinds)("acknowledgment and impact statements on %s", (kind) => {
  let server: TestServer;
  // Robin broke trust (view "me"); Kit was hurt (joins with view "them").
  let robin: TestClient;
  let kit: TestClient;
  let spaceId: string;
  const url = (path = "") => `/api/spaces/${spaceId}/statements${path}`;
  const vault = testVault();
  /** What the writer's browser sends: the parts sealed under the draft's id. */
  const sealed = async (parts: Record<string, string>, id = vault.newId()) => ({
    id,
    sealed: await vault.seal("draft", id, JSON.stringify(parts)),
  });
  const opened = async (draft: { id: string; sealed: string }) =>
    JSON.parse(await vault.open("draft", draft.id, draft.sealed));

  beforeAll(async () => {
    server = await startTestServer(kind);
    robin = server.client();
    kit = server.client();
    spaceId = (await buildPair(robin, kit)).id;
  });
  afterAll(() => server?.close());

  async function share(client: TestClient, path: string, parts: Record<string, string>) {
    const response = await client.post(url(path), { parts });
    expect(response.status).toBe(201);
    return response.body;
  }

  describe("who may see and do what", () => {
    it("answers 404 to someone outside the space, for the list and for a real version", async () => {
      const version = await share(robin, "/acknowledgment/versions", acknowledgment);
      const stranger = server.client();
      await signUp(stranger, "Stranger");
      await buildSpace(stranger);
      expect((await stranger.get(url())).status).toBe(404);
      const versionId = version.versions.at(-1).id;
      const response = await stranger.post(url(`/versions/${versionId}/responses`), { response: "heard" });
      expect(response.status).toBe(404);
    });

    it("keeps each statement with its role: the person who broke trust can't write the impact statement, and the reverse", async () => {
      const impact = await robin.request("PUT", url("/impact/draft"), await sealed({ happened: "x" }));
      expect(impact.status).toBe(403);
      expect(impact.body.error.message).toMatch(/person who was hurt/);
      const ack = await kit.request("PUT", url("/acknowledgment/draft"), await sealed({ whatIDid: "x" }));
      expect(ack.status).toBe(403);
    });

    it("lists only the statements your role writes", async () => {
      const view = await robin.get(url());
      expect(view.body.own.map((s: { kind: string }) => s.kind)).toEqual(["acknowledgment"]);
      expect(view.body.you).toEqual({ role: "broke_trust" });
      expect(view.body.other).toEqual({ role: "hurt" });
      expect((await kit.get(url())).body.own.map((s: { kind: string }) => s.kind)).toEqual(["impact"]);
    });
  });

  describe("drafts", () => {
    it("keeps the sealed draft for its writer only: the other person's response never mentions it, not even that it exists", async () => {
      const before = await kit.get(url());
      const draft = await sealed({ whatIDid: secretDraft, change: "" });
      const saved = await robin.request("PUT", url("/acknowledgment/draft"), draft);
      expect(saved.status).toBe(200);
      expect(saved.body.draft).toEqual({ ...draft, parts: null, updatedAt: expect.any(String) });
      expect(await opened(saved.body.draft)).toEqual({ whatIDid: secretDraft, change: "" });
      const [row] = await server.handle.db
        .select()
        .from(statementDrafts)
        .where(eq(statementDrafts.id, draft.id));
      expect(row).toMatchObject({ sealed: draft.sealed, parts: null });
      const after = await kit.get(url());
      expect(after.text).not.toContain(draft.sealed);
      expect(after.body).toEqual(before.body);
      const theirs = after.body.theirs.find((s: { kind: string }) => s.kind === "acknowledgment");
      expect(Object.keys(theirs).sort()).toEqual(["can", "kind", "versions"]);
      expect(Object.keys(after.body).sort()).toEqual(["other", "own", "theirs", "you"]);
    });

    it("replaces the draft on each save and throws it away on request", async () => {
      await robin.request("PUT", url("/acknowledgment/draft"), await sealed({ whatIDid: "first" }));
      const second = await robin.request(
        "PUT",
        url("/acknowledgment/draft"),
        await sealed({ impact: "second" }),
      );
      expect(await opened(second.body.draft)).toEqual({ impact: "second" });
      expect(
        await server.handle.db
          .select()
          .from(statementDrafts)
          .where(eq(statementDrafts.kind, "acknowledgment")),
      ).toHaveLength(1);
      expect((await robin.request("DELETE", url("/acknowledgment/draft"))).status).toBe(204);
      const view = await robin.get(url());
      expect(view.body.own[0].draft).toBeNull();
    });

    it("refuses parts in the clear, or anything but an envelope, with a 400 and changes nothing", async () => {
      const kept = await sealed({ whatIDid: "kept" });
      await robin.request("PUT", url("/acknowledgment/draft"), kept);
      const refused = [
        await robin.request("PUT", url("/acknowledgment/draft"), { parts: { whatIDid: "PLAIN-CANARY" } }),
        await robin.request("PUT", url("/acknowledgment/draft"), {
          ...(await sealed({})),
          parts: { whatIDid: "PLAIN-CANARY" },
        }),
        await robin.request("PUT", url("/acknowledgment/draft"), {
          id: vault.newId(),
          sealed: "PLAIN-CANARY",
        }),
        await robin.request("PUT", url("/acknowledgment/draft"), { ...(await sealed({})), id: "draft-1" }),
      ];
      for (const response of refused) expect(response.status).toBe(400);
      const rows = await server.handle.db.select().from(statementDrafts);
      expect(JSON.stringify(rows)).not.toContain("PLAIN-CANARY");
      expect((await robin.get(url())).body.own[0].draft).toMatchObject(kept);
    });

    it("refuses an id another draft holds with a 409", async () => {
      const held = (await robin.get(url())).body.own[0].draft;
      const taken = await kit.request("PUT", url("/impact/draft"), await sealed({ happened: "x" }, held.id));
      expect(taken.status).toBe(409);
      expect((await kit.get(url())).body.own[0].draft).toBeNull();
      expect((await robin.get(url())).body.own[0].draft).toEqual(held);
    });

    it("gives a draft kept before sealing back in the clear, then forgets its words once its writer seals it", async () => {
      expect((await robin.request("DELETE", url("/acknowledgment/draft"))).status).toBe(204);
      const [robinMember] = await server.handle.db
        .select({ id: spaceMembers.id })
        .from(spaceMembers)
        .where(eq(spaceMembers.spaceId, spaceId))
        .orderBy(spaceMembers.joinedAt);
      if (!robinMember) throw new Error("no member");
      const [legacy] = await server.handle.db
        .insert(statementDrafts)
        .values({
          spaceId,
          memberId: robinMember.id,
          kind: "acknowledgment",
          parts: { whatIDid: "LEGACY-CANARY" },
          updatedAt: new Date(),
        })
        .returning();
      if (!legacy) throw new Error("no legacy draft");
      const shown = (await robin.get(url())).body.own[0].draft;
      expect(shown).toMatchObject({ id: legacy.id, sealed: null, parts: { whatIDid: "LEGACY-CANARY" } });
      expect((await kit.get(url())).text).not.toContain("LEGACY-CANARY");
      const upgraded = await sealed(shown.parts, shown.id);
      expect((await robin.request("PUT", url("/acknowledgment/draft"), upgraded)).status).toBe(200);
      const [row] = await server.handle.db
        .select()
        .from(statementDrafts)
        .where(eq(statementDrafts.id, legacy.id));
      expect(row).toMatchObject({ sealed: upgraded.sealed, parts: null });
      expect(JSON.stringify(row)).not.toContain("LEGACY-CANARY");
    });
  });

  describe("sharing versions", () => {
    it("won't share without what was done, its impact and responsibility, and changes nothing", async () => {
      const before = (await kit.get(url())).body;
      const response = await robin.post(url("/acknowledgment/versions"), { parts: { whatIDid: "I lied" } });
      expect(response.status).toBe(400);
      expect(response.body.error.fields["parts.impact"]).toMatch(/What it did to you/);
      expect((await kit.get(url())).body).toEqual(before);
    });

    it("shares a fixed, numbered version that the other person sees with every part, and removes the draft", async () => {
      await robin.request("PUT", url("/acknowledgment/draft"), await sealed({ whatIDid: "draft" }));
      const own = await share(robin, "/acknowledgment/versions", {
        ...acknowledgment,
        amends: "I will pay for counselling.",
      });
      const latest = own.versions.at(-1);
      expect(own.draft).toBeNull();
      expect(latest.parts).toEqual({ ...acknowledgment, change: "", amends: "I will pay for counselling." });
      const theirs = (await kit.get(url())).body.theirs.find(
        (s: { kind: string }) => s.kind === "acknowledgment",
      );
      const seen = theirs.versions.find((v: { id: string }) => v.id === latest.id);
      expect(Object.keys(seen).sort()).toEqual(["id", "kind", "number", "parts", "responses", "sharedAt"]);
      expect(seen.number).toBe(latest.number);
      expect(theirs.versions.map((v: { number: number }) => v.number)).toEqual(
        own.versions.map((v: { number: number }) => v.number),
      );
    });

    it("needs the other person in the space before sharing", async () => {
      const solo = server.client();
      await signUp(solo, "Alone");
      const space = await buildSpace(solo, { view: "me" });
      const response = await solo.post(`/api/spaces/${space.id}/statements/acknowledgment/versions`, {
        parts: acknowledgment,
      });
      expect(response.status).toBe(409);
      expect(response.body.error.message).toMatch(/once Kit has joined/);
    });

    it("lets the hurt person share an impact statement that the other sees, without a way to respond to it", async () => {
      const own = await share(kit, "/impact/versions", {
        happened: "I found the phone.",
        felt: "Sick, then numb.",
      });
      const versionId = own.versions.at(-1).id;
      const theirs = (await robin.get(url())).body.theirs;
      expect(theirs).toEqual([
        { kind: "impact", versions: [expect.objectContaining({ id: versionId, kind: "impact" })] },
      ]);
      const response = await robin.post(url(`/versions/${versionId}/responses`), { response: "heard" });
      expect(response.status).toBe(409);
    });
  });

  describe("responses", () => {
    let versionId: string;
    beforeAll(async () => {
      versionId = (await share(robin, "/acknowledgment/versions", acknowledgment)).versions.at(-1).id;
    });

    it('asks for what is missing with "partly", then records it for both to see', async () => {
      const bare = await kit.post(url(`/versions/${versionId}/responses`), { response: "partly" });
      expect(bare.status).toBe(400);
      expect(bare.body.error.fields.note).toMatch(/missing/);
      const partly = await kit.post(url(`/versions/${versionId}/responses`), {
        response: "partly",
        note: "You haven't said what you told your sister.",
      });
      expect(partly.status).toBe(201);
      expect(partly.body.responses).toEqual([
        expect.objectContaining({
          by: "you",
          response: "partly",
          note: "You haven't said what you told your sister.",
        }),
      ]);
      const writerView = (await robin.get(url())).body.own[0].versions.find(
        (v: { id: string }) => v.id === versionId,
      );
      expect(writerView.responses).toEqual([expect.objectContaining({ by: "other", response: "partly" })]);
    });

    it("doesn't let the writer respond to their own acknowledgment", async () => {
      const response = await robin.post(url(`/versions/${versionId}/responses`), { response: "heard" });
      expect(response.status).toBe(403);
    });

    it('counts "I feel heard" as the evidence that completes Acknowledge, once per version', async () => {
      await kit.post(url(`/versions/${versionId}/responses`), { response: "heard" });
      await kit.post(url(`/versions/${versionId}/responses`), { response: "heard" });
      const members = await server.handle.db
        .select()
        .from(spaceMembers)
        .where(eq(spaceMembers.spaceId, spaceId));
      const robinId = members.find((m) => m.view === "me")?.id ?? "";
      const kitId = members.find((m) => m.view === "them")?.id ?? "";
      const now = new Date(Date.parse("2026-05-04T09:00:00Z") + 1000);
      const evidence = await statementEvidence(spaceReads(server.handle.db, spaceId), now);
      expect(evidence.get(robinId)).toEqual([
        { kind: "acknowledgment_accepted", at: expect.any(Date), sourceId: versionId },
      ]);
      const facts = await statementFacts(spaceReads(server.handle.db, spaceId), now);
      expect(facts.get(kitId)?.acknowledgmentResponses.map((r) => r.response)).toEqual([
        "partly",
        "heard",
        "heard",
      ]);
      expect(facts.get(robinId)?.acknowledgmentsShared.length).toBeGreaterThanOrEqual(2);
      expect(facts.get(kitId)?.impactStatementsShared).toHaveLength(1);
    });

    it("leaves a trail of who did what, without the words", async () => {
      const events = await server.handle.db
        .select()
        .from(spaceEvents)
        .where(eq(spaceEvents.spaceId, spaceId));
      const kinds = new Set(events.map((e) => e.kind));
      for (const expected of [
        "statement.draft_saved",
        "statement.draft_discarded",
        "statement.shared",
        "statement.responded",
      ]) {
        expect(kinds).toContain(expected);
      }
      expect(JSON.stringify(events)).not.toContain(secretDraft);
    });
  });

  describe("a mutual breach", () => {
    it("has each person write both statements", async () => {
      const first = server.client();
      const second = server.client();
      await signUp(first, "Ada");
      await signUp(second, "Bo");
      const space = await buildSpace(first, { view: "both" });
      const { token } = (await first.post(`/api/spaces/${space.id}/invitations`)).body;
      await second.post("/api/invitations/accept", { token, view: "both" });
      for (const client of [first, second]) {
        const view = await client.get(`/api/spaces/${space.id}/statements`);
        expect(view.body.own.map((s: { kind: string }) => s.kind)).toEqual(["impact", "acknowledgment"]);
      }
      const shared = await second.post(`/api/spaces/${space.id}/statements/acknowledgment/versions`, {
        parts: acknowledgment,
      });
      const versionId = shared.body.versions[0].id;
      expect(
        (
          await first.post(`/api/spaces/${space.id}/statements/versions/${versionId}/responses`, {
            response: "not_yet",
          })
        ).status,
      ).toBe(201);
    });
  });

  describe("shared history is append-only", () => {
    it("refuses to change or delete a shared version in the database itself", async () => {
      const [row] = await server.handle.db.select().from(statementVersions).limit(1);
      expect(row).toBeDefined();
      await expect(
        server.handle.db.execute(
          sql`update statement_versions set parts = '{}'::jsonb where id = ${row?.id}`,
        ),
      ).rejects.toThrow();
      await expect(
        server.handle.db.execute(sql`delete from statement_versions where id = ${row?.id}`),
      ).rejects.toThrow();
      await expect(
        server.handle.db.execute(sql`update statement_responses set response = 'heard'`),
      ).rejects.toThrow();
      await expect(server.handle.db.execute(sql`delete from statement_responses`)).rejects.toThrow();
    });
  });
});
