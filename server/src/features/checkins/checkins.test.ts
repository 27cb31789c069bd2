import { submitCheckinBody } from "@mend/core/checkins/contract";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import { buildPair, buildSpace, signUp } from "../../../test/support/factories.ts";
import type { TestClient } from "../../../test/support/http-client.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";
import { spaceEvents } from "../spaces/tables.ts";
import { checkinsService } from "./service.ts";
import { checkins } from "./tables.ts";

const weeklyBody = {
  kind: "weekly",
  trustNow: 4,
  utcOffsetMinutes: 120,
  elements: { honesty: 3, reliability: 5, respect: 6, loyalty: 4, empathy: 7 },
  emotions: { anxiety: 4, hope: 2 },
  signs: ["checking"],
  need: "Text me when you leave work.",
  sharing: { trustNow: true, elements: true, emotions: true, signs: false, need: true },
};

const privateParts = {
  privateNote: "I nearly did not write this.",
  safety: { feelSafe: "no", pressured: true },
};

const authorKeys = [
  "audience",
  "authorId",
  "elements",
  "emotions",
  "id",
  "kind",
  "need",
  "sharing",
  "signs",
  "submittedAt",
  "trustNow",
];

async function pair(server: TestServer) {
  const author = server.client();
  const other = server.client();
  const space = await buildPair(author, other);
  return { author, other, spaceId: space.id };
}

async function rowCounts(server: TestServer) {
  const [checkinRows] = await server.handle.db.select({ n: sql<number>`count(*)::int` }).from(checkins);
  const [eventRows] = await server.handle.db.select({ n: sql<number>`count(*)::int` }).from(spaceEvents);
  return { checkins: checkinRows?.n, events: eventRows?.n };
}

/** The ids differ between two spaces by nature; everything else must match byte for byte. */
function withoutIds(text: string, ids: readonly string[]): string {
  return ids.reduce((result, id) => result.replaceAll(id, "<id>"), text);
}

