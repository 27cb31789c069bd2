import { invitationLifetimeMs } from "@mend/core/spaces/invitation-policy";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import {
  buildPair,
  buildSpace,
  invite,
  signUp,
  spaceInput,
  testPassword,
} from "../../../test/support/factories.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";
import { spaceEvents, spaces } from "./tables.ts";

describe.each(databaseKinds)("spaces and invitations on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  describe("creating a space", () => {
    it("refuses a space with nothing chosen and creates nothing", async () => {
      const client = server.client();
      await signUp(client, "Empty");
      const before = await server.handle.db.select().from(spaces);
      const response = await client.post("/api/spaces", spaceInput({ breachKinds: [], otherName: "  " }));
      expect(response.status).toBe(400);
      expect(response.body.error.fields.breachKinds).toMatch(/at least one/);
      expect(await server.handle.db.select().from(spaces)).toHaveLength(before.length);
    });

    it("refuses an unknown kind of breach", async () => {
      const client = server.client();
      await signUp(client, "Odd");
      const response = await client.post("/api/spaces", { ...spaceInput(), breachKinds: ["gossip"] });
      expect(response.status).toBe(400);
    });

    it("starts a space in solo mode with the creator's view deciding the roles", async () => {
      const client = server.client();
      await signUp(client, "Solo");
      const created = await client.post(
        "/api/spaces",
        spaceInput({ view: "them", breachKinds: ["infidelity", "lying"], otherName: "Jo" }),
      );
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        relationship: "partner",
        breachKinds: ["infidelity", "lying"],
        you: { displayName: "Solo", role: "hurt", view: "them" },
        other: null,
        expectedName: "Jo",
        invitation: null,
        can: { invite: true, leave: true },
      });
      const list = await client.get("/api/spaces");
      expect(list.body.spaces).toEqual([expect.objectContaining({ id: created.body.id, otherName: null })]);
      const events = await server.handle.db
        .select()
        .from(spaceEvents)
        .where(eq(spaceEvents.spaceId, created.body.id));
      expect(events.map((e) => e.kind)).toEqual(["space.created"]);
    });
  });

  describe("inviting and joining", () => {
    it("lets the invitee preview and join with their own view, and both then see each other", async () => {
      const first = server.client();
      const second = server.client();
      await signUp(first, "Robin");
      await signUp(second, "Kit");
      const space = await buildSpace(first, { view: "me" });
      const invitation = await invite(first, space.id);
      expect(Date.parse(invitation.expiresAt) - Date.parse("2026-05-04T09:00:00Z")).toBeGreaterThanOrEqual(
        invitationLifetimeMs - 60 * 60 * 1000,
      );
      const shown = await first.get(`/api/spaces/${space.id}`);
      expect(shown.body.invitation).toEqual({
        id: invitation.id,
        createdAt: expect.any(String),
        expiresAt: invitation.expiresAt,
      });
      expect(JSON.stringify(shown.body)).not.toContain(invitation.token);

      const preview = await second.post("/api/invitations/preview", { token: invitation.token });
      expect(preview.body).toEqual({ inviterName: "Robin", relationship: "partner", expectedName: "Kit" });
      const joined = await second.post("/api/invitations/accept", { token: invitation.token, view: "them" });
      expect(joined.body).toEqual({ spaceId: space.id });

      const firstView = await first.get(`/api/spaces/${space.id}`);
      const secondView = await second.get(`/api/spaces/${space.id}`);
      expect(firstView.body).toMatchObject({
        you: { displayName: "Robin", role: "broke_trust" },
        other: { displayName: "Kit", role: "hurt" },
        viewsDiffer: false,
        invitation: null,
        can: { invite: false },
      });
      expect(secondView.body).toMatchObject({
        you: { displayName: "Kit", role: "hurt", view: "them" },
        other: { displayName: "Robin", role: "broke_trust" },
      });
      expect(Object.keys(secondView.body.other).sort()).toEqual(["displayName", "role"]);
    });

    it("gives both people both roles when their views disagree", async () => {
      const first = server.client();
      const second = server.client();
      await signUp(first, "Ada");
      await signUp(second, "Bo");
      const space = await buildSpace(first, { view: "them" });
      const { token } = await invite(first, space.id);
      await second.post("/api/invitations/accept", { token, view: "them" });
      const view = await first.get(`/api/spaces/${space.id}`);
      expect(view.body).toMatchObject({ viewsDiffer: true, you: { role: "both" }, other: { role: "both" } });
    });

    it("uses a link once only", async () => {
      const first = server.client();
      const second = server.client();
      const third = server.client();
      await Promise.all([signUp(first, "One"), signUp(second, "Two"), signUp(third, "Three")]);
      const space = await buildSpace(first);
      const { token } = await invite(first, space.id);
      expect((await second.post("/api/invitations/accept", { token, view: "them" })).status).toBe(200);
      const late = await third.post("/api/invitations/accept", { token, view: "them" });
      expect(late.status).toBe(410);
      expect((await third.get(`/api/spaces/${space.id}`)).status).toBe(404);
    });

    it("refuses a third member even with a fresh link", async () => {
      const first = server.client();
      const space = await buildPair(first, server.client());
      const response = await first.post(`/api/spaces/${space.id}/invitations`);
      expect(response.status).toBe(409);
    });

    it("refuses an expired link with a message saying what to do", async () => {
      const first = server.client();
      const second = server.client();
      await signUp(first, "Exp");
      const { email } = await signUp(second, "Late");
      const space = await buildSpace(first);
      const { token } = await invite(first, space.id);
      server.advance(invitationLifetimeMs + 1);
      await second.post("/api/auth/login", { email, password: testPassword });
      const response = await second.post("/api/invitations/accept", { token, view: "them" });
      expect(response.status).toBe(410);
      expect(response.body.error.message).toMatch(/expired.*new one/);
    });

    it("stops a cancelled link from working, and a new link replaces the old one", async () => {
      const first = server.client();
      const second = server.client();
      await signUp(first, "Rev");
      await signUp(second, "Other");
      const space = await buildSpace(first);
      const old = await invite(first, space.id);
      const replacement = await invite(first, space.id);
      expect((await second.post("/api/invitations/preview", { token: old.token })).status).toBe(410);
      const revoked = await first.post(`/api/spaces/${space.id}/invitations/${replacement.id}/revoke`);
      expect(revoked.status).toBe(204);
      expect(
        (await second.post("/api/invitations/accept", { token: replacement.token, view: "them" })).status,
      ).toBe(410);
      expect((await first.get(`/api/spaces/${space.id}`)).body.invitation).toBeNull();
    });

    it("tells the inviter that their own link is for the other person", async () => {
      const first = server.client();
      await signUp(first, "Self");
      const space = await buildSpace(first);
      const { token } = await invite(first, space.id);
      const response = await first.post("/api/invitations/accept", { token, view: "me" });
      expect(response.status).toBe(409);
      expect(response.body.error.message).toMatch(/other person/);
    });

    it("answers an unknown link with not found", async () => {
      const client = server.client();
      await signUp(client, "Lost");
      expect((await client.post("/api/invitations/preview", { token: "not-a-real-token" })).status).toBe(404);
    });
  });

  describe("leaving", () => {
    it("lets either person leave alone; the other keeps the space in solo mode and can invite again", async () => {
      const first = server.client();
      const second = server.client();
      const space = await buildPair(first, second);
      expect((await second.post(`/api/spaces/${space.id}/leave`)).status).toBe(204);
      expect((await second.get(`/api/spaces/${space.id}`)).status).toBe(404);
      expect((await second.get("/api/spaces")).body.spaces).toEqual([]);
      const view = await first.get(`/api/spaces/${space.id}`);
      expect(view.body).toMatchObject({ other: null, otherLeft: true, can: { invite: true } });
      expect((await first.post(`/api/spaces/${space.id}/invitations`)).status).toBe(201);
      const events = await server.handle.db
        .select()
        .from(spaceEvents)
        .where(eq(spaceEvents.spaceId, space.id));
      expect(events.map((e) => e.kind)).toContain("member.left");
    });

    it("closes the space when the last person leaves, and cancels its open link", async () => {
      const first = server.client();
      const second = server.client();
      await signUp(first, "Last");
      await signUp(second, "Never");
      const space = await buildSpace(first);
      const { token } = await invite(first, space.id);
      expect((await first.post(`/api/spaces/${space.id}/leave`)).status).toBe(204);
      expect((await second.post("/api/invitations/accept", { token, view: "them" })).status).toBe(410);
      const [row] = await server.handle.db.select().from(spaces).where(eq(spaces.id, space.id));
      expect(row?.closedAt).not.toBeNull();
    });
  });
});
