import type { ReminderDelivery } from "@mend/core/reminders/kinds";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import { signUp } from "../../../test/support/factories.ts";
import type { TestClient } from "../../../test/support/http-client.ts";
import { openStream } from "../../../test/support/sse.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";
import { pairWithClock } from "../agreements/test-fixtures.ts";
import { scanReminders } from "../reminders/scan.ts";

const hour = 3_600_000;
const day = 24 * hour;

/** The check-in events of a calendar feed: when each starts and how it repeats. */
function checkinEvents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar
    .getAllSubcomponents("vevent")
    .map((component) => new ICAL.Event(component))
    .filter((event) => event.uid.startsWith("checkin-"))
    .map((event) => ({
      uid: event.uid,
      start: event.startDate.toJSDate().toISOString(),
      repeats: String(
        (event.component.getFirstPropertyValue("rrule") as { freq?: string } | null)?.freq ?? "never",
      ),
    }));
}

describe.each(databaseKinds)("the check-in rhythm a person chooses, on %s", (kind) => {
  let server: TestServer;
  const handedOver: ReminderDelivery[] = [];
  const record = async (delivery: ReminderDelivery) => {
    handedOver.push(delivery);
  };
  const scan = () => scanReminders({ db: server.handle.db, clock: () => server.now(), handOver: record });
  /** Moves the clock an hour at a time, scanning after each, as the five-minute job does (coarser). */
  async function scanThrough(ms: number) {
    for (let moved = 0; moved < ms; moved += hour) {
      server.advance(hour);
      await scan();
    }
  }

  beforeAll(async () => {
    server = await startTestServer(kind, { handOver: record });
    await scan();
  });
  afterAll(() => server?.close());

  it("is the person's own to choose, and a choice it cannot use is refused with nothing changed", async () => {
    const { robin, kit, spaceId } = await pairWithClock(server);
    const path = `/api/spaces/${spaceId}/checkins/cadence`;
    expect((await robin.get(path)).body).toEqual({ rhythm: "auto" });
    const weekly = { rhythm: "weekly", weekday: 3, timeZone: "Europe/London" };
    const saved = await robin.request("PUT", path, weekly);
    expect([saved.status, saved.body]).toEqual([200, weekly]);
    expect((await robin.get(path)).body).toEqual(weekly);
    // Kit's own rhythm is untouched by Robin's.
    expect((await kit.get(path)).body).toEqual({ rhythm: "auto" });

    for (const bad of [
      { rhythm: "sometimes" },
      { rhythm: "weekly", weekday: 7, timeZone: "Europe/London" },
      { rhythm: "weekly", timeZone: "Europe/London" },
      { rhythm: "daily", timeZone: "Mars/Olympus" },
      { rhythm: "daily" },
      { rhythm: "off", weekday: 2 },
      {},
    ]) {
      const refused = await robin.request("PUT", path, bad);
      expect(refused.status, JSON.stringify(bad)).toBe(400);
      expect(refused.body.error.message).toEqual(expect.any(String));
    }
    expect((await robin.get(path)).body).toEqual(weekly);

    const stranger = server.client();
    await signUp(stranger, "Sam");
    expect((await stranger.get(path)).status).toBe(404);
    expect((await stranger.request("PUT", path, { rhythm: "off" })).status).toBe(404);

    expect((await robin.request("PUT", path, { rhythm: "auto" })).body).toEqual({ rhythm: "auto" });
    expect((await robin.get(path)).body).toEqual({ rhythm: "auto" });
  });

  it("decides when the check-in reminder comes and what the calendar feed repeats, instead of the rhythm check-ins show", {
    timeout: 240_000,
  }, async () => {
    const { robin, later, spaceId, robinAccountId } = await pairWithClock(server);
    const space = `/api/spaces/${spaceId}`;
    await scan();
    handedOver.splice(0);
    // Robin checks in daily, which alone would make a daily rhythm; Robin chooses Wednesdays instead.
    expect(
      (await robin.post(`${space}/checkins`, { kind: "daily", trustNow: 5, utcOffsetMinutes: 60 })).status,
    ).toBe(201);
    const chosen = { rhythm: "weekly", weekday: 3, timeZone: "Europe/London" };
    expect((await robin.request("PUT", `${space}/checkins/cadence`, chosen)).status).toBe(200);
    const feed = await robin.post(`${space}/calendar-feed`, {});
    expect(feed.status).toBe(201);
    const readFeed = async () => checkinEvents((await server.client().get(feed.body.path)).text);
    // 19:00 in London in summer (the test clock's season) is 18:00 UTC.
    const now = server.now();
    let firstWednesday = new Date(now);
    for (let ahead = 0; ; ahead += 1) {
      firstWednesday = new Date(
        Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + ahead, 18),
      );
      if (firstWednesday.getUTCDay() === 3 && firstWednesday >= now) break;
    }
    expect(await readFeed()).toEqual([
      { uid: "checkin-weekly@mend", start: firstWednesday.toISOString(), repeats: "WEEKLY" },
    ]);

    await scanThrough(8 * day);
    // Signed in again after the week.
    await later(0);
    const robins = () => handedOver.splice(0).filter((d) => d.accountId === robinAccountId);
    const days = robins()
      .filter((d) => d.kind === "checkin-due")
      .map((d) => d.key.split(":").at(-1) ?? "");
    // Wednesdays only, the first of them the one the calendar starts on (not every evening).
    expect(days.length).toBeGreaterThanOrEqual(1);
    expect(days.map((date) => new Date(`${date}T12:00:00Z`).getUTCDay())).toEqual(days.map(() => 3));
    expect(days[0]).toBe(firstWednesday.toISOString().slice(0, 10));

    // None at all: no reminder, and nothing in the calendar.
    expect((await robin.request("PUT", `${space}/checkins/cadence`, { rhythm: "off" })).status).toBe(200);
    await scanThrough(3 * day);
    expect(robins().filter((d) => d.kind === "checkin-due")).toEqual([]);
    expect(await readFeed()).toEqual([]);
  });

  it("decides what the home page asks for: no daily nudge on a weekly rhythm, nothing at all with none", async () => {
    const { robin, spaceId, later } = await pairWithClock(server);
    const space = `/api/spaces/${spaceId}`;
    const due = async () => (await robin.get(`${space}/checkins/due?utcOffsetMinutes=0`)).body;
    const daily = { kind: "daily", trustNow: 6, utcOffsetMinutes: 0 };
    expect((await robin.post(`${space}/checkins`, daily)).status).toBe(201);
    await later(day);
    // Following what Robin does: today's check-in is open.
    expect(await due()).toMatchObject({ daily: true, reminder: expect.stringContaining("today") });

    const weekly = { rhythm: "weekly", weekday: 3, timeZone: "Europe/London" };
    expect((await robin.request("PUT", `${space}/checkins/cadence`, weekly)).status).toBe(200);
    const onWeekly = await due();
    expect(onWeekly).toMatchObject({ daily: false, weekly: true });
    expect(onWeekly.reminder).toContain("weekly");

    expect((await robin.request("PUT", `${space}/checkins/cadence`, { rhythm: "off" })).status).toBe(200);
    expect(await due()).toMatchObject({
      daily: false,
      weekly: false,
      reminder: null,
      nothingDue: expect.stringContaining("no set rhythm"),
    });
  });

  it("never reaches the other person: none of their views, their calendar or their live stream changes", async () => {
    const { robin, kit, spaceId } = await pairWithClock(server);
    const space = `/api/spaces/${spaceId}`;
    expect(
      (await kit.post(`${space}/checkins`, { kind: "daily", trustNow: 5, utcOffsetMinutes: 0 })).status,
    ).toBe(201);
    const kitFeed = await kit.post(`${space}/calendar-feed`, {});
    const routes = server.app.routeTable.filter(
      (route) =>
        route.method === "GET" &&
        route.url.startsWith("/api/spaces/:spaceId/") &&
        !/:(?!spaceId)\w+/.test(route.url) &&
        !route.url.endsWith("/events/stream") &&
        !route.url.endsWith(".pdf") &&
        !route.url.endsWith("/checkins/cadence"),
    );
    expect(routes.length).toBeGreaterThan(20);
    const everythingKitReads = async (client: TestClient) => {
      const read = new Map<string, string>();
      for (const route of routes) {
        const response = await client.get(route.url.replace(":spaceId", spaceId));
        read.set(route.url, `${response.status} ${response.text}`);
      }
      read.set("calendar", (await server.client().get(kitFeed.body.path)).text);
      return read;
    };
    const before = await everythingKitReads(kit);
    const stream = await openStream(kit, `${space}/events/stream`);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const eventsBefore = stream.events.length;

    for (const choice of [
      { rhythm: "daily", timeZone: "Pacific/Auckland" },
      { rhythm: "weekly", weekday: 5, timeZone: "America/New_York" },
      { rhythm: "off" },
    ]) {
      expect((await robin.request("PUT", `${space}/checkins/cadence`, choice)).status).toBe(200);
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    stream.close();
    expect(stream.events.length).toBe(eventsBefore);
    const after = await everythingKitReads(kit);
    for (const [route, text] of before) expect(after.get(route), route).toBe(text);
    for (const text of after.values()) expect(text).not.toMatch(/Auckland|New_York|"rhythm"/);
  });
});
