import { randomUUID } from "node:crypto";
import { submitCheckinBody } from "@mend/core/checkins/contract";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import { buildPair, buildSpace, signUp } from "../../../test/support/factories.ts";
import type { TestClient } from "../../../test/support/http-client.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";
import { memberIdOf, opened, resealed, sealedItem } from "../../../test/support/vault.ts";
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

/** A private note as the browser sends it: sealed under the id it made for the check-in. */
async function sealedNote(text: string): Promise<{ id: string; sealedNote: string }> {
  const { id, sealed } = await sealedItem("checkin-note", text);
  return { id, sealedNote: sealed };
}

const privateParts = async () => ({
  ...(await sealedNote("I nearly did not write this.")),
  safety: { feelSafe: "no", pressured: true },
});

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
        await stranger.request("PUT", `${base}/${created.body.id}/note`, {
          sealed: await resealed("checkin-note", created.body.id, "Not theirs."),
        }),
      ];
      expect(responses.map((r) => r.status)).toEqual([404, 404, 404, 404, 404, 404]);
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

    it("refuses a note sent in the clear, a sealed note without its id, and a taken id, storing nothing", async () => {
      const { author, spaceId } = await pair(server);
      const path = `/api/spaces/${spaceId}/checkins`;
      const note = await sealedNote("Mine.");
      const before = await rowCounts(server);
      for (const [body, message] of [
        [
          { ...weeklyBody, privateNote: "CANARY-plain" },
          "This check-in has fields it does not use: privateNote.",
        ],
        [
          { ...weeklyBody, ...note, privateNote: "CANARY-plain" },
          "This check-in has fields it does not use: privateNote.",
        ],
        [{ ...weeklyBody, sealedNote: note.sealedNote }, "A sealed note needs the id it was sealed under."],
        [{ ...weeklyBody, id: note.id, sealedNote: "CANARY-plain" }, "Expected a sealed vault envelope."],
      ] as const) {
        const response = await author.post(path, body);
        expect(response.status).toBe(400);
        expect(response.body.error).toMatchObject({ code: "validation_failed", message });
      }
      expect(await rowCounts(server)).toEqual(before);

      expect((await author.post(path, { ...weeklyBody, ...note })).status).toBe(201);
      const afterFirst = await rowCounts(server);
      const clash = {
        ...weeklyBody,
        trustNow: 1,
        id: note.id,
        sealedNote: await resealed("checkin-note", note.id, "Other."),
      };
      expect((await author.post(path, clash)).status).toBe(409);
      expect(await rowCounts(server)).toEqual(afterFirst);
      const [row] = await server.handle.db.select().from(checkins).where(eq(checkins.id, note.id));
      expect(row).toMatchObject({ trustNow: 4, sealedNote: note.sealedNote, privateNote: null });
      const plainRows = await server.handle.db.execute(
        sql`select count(*)::int as n from checkins where concat(private_note, sealed_note) like ${"%CANARY%"}`,
      );
      expect(JSON.stringify(plainRows)).toContain('"n":0');
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
      const note = await sealedNote("Mine only.");
      const created = await author.post(`/api/spaces/${spaceId}/checkins`, { ...weeklyBody, ...note });
      expect(created.status).toBe(201);
      expect(Object.keys(created.body).sort()).toEqual([...authorKeys, "sealedNote"].sort());
      expect(created.body).toMatchObject({
        audience: "author",
        id: note.id,
        trustNow: 4,
        sealedNote: note.sealedNote,
      });

      const mine = await author.get(`/api/spaces/${spaceId}/checkins/mine`);
      expect(mine.body.checkins).toEqual([created.body]);
      expect(await opened("checkin-note", note.id, mine.body.checkins[0].sealedNote)).toBe("Mine only.");

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
      expect(theirs.text).not.toContain(note.sealedNote);
      expect((await author.get(`/api/spaces/${spaceId}/checkins/theirs`)).body.checkins).toEqual([]);
    });

    it("shows a note from before the vault to its author only, and forgets its words once sealed", async () => {
      const { author, other, spaceId } = await pair(server);
      const id = randomUUID();
      await server.handle.db.insert(checkins).values({
        id,
        spaceId,
        memberId: await memberIdOf(server.handle.db, author, spaceId),
        kind: "daily",
        submittedAt: new Date(),
        utcOffsetMinutes: 0,
        trustNow: 5,
        emotions: {},
        signs: [],
        need: "A call at lunch.",
        privateNote: "Old words",
        sharing: { trustNow: true, elements: false, emotions: false, signs: false, need: true },
      });
      const path = `/api/spaces/${spaceId}/checkins`;
      const [mine] = (await author.get(`${path}/mine`)).body.checkins;
      expect(mine).toMatchObject({ id, plainNote: "Old words" });
      expect("sealedNote" in mine).toBe(false);
      expect((await other.get(`${path}/theirs`)).text).not.toContain("Old words");

      const sealed = await resealed("checkin-note", id, "Old words");
      expect((await other.request("PUT", `${path}/${id}/note`, { sealed })).status).toBe(404);
      const plain = await author.request("PUT", `${path}/${id}/note`, { note: "CANARY-plain" });
      expect(plain.status).toBe(400);
      expect((await author.request("PUT", `${path}/${id}/note`, { sealed: "CANARY-plain" })).status).toBe(
        400,
      );
      const [untouched] = await server.handle.db.select().from(checkins).where(eq(checkins.id, id));
      expect(untouched).toMatchObject({ privateNote: "Old words", sealedNote: null });

      const upgraded = await author.request("PUT", `${path}/${id}/note`, { sealed });
      expect(upgraded.status).toBe(200);
      expect(upgraded.body).toMatchObject({ id, sealedNote: sealed, trustNow: 5, need: "A call at lunch." });
      expect("plainNote" in upgraded.body).toBe(false);
      const [row] = await server.handle.db.select().from(checkins).where(eq(checkins.id, id));
      expect(row).toMatchObject({ sealedNote: sealed, privateNote: null });

      // A sealed note is not rewritten, and a check-in without a note has none to seal.
      const again = await author.request("PUT", `${path}/${id}/note`, {
        sealed: await resealed("checkin-note", id, "Rewritten"),
      });
      expect(again.status).toBe(409);
      const [kept] = await server.handle.db.select().from(checkins).where(eq(checkins.id, id));
      expect(kept).toMatchObject({ sealedNote: sealed, privateNote: null });
      const noNote = await author.post(path, { kind: "daily", trustNow: 3, utcOffsetMinutes: 0 });
      const nothingToSeal = await author.request("PUT", `${path}/${noNote.body.id}/note`, {
        sealed: await resealed("checkin-note", noNote.body.id, "New"),
      });
      expect(nothingToSeal.status).toBe(409);
      const theirsAfter = (await other.get(`${path}/theirs`)).text;
      expect(theirsAfter).not.toContain(sealed);
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
      const parts = await privateParts();
      const created = await author.post(`/api/spaces/${spaceId}/checkins`, { ...weeklyBody, ...parts });
      expect(created.body.safetyFollowUp).toBe(true);
      expect("safety" in created.body).toBe(false);
      const mine = await author.get(`/api/spaces/${spaceId}/checkins/mine`);
      expect(mine.body.checkins[0].safetyFollowUp).toBe(true);

      const theirs = await other.get(`/api/spaces/${spaceId}/checkins/theirs`);
      const leaks = /safety"|safetyFollowUp|feelSafe|pressured|note"|nearly did not/i;
      expect(theirs.text).not.toMatch(leaks);
      expect(theirs.text).not.toContain(parts.sealedNote);
      for (const path of ["insights", "help", "checkins/due"]) {
        const seen = (await other.get(`/api/spaces/${spaceId}/${path}`)).text;
        expect(seen).not.toMatch(leaks);
        expect(seen).not.toContain(parts.sealedNote);
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
        ...(await privateParts()),
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
      const note = await sealedNote("As written.");
      const created = await author.post(`/api/spaces/${spaceId}/checkins`, { ...weeklyBody, ...note });
      const db = server.handle.db;
      const thisOne = eq(checkins.id, created.body.id);
      const other = await resealed("checkin-note", note.id, "Rewritten.");
      for (const change of [
        { trustNow: 9 },
        { privateNote: "rewritten" },
        { sealedNote: other },
        { sealedNote: null },
        { sealedNote: null, privateNote: "rewritten" },
      ]) {
        await expect(db.update(checkins).set(change).where(thisOne)).rejects.toThrow();
      }
      const shared = { trustNow: false, elements: false, emotions: false, signs: false, need: false };
      await db.update(checkins).set({ sharing: shared }).where(thisOne);
      const [row] = await db.select().from(checkins).where(thisOne);
      expect(row).toMatchObject({
        trustNow: 4,
        privateNote: null,
        sealedNote: note.sealedNote,
        sharing: shared,
        utcOffsetMinutes: 120,
      });
    });

    it("lets a note from before the vault be swapped for its envelope once, and nothing else with it", async () => {
      const { author, spaceId } = await pair(server);
      const db = server.handle.db;
      const id = randomUUID();
      await db.insert(checkins).values({
        id,
        spaceId,
        memberId: await memberIdOf(db, author, spaceId),
        kind: "daily",
        submittedAt: new Date(),
        utcOffsetMinutes: 0,
        trustNow: 5,
        emotions: {},
        signs: [],
        privateNote: "Old words",
        sharing: { trustNow: false, elements: false, emotions: false, signs: false, need: false },
      });
      const thisOne = eq(checkins.id, id);
      const sealed = await resealed("checkin-note", id, "Old words");
      for (const change of [
        { privateNote: "rewritten" },
        { privateNote: null },
        { sealedNote: sealed },
        { sealedNote: sealed, privateNote: null, trustNow: 9 },
      ]) {
        await expect(db.update(checkins).set(change).where(thisOne)).rejects.toThrow();
      }
      await db.update(checkins).set({ sealedNote: sealed, privateNote: null }).where(thisOne);
      await expect(
        db.update(checkins).set({ sealedNote: null, privateNote: "Old words" }).where(thisOne),
      ).rejects.toThrow();
      const [row] = await db.select().from(checkins).where(thisOne);
      expect(row).toMatchObject({ trustNow: 5, privateNote: null, sealedNote: sealed });
    });
  });
});