describe.each(databaseKinds)("check-ins on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  describe("who may use them", () => {
    it("answers 404 to someone outside the space on every check-in route, storing nothing", async () => {
      const { author, spaceId } = await pair(server);
      const created = await author.post(`/api/spaces/${spaceId}/checkins`, weeklyBody);
      const stranger = server.client();
      await signUp(stranger, "Stranger");
      await buildSpace(stranger);
      const before = await rowCounts(server);
      const base = `/api/spaces/${spaceId}/checkins`;
      const responses = [
        await stranger.post(base, weeklyBody),
        await stranger.get(`${base}/mine`),
        await stranger.get(`${base}/theirs`),
        await stranger.get(`${base}/due`),
        await stranger.request("PUT", `${base}/${created.body.id}/sharing`, weeklyBody.sharing),
      ];
      expect(responses.map((r) => r.status)).toEqual([404, 404, 404, 404, 404]);
      expect(await rowCounts(server)).toEqual(before);
    });

    it("lets only the author change what is shared: the other member gets 404 and nothing changes", async () => {
      const { author, other, spaceId } = await pair(server);
      const created = await author.post(`/api/spaces/${spaceId}/checkins`, weeklyBody);
      const attempt = await other.request(
        "PUT",
        `/api/spaces/${spaceId}/checkins/${created.body.id}/sharing`,
        {
          trustNow: false,
          elements: false,
          emotions: false,
          signs: true,
          need: false,
        },
      );
      expect(attempt.status).toBe(404);
      const mine = await author.get(`/api/spaces/${spaceId}/checkins/mine`);
      expect(mine.body.checkins[0].sharing).toEqual(weeklyBody.sharing);
    });
  });

  describe("bad input", () => {
    it.each([
      [
        { ...weeklyBody, trustNow: 11 },
        "Rate how much you trust and feel safe right now with a whole number from 0 to 10.",
      ],
      [{ ...weeklyBody, elements: undefined }, "Rate each of the five parts of trust."],
      [
        { kind: "daily", trustNow: 4 },
        "Send the device's offset from UTC in minutes (for example 120 for UTC+2).",
      ],
      [
        { kind: "daily", trustNow: 4, utcOffsetMinutes: 7 },
        "Send the device's offset from UTC in minutes (for example 120 for UTC+2).",
      ],
      [
        { kind: "daily", trustNow: 4, utcOffsetMinutes: 0, mood: "fine" },
        "This check-in has fields it does not use: mood.",
      ],
      [{ kind: "monthly", trustNow: 4, utcOffsetMinutes: 0 }, "Choose a daily or a weekly check-in."],
      [
        { ...weeklyBody, safety: { feelSafe: "maybe" } },
        "Answer whether you feel safe, or skip the question.",
      ],
    ])("refuses %j with 400 and a plain message, storing nothing", async (body, message) => {
      const { author, spaceId } = await pair(server);
      const before = await rowCounts(server);
      const response = await author.post(`/api/spaces/${spaceId}/checkins`, body);
      expect(response.status).toBe(400);
      expect(response.body.error).toMatchObject({ code: "validation_failed", message });
      expect(await rowCounts(server)).toEqual(before);
    });

    it("refuses a sharing change that leaves out a switch, changing nothing", async () => {
      const { author, spaceId } = await pair(server);
      const created = await author.post(`/api/spaces/${spaceId}/checkins`, weeklyBody);
      const before = await rowCounts(server);
      const response = await author.request(
        "PUT",
        `/api/spaces/${spaceId}/checkins/${created.body.id}/sharing`,
        {
          trustNow: false,
        },
      );
      expect(response.status).toBe(400);
      expect(response.body.error.message).toBe("Choose whether to share your ratings of each part of trust.");
      expect(await rowCounts(server)).toEqual(before);
      expect((await author.get(`/api/spaces/${spaceId}/checkins/mine`)).body.checkins[0].sharing).toEqual(
        weeklyBody.sharing,
      );
    });

    it("refuses a calendar offset outside the range in use on Earth", async () => {
      const { author, spaceId } = await pair(server);
      expect((await author.get(`/api/spaces/${spaceId}/checkins/due?utcOffsetMinutes=900`)).status).toBe(400);
      expect((await author.get(`/api/spaces/${spaceId}/insights?utcOffsetMinutes=abc`)).status).toBe(400);
    });
  });

  describe("reading them back", () => {
    it("gives the author everything they wrote and the other member only the shared sections", async () => {
      const { author, other, spaceId } = await pair(server);
      const created = await author.post(`/api/spaces/${spaceId}/checkins`, {
        ...weeklyBody,
        privateNote: "Mine only.",
      });
      expect(created.status).toBe(201);
      expect(Object.keys(created.body).sort()).toEqual([...authorKeys, "privateNote"].sort());
      expect(created.body).toMatchObject({ audience: "author", trustNow: 4, privateNote: "Mine only." });

      const mine = await author.get(`/api/spaces/${spaceId}/checkins/mine`);
      expect(mine.body.checkins).toEqual([created.body]);

      const theirs = await other.get(`/api/spaces/${spaceId}/checkins/theirs`);
      expect(theirs.body.checkins).toHaveLength(1);
      expect(Object.keys(theirs.body.checkins[0]).sort()).toEqual(
        [
          "audience",
          "authorId",
          "elements",
          "emotions",
          "id",
          "kind",
          "need",
          "submittedAt",
          "trustNow",
        ].sort(),
      );
      expect(theirs.body.checkins[0]).toEqual({
        audience: "other",
        id: created.body.id,
        authorId: created.body.authorId,
        kind: "weekly",
        submittedAt: "2026-05-04T09:00:00.000Z",
        trustNow: 4,
        elements: weeklyBody.elements,
        emotions: weeklyBody.emotions,
        need: weeklyBody.need,
      });
      expect((await author.get(`/api/spaces/${spaceId}/checkins/theirs`)).body.checkins).toEqual([]);
    });

    it("does not list a check-in that shares nothing, so its timing tells the other member nothing", async () => {
      const { author, other, spaceId } = await pair(server);
      await author.post(`/api/spaces/${spaceId}/checkins`, {
        kind: "daily",
        trustNow: 3,
        utcOffsetMinutes: 0,
      });
      expect((await author.get(`/api/spaces/${spaceId}/checkins/mine`)).body.checkins).toHaveLength(1);
      expect((await other.get(`/api/spaces/${spaceId}/checkins/theirs`)).body.checkins).toEqual([]);
    });

    it("keeps everything private, the request included, until the author switches it on", async () => {
      const { author, other, spaceId } = await pair(server);
      const created = await author.post(`/api/spaces/${spaceId}/checkins`, {
        kind: "daily",
        trustNow: 3,
        utcOffsetMinutes: 0,
        need: "A call at lunch.",
      });
      expect(created.status).toBe(201);
      expect(created.body.sharing).toEqual({
        trustNow: false,
        elements: false,
        emotions: false,
        signs: false,
        need: false,
      });
      expect((await other.get(`/api/spaces/${spaceId}/checkins/theirs`)).body.checkins).toEqual([]);
    });

    it("lets the author withdraw sharing quietly, after which the other member sees nothing of it", async () => {
      const { author, other, spaceId } = await pair(server);
      const created = await author.post(`/api/spaces/${spaceId}/checkins`, weeklyBody);
      const none = { trustNow: false, elements: false, emotions: false, signs: false, need: false };
      const changed = await author.request(
        "PUT",
        `/api/spaces/${spaceId}/checkins/${created.body.id}/sharing`,
        none,
      );
      expect(changed.status).toBe(200);
      expect(changed.body).toEqual({ ...created.body, sharing: none });
      expect((await other.get(`/api/spaces/${spaceId}/checkins/theirs`)).body.checkins).toEqual([]);

      const some = { ...none, signs: true };
      await author.request("PUT", `/api/spaces/${spaceId}/checkins/${created.body.id}/sharing`, some);
      const theirs = await other.get(`/api/spaces/${spaceId}/checkins/theirs`);
      expect(theirs.body.checkins.map((c: Record<string, unknown>) => Object.keys(c).sort())).toEqual([
        ["audience", "authorId", "id", "kind", "signs", "submittedAt"],
      ]);
    });
  });

  describe("the private safety question", () => {
    it("flags a concerning answer in the author's own responses only, and records nothing about it", async () => {
      const { author, other, spaceId } = await pair(server);
      const created = await author.post(`/api/spaces/${spaceId}/checkins`, {
        ...weeklyBody,
        ...privateParts,
      });
      expect(created.body.safetyFollowUp).toBe(true);
      expect("safety" in created.body).toBe(false);
      const mine = await author.get(`/api/spaces/${spaceId}/checkins/mine`);
      expect(mine.body.checkins[0].safetyFollowUp).toBe(true);

      const theirs = await other.get(`/api/spaces/${spaceId}/checkins/theirs`);
      const leaks = /safety"|safetyFollowUp|feelSafe|pressured|privateNote|nearly did not/i;
      expect(theirs.text).not.toMatch(leaks);
      for (const path of ["insights", "help", "checkins/due"]) {
        expect((await other.get(`/api/spaces/${spaceId}/${path}`)).text).not.toMatch(leaks);
      }
      const events = await server.handle.db
        .select()
        .from(spaceEvents)
        .where(eq(spaceEvents.spaceId, spaceId));
      const checkinEvents = events.filter((event) => event.kind.startsWith("checkin."));
      expect(checkinEvents.map((event) => [event.kind, event.data])).toEqual([
        ["checkin.submitted", { checkinId: created.body.id }],
      ]);
    });

    it("leaves the flag out when the answer gives no cause for concern", async () => {
      const { author, spaceId } = await pair(server);
      const created = await author.post(`/api/spaces/${spaceId}/checkins`, {
        ...weeklyBody,
        safety: { feelSafe: "yes", pressured: false },
      });
      expect(Object.keys(created.body).sort()).toEqual(authorKeys);
    });

    it("answers the other member byte for byte the same whether or not a safety answer or a note exists", async () => {
      const plain = await pair(server);
      const loaded = await pair(server);
      const a = await plain.author.post(`/api/spaces/${plain.spaceId}/checkins`, weeklyBody);
      const b = await loaded.author.post(`/api/spaces/${loaded.spaceId}/checkins`, {
        ...weeklyBody,
        ...privateParts,
      });
      const ids = (p: { spaceId: string }, created: { body: { id: string; authorId: string } }) => [
        p.spaceId,
        created.body.id,
        created.body.authorId,
      ];
      for (const path of ["checkins/theirs", "insights", "help"]) {
        const seen = async (viewer: TestClient, spaceId: string) =>
          (await viewer.get(`/api/spaces/${spaceId}/${path}`)).text;
        const first = withoutIds(await seen(plain.other, plain.spaceId), ids(plain, a));
        const second = withoutIds(await seen(loaded.other, loaded.spaceId), ids(loaded, b));
        expect(second).toBe(first);
      }
    });
  });

  describe("what is due today", () => {
    it("invites a first check-in gently, then quietens once today's is done", async () => {
      const { author, other, spaceId } = await pair(server);
      const first = await author.get(`/api/spaces/${spaceId}/checkins/due`);
      expect(first.body).toEqual({
        daily: true,
        weekly: true,
        streakDays: 0,
        reminder: expect.stringMatching(/^Whenever you're ready/),
        nothingDue: expect.stringMatching(/^You've checked in today/),
      });
      await author.post(`/api/spaces/${spaceId}/checkins`, {
        kind: "daily",
        trustNow: 5,
        utcOffsetMinutes: 0,
      });
      const after = await author.get(`/api/spaces/${spaceId}/checkins/due`);
      expect(after.body).toMatchObject({ daily: false, weekly: true, streakDays: 1 });
      expect(after.body.reminder).toMatch(/weekly check-in is open/);
      await author.post(`/api/spaces/${spaceId}/checkins`, weeklyBody);
      expect((await author.get(`/api/spaces/${spaceId}/checkins/due`)).body).toMatchObject({
        daily: false,
        weekly: false,
        reminder: null,
      });
      // The other person's reminder is about them alone.
      expect((await other.get(`/api/spaces/${spaceId}/checkins/due`)).body).toEqual(first.body);
    });

    it("uses the author's own calendar day, and never mentions days that were missed", async () => {
      const first = server.client();
      const second = server.client();
      const space = await buildPair(first, second);
      const accountId: string = (await first.get("/api/auth/session")).body.account.id;
      const at = (iso: string) => checkinsService({ db: server.handle.db, clock: () => new Date(iso) });
      const daily = (utcOffsetMinutes: number) =>
        submitCheckinBody.parse({ kind: "daily", trustNow: 5, utcOffsetMinutes });

      // 23:30 UTC is already the next day at UTC+2.
      await at("2026-06-01T23:30:00Z").submit(accountId, space.id, daily(120));
      const nextMorning = at("2026-06-02T08:00:00Z");
      expect(await nextMorning.due(accountId, space.id)).toMatchObject({ daily: false, streakDays: 1 });
      expect(await nextMorning.due(accountId, space.id, 0)).toMatchObject({ daily: true });

      const weekLater = await at("2026-06-09T08:00:00Z").due(accountId, space.id);
      expect(weekLater).toMatchObject({ daily: true, weekly: true, streakDays: 0 });
      expect(weekLater.reminder).not.toMatch(/miss|since|days? ago|streak/i);
    });
  });

  describe("the stored record", () => {
    it("keeps what was written unchangeable in the database, while sharing may change", async () => {
      const { author, spaceId } = await pair(server);
      const created = await author.post(`/api/spaces/${spaceId}/checkins`, weeklyBody);
      const db = server.handle.db;
      await expect(
        db.update(checkins).set({ trustNow: 9 }).where(eq(checkins.id, created.body.id)),
      ).rejects.toThrow();
      await expect(
        db.update(checkins).set({ privateNote: "rewritten" }).where(eq(checkins.id, created.body.id)),
      ).rejects.toThrow();
      const shared = { trustNow: false, elements: false, emotions: false, signs: false, need: false };
      await db.update(checkins).set({ sharing: shared }).where(eq(checkins.id, created.body.id));
      const [row] = await db.select().from(checkins).where(eq(checkins.id, created.body.id));
      expect(row).toMatchObject({ trustNow: 4, privateNote: null, sharing: shared, utcOffsetMinutes: 120 });
    });
  });
});
