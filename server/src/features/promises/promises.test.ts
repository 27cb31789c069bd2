import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import { buildSpace, signUp } from "../../../test/support/factories.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";
import { pairWithClock } from "../agreements/test-fixtures.ts";
import { promiseMarks, promiseResponses, promises } from "./tables.ts";

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;

// The test server's clock starts on Monday 4 May 2026 at 09:00 UTC (10:00 in London).
const daily = (overrides: Record<string, unknown> = {}) => ({
  text: "Message you at six to say how the day went",
  schedule: { kind: "daily", time: "18:00", startsOn: "2026-05-04" },
  timeZone: "Europe/London",
  ...overrides,
});

describe.each(databaseKinds)("promises on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  async function withPromise(overrides: Record<string, unknown> = {}, on: TestServer = server) {
    const people = await pairWithClock(on);
    const base = `/api/spaces/${people.spaceId}/promises`;
    const made = await people.robin.post(base, daily(overrides));
    expect(made.status).toBe(201);
    return { ...people, base, id: made.body.id as string, url: `${base}/${made.body.id}`, made: made.body };
  }

  it("answers 404 to someone outside the space", async () => {
    const { url, base } = await withPromise();
    const stranger = server.client();
    await signUp(stranger, "Stranger");
    await buildSpace(stranger);
    expect((await stranger.get(url)).status).toBe(404);
    expect((await stranger.get(`${base}/occurrences`)).status).toBe(404);
    expect(
      (await stranger.post(`${url}/marks`, { occurrence: "2026-05-04T18:00", outcome: "kept" })).status,
    ).toBe(404);
  });

  it("lets the person rebuilding trust make promises, and not the person who was hurt", async () => {
    const { kit, base, made } = await withPromise();
    expect(made).toMatchObject({
      maker: "you",
      scheduleText: "Every day at 18:00",
      timeZone: "Europe/London",
      graceHours: 12,
      next: { key: "2026-05-04T18:00", dueAt: "2026-05-04T17:00:00.000Z", status: "open" },
      streak: { current: 0, longest: 0 },
      can: { end: true },
    });
    const refused = await kit.post(base, daily());
    expect(refused.status).toBe(403);
    const seen = await kit.get(base);
    expect(seen.body).toMatchObject({
      can: { make: false },
      promises: [{ maker: "other", can: { end: false } }],
    });
    expect(seen.body.guidance.ideas).toEqual([]);
  });

  it("suggests starting small, and keeping fewer once there are many", async () => {
    const { robin, base } = await withPromise();
    const first = await robin.get(base);
    expect(first.body.guidance.ideas.length).toBeGreaterThan(0);
    for (let i = 0; i < 3; i += 1) await robin.post(base, daily({ text: `Promise ${i}` }));
    const many = await robin.get(base);
    expect(many.body.guidance).toMatchObject({ text: expect.stringMatching(/fewer/), ideas: [] });
  });

  it("refuses bad input with a clear 400 and stores nothing", async () => {
    const { robin, base } = await withPromise();
    const before = await server.handle.db.select().from(promises);
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ timeZone: "Europe/Narnia" }, /time zone/],
      [{ timeZone: "+01:00" }, /time zone/],
      [{ schedule: { kind: "weekly", time: "18:00", days: [], startsOn: "2026-05-04" } }, /at least one day/],
      [{ schedule: { kind: "daily", time: "25:00", startsOn: "2026-05-04" } }, /HH:MM/],
      [
        { schedule: { kind: "daily", time: "18:00", startsOn: "2026-05-04", endsOn: "2026-05-01" } },
        /end date/,
      ],
      [
        { schedule: { kind: "every_n_days", time: "18:00", interval: 1, startsOn: "2026-05-04" } },
        /choose daily/,
      ],
      [{ schedule: { kind: "once", at: "2026-05-01T18:00" } }, /never fall due/],
      [{ schedule: { kind: "fortnightly" } }, /Choose when the promise falls due/],
      [{ graceHours: 0 }, /hours/],
      [{ text: "" }, /can't be empty/],
    ];
    for (const [overrides, message] of cases) {
      const response = await robin.post(base, daily(overrides));
      expect({ overrides, status: response.status }).toEqual({ overrides, status: 400 });
      expect(response.body.error.message).toMatch(message);
    }
    expect(await server.handle.db.select().from(promises)).toHaveLength(before.length);
  });

  it("lets only the maker mark an occurrence, once, while its window is open", async () => {
    const { robin, kit, url } = await withPromise();
    const marks = `${url}/marks`;
    expect((await kit.post(marks, { occurrence: "2026-05-04T18:00", outcome: "kept" })).status).toBe(403);
    const early = await robin.post(marks, { occurrence: "2026-05-05T18:00", outcome: "kept" });
    expect(early.status).toBe(409);
    expect(early.body.error.message).toMatch(/isn't open yet/);
    expect((await robin.post(marks, { occurrence: "2026-05-04T17:00", outcome: "kept" })).status).toBe(404);
    expect((await robin.post(marks, { occurrence: "soon", outcome: "kept" })).status).toBe(400);
    const kept = await robin.post(marks, {
      occurrence: "2026-05-04T18:00",
      outcome: "kept",
      note: "Called from the train",
    });
    expect(kept.status).toBe(201);
    expect(kept.body).toMatchObject({
      status: "kept",
      confirmation: "awaiting",
      mark: { outcome: "kept", note: "Called from the train" },
      can: { mark: false, respond: false },
    });
    expect((await robin.post(marks, { occurrence: "2026-05-04T18:00", outcome: "missed" })).status).toBe(409);
    expect((await kit.get(url)).body.next.key).toBe("2026-05-05T18:00");
  });

  it("lets only the other person confirm or dispute, keeping every answer and counting the latest", async () => {
    const { robin, kit, url } = await withPromise();
    const kept = await robin.post(`${url}/marks`, { occurrence: "2026-05-04T18:00", outcome: "kept" });
    const respond = `${url}/marks/${kept.body.mark.id}/response`;
    expect((await robin.post(respond, { response: "confirm" })).status).toBe(403);
    const confirmed = await kit.post(respond, { response: "confirm" });
    expect(confirmed.body).toMatchObject({
      confirmation: "confirmed",
      response: { response: "confirmed" },
      can: { respond: true },
    });
    const disputed = await kit.post(respond, { response: "dispute", note: "It was after nine" });
    expect(disputed.body).toMatchObject({
      confirmation: "disputed",
      response: { response: "disputed", note: "It was after nine" },
    });
    const answers = await server.handle.db
      .select()
      .from(promiseResponses)
      .where(eq(promiseResponses.markId, kept.body.mark.id));
    expect(answers.map((a) => a.response)).toEqual(["confirmed", "disputed"]);
    expect((await robin.get(url)).body.counts).toEqual({ kept: 0, confirmed: 0, disputed: 1, missed: 0 });
  });

  it("lets the maker say they missed one, with nothing for the other person to confirm", async () => {
    const { robin, kit, url } = await withPromise();
    const missed = await robin.post(`${url}/marks`, {
      occurrence: "2026-05-04T18:00",
      outcome: "missed",
      note: "I forgot",
    });
    expect(missed.body).toMatchObject({ status: "missed", missed: "self_reported", can: { respond: false } });
    expect(
      (await kit.post(`${url}/marks/${missed.body.mark.id}/response`, { response: "confirm" })).status,
    ).toBe(409);
  });

  it("lets only the maker end a promise; nothing falls due after, and what happened stays", async () => {
    const { robin, kit, url } = await withPromise();
    await robin.post(`${url}/marks`, { occurrence: "2026-05-04T18:00", outcome: "kept" });
    expect((await kit.post(`${url}/end`, {})).status).toBe(403);
    const ended = await robin.post(`${url}/end`, { note: "Replacing it with a smaller one" });
    expect(ended.body).toMatchObject({
      endedAt: expect.any(String),
      endNote: "Replacing it with a smaller one",
      next: null,
      can: { end: false },
    });
    expect((await robin.post(`${url}/end`, {})).status).toBe(409);
    expect((await kit.get(url)).body.counts.kept).toBe(1);
  });

  it("lists occurrences of every promise in a range, and refuses a backwards or too long range", async () => {
    const { robin, base } = await withPromise();
    await robin.post(
      base,
      daily({
        text: "Tell you my plans",
        schedule: { kind: "weekly", time: "08:00", days: ["tue"], startsOn: "2026-05-04" },
      }),
    );
    const list = await robin.get(`${base}/occurrences?from=2026-05-04T00:00:00Z&to=2026-05-06T00:00:00Z`);
    expect(list.body.occurrences.map((o: { key: string }) => o.key)).toEqual([
      "2026-05-04T18:00",
      "2026-05-05T08:00",
      "2026-05-05T18:00",
    ]);
    expect(
      (await robin.get(`${base}/occurrences?from=2026-05-06T00:00:00Z&to=2026-05-04T00:00:00Z`)).status,
    ).toBe(400);
    expect(
      (await robin.get(`${base}/occurrences?from=2026-01-01T00:00:00Z&to=2026-12-31T00:00:00Z`)).status,
    ).toBe(400);
    expect((await robin.get(`${base}/occurrences?from=yesterday`)).status).toBe(400);
  });

  it("keeps a New York promise at 18:00 local across the change back from daylight saving", async () => {
    const { robin, base } = await withPromise();
    const made = await robin.post(base, {
      text: "Call you after work",
      schedule: { kind: "daily", time: "18:00", startsOn: "2026-10-30", endsOn: "2026-11-02" },
      timeZone: "America/New_York",
    });
    const list = await robin.get(`${base}/occurrences?from=2026-10-30T00:00:00Z&to=2026-11-04T00:00:00Z`);
    const own = list.body.occurrences.filter((o: { promiseId: string }) => o.promiseId === made.body.id);
    expect(own.map((o: { key: string; dueAt: string }) => `${o.key} ${o.dueAt}`)).toEqual([
      "2026-10-30T18:00 2026-10-30T22:00:00.000Z",
      "2026-10-31T18:00 2026-10-31T22:00:00.000Z",
      "2026-11-01T18:00 2026-11-01T23:00:00.000Z",
      "2026-11-02T18:00 2026-11-02T23:00:00.000Z",
    ]);
  });

  describe("when time passes", () => {
    // Its own server: moving the clock must not shift the dates the other tests rely on.
    let clockServer: TestServer;
    beforeAll(async () => {
      clockServer = await startTestServer(kind);
    });
    afterAll(() => clockServer?.close());

    it("counts an occurrence left unmarked as missed once its window closes, and says so gently", async () => {
      const { robin, later, url, base } = await withPromise({ graceHours: 2 }, clockServer);
      await robin.post(`${url}/marks`, { occurrence: "2026-05-04T18:00", outcome: "kept" });
      await later(2 * dayMs);
      const late = await robin.post(`${url}/marks`, { occurrence: "2026-05-05T18:00", outcome: "kept" });
      expect(late.status).toBe(409);
      expect(late.body.error.message).toMatch(/counts as missed/);
      const list = await robin.get(`${base}/occurrences?from=2026-05-04T00:00:00Z&to=2026-05-06T00:00:00Z`);
      expect(
        list.body.occurrences.map((o: { key: string; status: string; missed: string | null }) => [
          o.key,
          o.status,
          o.missed,
        ]),
      ).toEqual([
        ["2026-05-04T18:00", "kept", null],
        ["2026-05-05T18:00", "missed", "unmarked"],
      ]);
      const view = await robin.get(url);
      expect(view.body.streak).toMatchObject({ current: 0, longest: 1 });
      expect(view.body.streak.text).toMatch(/fresh start/);
      expect(
        await clockServer.handle.db
          .select()
          .from(promiseMarks)
          .where(eq(promiseMarks.promiseId, view.body.id)),
      ).toHaveLength(1);
    });
  });

  describe("proactive transparency", () => {
    it("lets either person log what they shared unasked, and only the other confirm it", async () => {
      const { robin, kit, spaceId } = await pairWithClock(server);
      const base = `/api/spaces/${spaceId}/transparency`;
      const logged = await robin.post(base, { note: "Told you about lunch with Sam before you asked" });
      expect(logged.status).toBe(201);
      expect(logged.body).toMatchObject({ by: "you", response: null, can: { respond: false } });
      server.advance(60_000);
      expect((await robin.post(`${base}/${logged.body.id}/response`, { response: "confirm" })).status).toBe(
        403,
      );
      const confirmed = await kit.post(`${base}/${logged.body.id}/response`, {
        response: "confirm",
        note: "Thank you",
      });
      expect(confirmed.body).toMatchObject({
        by: "other",
        response: { response: "confirmed", note: "Thank you" },
      });
      expect((await kit.post(base, { note: "Shared my week's plans" })).status).toBe(201);
      expect((await robin.get(base)).body.acts.map((a: { by: string }) => a.by)).toEqual(["you", "other"]);
      expect((await kit.post(base, { note: " " })).status).toBe(400);
    });
  });
});
