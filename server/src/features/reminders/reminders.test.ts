import { calm } from "@mend/core/readiness/sample-answers";
import type { ReminderDelivery } from "@mend/core/reminders/kinds";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";
import { sealedItem, sealedReadiness } from "../../../test/support/vault.ts";
import { agreementTerms, pairWithClock } from "../agreements/test-fixtures.ts";
import { scanReminders } from "./scan.ts";

const minute = 60_000;
const hour = 60 * minute;

describe.each(databaseKinds)("reminders on %s", (kind) => {
  let server: TestServer;
  const handedOver: ReminderDelivery[] = [];
  const record = async (delivery: ReminderDelivery) => {
    handedOver.push(delivery);
  };
  /** What was handed over about one space since the last call (each test has a space of its own). */
  const taken = (spaceId: string) => handedOver.splice(0).filter((d) => d.spaceId === spaceId);
  const scan = () => scanReminders({ db: server.handle.db, clock: () => server.now(), handOver: record });
  /** Moves the clock in steps, scanning after each, as the five-minute job does (only coarser). */
  async function scanThrough(ms: number, step = hour) {
    for (let moved = 0; moved < ms; moved += step) {
      server.advance(Math.min(step, ms - moved));
      await scan();
    }
  }

  beforeAll(async () => {
    server = await startTestServer(kind, { handOver: record });
    // The very first scan only sets its mark: nothing that came due before it ran is sent.
    await scan();
  });
  afterAll(() => server?.close());

  async function setUp() {
    await scan();
    handedOver.splice(0);
    const people = await pairWithClock(server);
    return { ...people, space: `/api/spaces/${people.spaceId}` };
  }

  it("reads every space with the same few queries, however many spaces there are", async () => {
    /** A pair with a promise and a scheduled talk, so every read has rows to find. */
    async function busyPair() {
      const { robin, kit, space } = await setUp();
      const startsOn = server.now().toISOString().slice(0, 10);
      const schedule = { kind: "daily", time: "23:00", startsOn };
      expect(
        (await robin.post(`${space}/promises`, { text: "Call", schedule, timeZone: "UTC" })).status,
      ).toBe(201);
      const startsAt = new Date(server.now().getTime() + 6 * hour).toISOString();
      const talk = await robin.post(`${space}/talks`, { topic: "The weekend", startsAt });
      expect((await kit.post(`${space}/talks/${talk.body.id}/accept`)).status).toBe(200);
    }
    const queriesOfOneScan = async () => {
      server.advance(5 * minute);
      const before = server.handle.queriesSent();
      await scan();
      return server.handle.queriesSent() - before;
    };
    await busyPair();
    const few = await queriesOfOneScan();
    await busyPair();
    await busyPair();
    expect(await queriesOfOneScan()).toBe(few);
    expect(few).toBeLessThan(15);
  });

  it("reminds the maker, and only the maker, of each occurrence of their promise when it falls due", async () => {
    const { robin, space, spaceId, robinAccountId } = await setUp();
    const startsOn = server.now().toISOString().slice(0, 10);
    const made = await robin.post(`${space}/promises`, {
      text: "Message you at six",
      schedule: { kind: "daily", time: "18:00", startsOn },
      timeZone: "UTC",
    });
    expect(made.status).toBe(201);
    const dueToday = new Date(`${startsOn}T18:00:00Z`).getTime() - server.now().getTime();
    await scanThrough(dueToday + 10 * minute, 5 * minute);
    expect(taken(spaceId)).toEqual([
      {
        accountId: robinAccountId,
        spaceId,
        kind: "promise-due",
        key: `promise-due:${made.body.id}:${startsOn}T18:00`,
      },
    ]);
    // Scanning again hands nothing over twice.
    await scan();
    expect(taken(spaceId)).toEqual([]);
  });

  it("reminds the author, and only the author, of the revisit date of their latest decision", async () => {
    const { kit, space, spaceId, kitAccountId } = await setUp();
    const start = server.now().getTime();
    const day = (offset: number) => new Date(start + offset * 24 * hour).toISOString().slice(0, 10);
    // The decision is sealed in Kit's browser; its revisit date is sent beside it, in the clear.
    const decide = async (revisitOn: string) =>
      kit.post(`${space}/deciding/decisions`, {
        ...(await sealedItem(
          "solo-decision",
          JSON.stringify({
            path: "as_is",
            timeFrame: { amount: 2, unit: "weeks" },
            revisitOn,
            wants: "Time to think",
            fears: "Deciding too soon",
            mustChange: "Honesty",
          }),
        )),
        revisitOn,
      });
    // A later decision replaces the earlier one's date: only the latest is recalled.
    expect((await decide(day(1))).status).toBe(201);
    // Recorded a minute later: the test's clock stands still unless moved, and "latest" goes by time.
    server.advance(60_000);
    const latest = await decide(day(2));
    expect(latest.status).toBe(201);
    await scanThrough(new Date(`${day(2)}T12:10:00Z`).getTime() - server.now().getTime());
    expect(taken(spaceId)).toEqual([
      {
        accountId: kitAccountId,
        spaceId,
        kind: "decision-revisit",
        key: `decision-revisit:${latest.body.id}:${day(2)}`,
      },
    ]);
  });

  it("catches up after a stop, but only for the last day, and drops what has lapsed", async () => {
    const { robin, space, spaceId } = await setUp();
    const startsOn = server.now().toISOString().slice(0, 10);
    const made = await robin.post(`${space}/promises`, {
      text: "Message you at six",
      schedule: { kind: "daily", time: "18:00", startsOn },
      timeZone: "UTC",
      graceHours: 48,
    });
    expect(made.status).toBe(201);
    // Down for three days: the occurrence of the last day is still worth recalling, older ones are not.
    server.advance(3 * 24 * hour);
    await scan();
    const keys = taken(spaceId).map((d) => d.key);
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(new RegExp(`^promise-due:${made.body.id}:`));
  });

  it("tells both people of a talk when it can begin, and of an agreement's review date", async () => {
    const { robin, kit, space, spaceId, robinAccountId, kitAccountId } = await setUp();
    const startsAt = new Date(server.now().getTime() + 2 * hour).toISOString();
    const talk = await robin.post(`${space}/talks`, { topic: "The weekend", startsAt });
    expect((await kit.post(`${space}/talks/${talk.body.id}/accept`)).status).toBe(200);
    const agreement = await robin.post(`${space}/agreements`, agreementTerms());
    await kit.post(`${space}/agreements/${agreement.body.id}/accept`, {
      pendingId: agreement.body.pending.id,
    });

    await scanThrough(2 * hour, 5 * minute);
    const soon = taken(spaceId);
    expect(soon.map((d) => [d.accountId, d.kind, d.key]).sort()).toEqual(
      [
        [robinAccountId, "talk-soon", `talk-soon:${talk.body.id}:${startsAt}`],
        [kitAccountId, "talk-soon", `talk-soon:${talk.body.id}:${startsAt}`],
      ].sort(),
    );
    expect(soon.every((d) => d.spaceId === spaceId)).toBe(true);

    await scanThrough(8 * 24 * hour, 4 * hour);
    const reviews = taken(spaceId).filter((d) => d.kind === "agreement-review-due");
    expect(reviews.map((d) => d.accountId).sort()).toEqual([robinAccountId, kitAccountId].sort());
    expect(new Set(reviews.map((d) => d.key)).size).toBe(1);
    expect(reviews[0]?.key).toMatch(new RegExp(`^agreement-review-due:${agreement.body.id}:`));
  });

  it("hands over what one person deliberately shares with the other, right after it is saved", async () => {
    const { robin, kit, space, spaceId, robinAccountId, kitAccountId } = await setUp();
    const statement = await robin.post(`${space}/statements/acknowledgment/versions`, {
      parts: {
        whatIDid: "I hid the messages and lied when you asked.",
        impact: "You stopped trusting your own memory.",
        responsibility: "It was my choice.",
      },
    });
    expect(statement.status).toBe(201);
    const versionId = statement.body.versions.at(-1).id as string;
    const question = await kit.post(`${space}/questions`, { text: "When?", detail: "facts" });
    expect(taken(spaceId).map((d) => d.key)).toEqual([`shared-with-you:statement:${versionId}`]);

    const answered = await robin.post(`${space}/questions/${question.body.id}/answers`, {
      text: "In March.",
    });
    expect(answered.status).toBeLessThan(300);
    const request = await kit.post(`${space}/reassurance`, { ask: "call" });
    expect(request.status).toBe(201);
    const appreciation = await kit.post(`${space}/appreciations`, { text: "Thank you for telling me." });
    expect(appreciation.status).toBe(201);
    const shared = taken(spaceId);
    expect(shared.map((d) => [d.accountId, d.kind])).toEqual([
      [kitAccountId, "shared-with-you"],
      [robinAccountId, "shared-with-you"],
      [robinAccountId, "shared-with-you"],
    ]);
    expect(shared[0]?.key).toMatch(/^shared-with-you:answer:/);
    expect(shared.slice(1).map((d) => d.key)).toEqual([
      `shared-with-you:reassurance:${request.body.id}`,
      `shared-with-you:appreciation:${appreciation.body.id}`,
    ]);
    // Ids and kinds only: never what anyone wrote.
    expect(JSON.stringify(shared)).not.toMatch(/March|Thank you|call/);
    expect(shared.every((d) => d.spaceId === spaceId)).toBe(true);
  });

  it("tells the other person of an amend offered, suggested instead, or marked made, and nothing else of amends", async () => {
    const { robin, kit, space, spaceId, kitAccountId, robinAccountId } = await setUp();
    const offered = await robin.post(`${space}/amends`, { origin: "offered", what: "Repaint the fence" });
    expect(offered.status).toBe(201);
    const counter = await kit.post(`${space}/amends/${offered.body.id}/counter`, {
      what: "Fix the gate instead",
    });
    expect(counter.status).toBe(201);
    expect(
      (await robin.post(`${space}/amends/${counter.body.id}/answer`, { action: "accepted" })).status,
    ).toBe(200);
    expect((await robin.post(`${space}/amends/${counter.body.id}/answer`, { action: "done" })).status).toBe(
      200,
    );
    expect(
      (await kit.post(`${space}/amends/${counter.body.id}/confirmation`, { confirmed: true })).status,
    ).toBe(200);
    const shared = taken(spaceId);
    expect(shared.map((d) => [d.accountId, d.key.split(":").slice(0, 2).join(":")])).toEqual([
      [kitAccountId, "shared-with-you:amend"],
      [robinAccountId, "shared-with-you:amend"],
      [kitAccountId, "shared-with-you:amend_made"],
    ]);
    expect(JSON.stringify(shared)).not.toMatch(/fence|gate/);
  });

  it("asks the other person to confirm a promise once its maker marks it kept, and says nothing of a miss", async () => {
    const { robin, space, spaceId, kitAccountId } = await setUp();
    const at = new Date(server.now().getTime() + 3 * hour).toISOString().slice(0, 16);
    const once = await robin.post(`${space}/promises`, {
      text: "Call your sister with you",
      schedule: { kind: "once", at },
      timeZone: "UTC",
    });
    const other = await robin.post(`${space}/promises`, {
      text: "Be home by nine",
      schedule: { kind: "once", at },
      timeZone: "UTC",
    });
    const kept = await robin.post(`${space}/promises/${once.body.id}/marks`, {
      occurrence: at,
      outcome: "kept",
    });
    expect(kept.status).toBe(201);
    const missed = await robin.post(`${space}/promises/${other.body.id}/marks`, {
      occurrence: at,
      outcome: "missed",
    });
    expect(missed.status).toBe(201);
    expect(taken(spaceId)).toEqual([
      expect.objectContaining({
        accountId: kitAccountId,
        kind: "promise-to-confirm",
        key: `promise-to-confirm:${kept.body.mark.id}`,
      }),
    ]);
    // The occurrences are marked, so neither is recalled to its maker when it falls due.
    await scanThrough(4 * hour);
    expect(taken(spaceId).filter((d) => d.kind === "promise-due")).toEqual([]);
  });

  it("never hands over anything about one person's private actions to the other", async () => {
    const { kit, space, spaceId, robinAccountId, kitAccountId } = await setUp();
    // Kit, who was hurt, does everything one can do alone.
    const privateActions: [string, string, unknown][] = [
      ["POST", "/letters", await sealedItem("unsent-letter", "Never sent.")],
      ["PUT", "/statements/impact/draft", { id: crypto.randomUUID(), sealed: "mv1.QSBkcmFmdC4" }],
      ["POST", "/questions/drafts", { id: crypto.randomUUID(), sealed: "mv1.V2hlbj8" }],
      ["POST", "/forgiveness/reflections", { step: "feel_it", text: "Mine alone." }],
      ["POST", "/reflections", { ...(await sealedItem("private-reflection", "Mine.")), kind: "self_trust" }],
      ["POST", "/checkins", { kind: "daily", trustNow: 5, utcOffsetMinutes: 0 }],
      ["PUT", "/closeness/ladder/hug", { answer: "yes" }],
      ["POST", "/triggers", { category: "place", intensity: 3 }],
      ["POST", "/readiness", await sealedReadiness(calm)],
      ["PUT", "/drafts/letter:new", { id: crypto.randomUUID(), sealed: "mv1.SGFsZiBhIHRob3VnaHQu" }],
      ["POST", "/calendar-feed", { discreet: true }],
      ["PUT", "/checkins/cadence", { rhythm: "daily", timeZone: "UTC" }],
    ];
    for (const [method, path, body] of privateActions) {
      const done = await kit.request(method, `${space}${path}`, body);
      expect(done.status, `${method} ${path}`).toBeLessThan(300);
    }
    expect(taken(spaceId)).toEqual([]);
    // Two days on: Kit hears of her own check-in rhythm; Robin hears nothing at all, not even that
    // Kit has (or hasn't) checked in.
    await scanThrough(2 * 24 * hour);
    const later = taken(spaceId);
    expect(later.filter((d) => d.accountId === robinAccountId)).toEqual([]);
    expect(new Set(later.map((d) => `${d.accountId} ${d.kind}`))).toEqual(
      new Set([`${kitAccountId} checkin-due`]),
    );
  });
});
