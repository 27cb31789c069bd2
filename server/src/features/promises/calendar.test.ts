import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";
import { agreementTerms, pairWithClock } from "../agreements/test-fixtures.ts";
import { calendarFeeds } from "./tables.ts";

interface ParsedEvent {
  uid: string;
  summary: string;
  start: string;
  allDay: boolean;
  repeats: string | null;
}

/** Parses a feed the way a calendar app would; throws if it is not valid iCalendar. */
function parseFeed(text: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.name).toBe("vcalendar");
  return calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.isDate ? event.startDate.toString() : event.startDate.toJSDate().toISOString(),
      allDay: event.startDate.isDate,
      repeats: event.isRecurring()
        ? String((component.getFirstPropertyValue("rrule") as { freq?: string } | null)?.freq)
        : null,
    };
  });
}

describe.each(databaseKinds)("calendar feeds on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  /** Robin's daily promise, Kit's own boundary-free space, and an active agreement reviewed weekly. */
  async function setUp() {
    const people = await pairWithClock(server);
    const space = `/api/spaces/${people.spaceId}`;
    await people.robin.post(`${space}/promises`, {
      text: "Message you at six",
      schedule: { kind: "daily", time: "18:00", startsOn: "2026-05-04", endsOn: "2026-05-06" },
      timeZone: "Europe/London",
    });
    const agreement = await people.robin.post(`${space}/agreements`, agreementTerms());
    await people.kit.post(`${space}/agreements/${agreement.body.id}/accept`, {
      pendingId: agreement.body.pending.id,
    });
    return { ...people, space };
  }

  const fetchFeed = (path: string) => server.client().get(path);

  it("serves your own promises and the shared review dates at a secret address, without signing in", async () => {
    const { robin, space } = await setUp();
    const created = await robin.post(`${space}/calendar-feed`, {});
    expect(created.status).toBe(201);
    expect(created.body.path).toMatch(/^\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const response = await fetchFeed(created.body.path);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/calendar/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const events = parseFeed(response.text);
    expect(events.filter((e) => !e.allDay).map((e) => [e.summary, e.start])).toEqual([
      ["Message you at six", "2026-05-04T17:00:00.000Z"],
      ["Message you at six", "2026-05-05T17:00:00.000Z"],
      ["Message you at six", "2026-05-06T17:00:00.000Z"],
    ]);
    expect(events.filter((e) => e.allDay).map((e) => [e.summary, e.start])).toEqual([
      [`Review your agreement: ${agreementTerms().what}`, "2026-05-11"],
    ]);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  it("never puts the other person's promises in your feed, and shows each person only their own feed", async () => {
    const { robin, kit, space } = await setUp();
    await robin.post(`${space}/calendar-feed`, {});
    expect((await kit.get(`${space}/calendar-feed`)).body).toEqual({
      active: false,
      createdAt: null,
      discreet: false,
    });
    const kitFeed = await kit.post(`${space}/calendar-feed`, {});
    const events = parseFeed((await fetchFeed(kitFeed.body.path)).text);
    expect(events.map((e) => e.summary)).toEqual([`Review your agreement: ${agreementTerms().what}`]);
  });

  it("uses neutral titles and no descriptions when asked to be discreet", async () => {
    const { robin, space } = await setUp();
    const created = await robin.post(`${space}/calendar-feed`, { discreet: true });
    const text = (await fetchFeed(created.body.path)).text;
    expect(new Set(parseFeed(text).map((e) => e.summary))).toEqual(new Set(["Reminder", "Check-in"]));
    expect(text).not.toContain("Talk together");
    expect(text).not.toContain("Message you at six");
    expect(text).not.toContain("DESCRIPTION");
    expect((await robin.get(`${space}/calendar-feed`)).body).toMatchObject({ active: true, discreet: true });
  });

  it("adds the talks you agreed a time for, your plans for time together and your own check-in rhythm", async () => {
    const { robin, kit, space } = await setUp();
    const startsAt = new Date(server.now().getTime() + 3 * 3_600_000);
    const talk = await robin.post(`${space}/talks`, {
      topic: "The weekend",
      startsAt: startsAt.toISOString(),
    });
    expect((await kit.post(`${space}/talks/${talk.body.id}/accept`)).status).toBe(200);
    // Only proposed, not agreed: not in anyone's calendar.
    const proposed = await kit.post(`${space}/talks`, {
      topic: "Money",
      startsAt: new Date(startsAt.getTime() + 86_400_000).toISOString(),
    });
    expect(proposed.status).toBe(201);
    const plan = await kit.post(`${space}/time-together`, {
      title: "A walk by the river",
      plannedFor: "2026-05-09",
    });
    expect(plan.status).toBe(201);
    const aside = await kit.post(`${space}/time-together`, { title: "Cinema", plannedFor: "2026-05-10" });
    expect((await kit.post(`${space}/time-together/${aside.body.id}/set-aside`)).status).toBe(200);
    // Robin checks in daily, privately; Kit weekly, sharing nothing.
    const nothingShared = { trustNow: false, elements: false, emotions: false, signs: false, need: false };
    const daily = { kind: "daily", trustNow: 5, utcOffsetMinutes: 60, sharing: nothingShared };
    expect((await robin.post(`${space}/checkins`, daily)).status).toBe(201);
    const weekly = {
      kind: "weekly",
      trustNow: 4,
      utcOffsetMinutes: 0,
      elements: { honesty: 3, reliability: 5, respect: 6, loyalty: 4, empathy: 7 },
      sharing: nothingShared,
    };
    expect((await kit.post(`${space}/checkins`, weekly)).status).toBe(201);

    const feedOf = async (client: typeof robin) =>
      parseFeed((await fetchFeed((await client.post(`${space}/calendar-feed`, {})).body.path)).text);
    const shared = [
      ["Talk together: The weekend", startsAt.toISOString(), null],
      ["Time together: A walk by the river", "2026-05-09", null],
    ];
    const robinEvents = await feedOf(robin);
    const kitEvents = await feedOf(kit);
    const withoutPromises = (events: ParsedEvent[]) =>
      events
        .filter((e) => !e.summary.startsWith("Message you") && !e.summary.startsWith("Review"))
        .map((e) => [e.summary, e.start, e.repeats]);
    // 19:00 on the person's own clock, from their next evening: today for Robin, a week on for Kit.
    expect(withoutPromises(robinEvents)).toEqual([
      ...shared,
      ["Your daily check-in", "2026-05-04T18:00:00.000Z", "DAILY"],
    ]);
    expect(withoutPromises(kitEvents)).toEqual([
      ...shared,
      ["Your weekly check-in", "2026-05-11T19:00:00.000Z", "WEEKLY"],
    ]);
    expect(kitEvents.map((e) => e.summary)).not.toContain("Message you at six");
  });

  it("stops an old address working when a new one is made, and any address once switched off", async () => {
    const { robin, space } = await setUp();
    const first = await robin.post(`${space}/calendar-feed`, {});
    const second = await robin.post(`${space}/calendar-feed`, {});
    expect((await fetchFeed(first.body.path)).status).toBe(404);
    expect((await fetchFeed(second.body.path)).status).toBe(200);
    expect((await robin.post(`${space}/calendar-feed/revoke`)).status).toBe(204);
    expect((await fetchFeed(second.body.path)).status).toBe(404);
    expect((await robin.get(`${space}/calendar-feed`)).body.active).toBe(false);
    expect((await fetchFeed("/api/calendar/not-a-real-address.ics")).status).toBe(404);
  });

  it("stores only a hash of the address, never logs it, and stops serving it when its owner leaves", async () => {
    const { robin, space, spaceId } = await setUp();
    const created = await robin.post(`${space}/calendar-feed`, {});
    const token = created.body.path.replace("/api/calendar/", "").replace(".ics", "");
    const [row] = await server.handle.db
      .select()
      .from(calendarFeeds)
      .where(eq(calendarFeeds.spaceId, spaceId));
    expect(row?.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(token);
    await fetchFeed(created.body.path);
    expect(server.logs()).toContain("/api/calendar/[redacted]");
    expect(server.logs()).not.toContain(token);
    expect((await robin.post(`${space}/leave`)).status).toBe(204);
    expect((await fetchFeed(created.body.path)).status).toBe(404);
  });
});
