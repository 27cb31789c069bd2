import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";
import { spaceReads } from "../../db/space-reads.ts";
import { spaceMembers } from "../spaces/tables.ts";
import { agreementEvidence } from "./evidence.ts";
import { agreementTerms, pairWithClock } from "./test-fixtures.ts";

const hourMs = 3_600_000;

describe.each(databaseKinds)("consistency on %s", (kind) => {
  let server: TestServer;
  let told: Awaited<ReturnType<typeof story>>;
  beforeAll(async () => {
    server = await startTestServer(kind);
    told = await story();
  });
  afterAll(() => server?.close());

  /**
   * Starting Monday 4 May 2026, 09:00 UTC: Robin promises a 18:00 message every day, keeps Monday's
   * (Kit confirms), keeps Tuesday's (Kit disputes), leaves Wednesday's unmarked, shares a plan unasked,
   * and tells Kit about breaking an agreement they both accepted. Told once: the clock only moves forward.
   */
  async function story() {
    const people = await pairWithClock(server);
    const { robin, kit, later, spaceId } = people;
    const space = `/api/spaces/${spaceId}`;
    const promise = await robin.post(`${space}/promises`, {
      text: "Message you at six",
      schedule: { kind: "daily", time: "18:00", startsOn: "2026-05-04", endsOn: "2026-05-06" },
      timeZone: "Europe/London",
      graceHours: 4,
    });
    const marks = `${space}/promises/${promise.body.id}/marks`;
    const monday = await robin.post(marks, { occurrence: "2026-05-04T18:00", outcome: "kept" });
    await kit.post(`${marks}/${monday.body.mark.id}/response`, { response: "confirm" });
    await robin.post(`${space}/transparency`, { note: "Told you about Friday's work trip before you asked" });
    const agreement = await robin.post(`${space}/agreements`, agreementTerms());
    await kit.post(`${space}/agreements/${agreement.body.id}/accept`, {
      pendingId: agreement.body.pending.id,
    });
    await later(24 * hourMs);
    const tuesday = await robin.post(marks, { occurrence: "2026-05-05T18:00", outcome: "kept" });
    await kit.post(`${marks}/${tuesday.body.mark.id}/response`, { response: "dispute" });
    await robin.post(`${space}/agreements/${agreement.body.id}/breaches`, {
      by: "me",
      account: "I took a call at dinner",
    });
    await later(3 * 24 * hourMs);
    return { ...people, space };
  }

  it("shows kept, disputed and missed per week, what was shared unasked, and breaches, in one plain sentence", async () => {
    const { robin, kit, space } = told;
    const mine = await robin.get(`${space}/consistency?weeks=2&timeZone=Europe/London`);
    expect(mine.status).toBe(200);
    expect(mine.body.people).toHaveLength(1);
    const [robinRow] = mine.body.people;
    expect(robinRow).toMatchObject({ person: "you", displayName: "Robin" });
    expect(robinRow.weeks.map((w: { weekStart: string }) => w.weekStart)).toEqual([
      "2026-04-27",
      "2026-05-04",
    ]);
    expect(robinRow.weeks[1]).toEqual({
      weekStart: "2026-05-04",
      kept: 1,
      confirmed: 1,
      disputed: 1,
      missed: 1,
      proactive: 1,
      honoured: 0,
      breaches: 1,
      selfReported: 1,
    });
    expect(mine.body.agreements).toEqual({ inForce: 1, dueForReview: 0 });
    expect(mine.body.summary).toBe(
      "Over the last 2 weeks, you kept 1 of 3 promises that came due (1 seen differently) and 1 breach of an agreement was reported, told by the person who broke it.",
    );
    const theirs = await kit.get(`${space}/consistency?weeks=2&timeZone=Europe/London`);
    expect(theirs.body.people[0]).toMatchObject({
      person: "other",
      displayName: "Robin",
      totals: robinRow.totals,
    });
    expect(theirs.body.summary).toMatch(/^Over the last 2 weeks, Robin kept 1 of 3/);
  });

  it("refuses a summary of no weeks or an unknown zone", async () => {
    const { robin, spaceId } = await pairWithClock(server);
    expect((await robin.get(`/api/spaces/${spaceId}/consistency?weeks=0`)).status).toBe(400);
    expect((await robin.get(`/api/spaces/${spaceId}/consistency?timeZone=Nowhere/Else`)).status).toBe(400);
    const empty = await robin.get(`/api/spaces/${spaceId}/consistency`);
    expect(empty.body).toMatchObject({ people: [], summary: expect.stringMatching(/^Nothing to show yet/) });
  });

  it("says nothing came due for a promise marked kept before it was due, until its time has passed", async () => {
    // Runs after the story, so the clock reads Friday 8 May, 09:00 UTC (10:00 in London).
    const { robin, kit, later, spaceId } = await pairWithClock(server);
    const space = `/api/spaces/${spaceId}`;
    const promise = await robin.post(`${space}/promises`, {
      text: "Call you after work",
      schedule: { kind: "once", at: "2026-05-08T18:00" },
      timeZone: "Europe/London",
    });
    expect(promise.status).toBe(201);
    const marks = `${space}/promises/${promise.body.id}/marks`;
    const early = await robin.post(marks, { occurrence: "2026-05-08T18:00", outcome: "kept" });
    expect(early.status).toBe(201);
    expect((await kit.post(`${marks}/${early.body.mark.id}/response`, { response: "confirm" })).status).toBe(
      200,
    );

    const before = await robin.get(`${space}/consistency?weeks=1&timeZone=Europe/London`);
    expect(before.body.people[0].totals).toMatchObject({ kept: 0, confirmed: 0, missed: 0 });
    expect(before.body.summary).toMatch(/^Nothing to show yet/);
    const insightsBefore = await kit.get(`${space}/insights`);
    const keptBefore = insightsBefore.body.consistency.items.find(
      (i: { measure: string; about: string }) => i.measure === "promises_kept" && i.about === "them",
    );
    expect(keptBefore).toMatchObject({
      count: 0,
      of: 0,
      summary: "No promises came due in the last four weeks.",
    });

    await later(9 * hourMs); // 18:00 UTC, an hour after it fell due
    const after = await robin.get(`${space}/consistency?weeks=1&timeZone=Europe/London`);
    expect(after.body.people[0].totals).toMatchObject({ kept: 1, confirmed: 1 });
    expect(after.body.summary).toBe("This week, you kept 1 of 1 promise that came due.");
    const insightsAfter = await kit.get(`${space}/insights`);
    const keptAfter = insightsAfter.body.consistency.items.find(
      (i: { measure: string; about: string }) => i.measure === "promises_kept" && i.about === "them",
    );
    expect(keptAfter).toMatchObject({ count: 1, of: 1 });
  });

  it("gives the trust model evidence about each person and the method its facts", async () => {
    const { spaceId } = told;
    const members = await server.handle.db
      .select()
      .from(spaceMembers)
      .where(eq(spaceMembers.spaceId, spaceId));
    const robinId = members.find((m) => m.view === "me")?.id;
    const kitId = members.find((m) => m.view === "them")?.id;
    const now = new Date(Date.parse("2026-05-04T09:00:00Z") + 365 * 24 * hourMs);
    const result = await agreementEvidence(spaceReads(server.handle.db, spaceId), now);
    const robin = result.members.find((m) => m.memberId === robinId);
    // Both kept marks came in the morning, before six: each counts from the moment it fell due.
    expect(robin?.evidence.map((e) => [e.kind, e.weight ?? 1, e.at.toISOString()])).toEqual([
      ["proactive_transparency", 0.5, "2026-05-04T09:00:00.000Z"],
      ["promise_kept", 1, "2026-05-04T17:00:00.000Z"],
      ["agreement_self_reported", 1, "2026-05-05T09:00:00.000Z"],
      ["promise_disputed", 1, "2026-05-05T17:00:00.000Z"],
      ["promise_missed", 1, "2026-05-06T21:00:00.000Z"],
    ]);
    expect(robin?.facts.promisesMade).toHaveLength(1);
    expect(robin?.facts.promisesKept).toHaveLength(1);
    expect(robin?.facts.promisesMissed).toHaveLength(1);
    expect(result.members.find((m) => m.memberId === kitId)).toMatchObject({ evidence: [] });
    expect(result.agreements).toEqual([
      {
        proposedAt: expect.any(Date),
        activeSince: expect.any(Date),
        revisedAt: [],
        breaches: [{ at: expect.any(Date), by: robinId }],
      },
    ]);
  });
});
