import { type InsightsView, improvementIds } from "@mend/core/insights/contract";
import { answers } from "@mend/core/readiness/sample-answers";
import type { TrustEvidence } from "@mend/core/trust/evidence";
import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import { buildSpace, invite, signUp } from "../../../test/support/factories.ts";
import type { TestClient } from "../../../test/support/http-client.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";
import { sealedReadiness } from "../../../test/support/vault.ts";
import { demoCheckins, seedCheckinHistory } from "../../cli/demo/checkins.ts";
import { checkinEvidence } from "../checkins/evidence.ts";
import { checkins } from "../checkins/tables.ts";
import { spaceMembers, spaces } from "../spaces/tables.ts";
import type { EvidenceSource } from "./evidence-sources.ts";
import { insightsService } from "./service.ts";

const now = new Date("2026-05-04T09:00:00Z");
const dayMs = 86_400_000;
const daysAgo = (n: number) => new Date(now.getTime() - n * dayMs);

interface Pair {
  spaceId: string;
  brokeTrust: { client: TestClient; accountId: string; memberId: string };
  hurt: { client: TestClient; accountId: string; memberId: string };
}

/** Robin broke trust (by both accounts), Kit was hurt. */
async function buildRolePair(
  server: TestServer,
  breachKinds: ("lying" | "neglect")[] = ["lying"],
): Promise<Pair> {
  const robin = server.client();
  const kit = server.client();
  const robinAccount = (await signUp(robin, "Robin")).account;
  const kitAccount = (await signUp(kit, "Kit")).account;
  const space = await buildSpace(robin, { view: "me", breachKinds });
  const { token } = await invite(robin, space.id);
  await kit.post("/api/invitations/accept", { token, view: "them" });
  const members = await server.handle.db
    .select()
    .from(spaceMembers)
    .where(and(eq(spaceMembers.spaceId, space.id), isNull(spaceMembers.leftAt)));
  const memberOf = (accountId: string) => members.find((m) => m.accountId === accountId)?.id ?? "";
  return {
    spaceId: space.id,
    brokeTrust: { client: robin, accountId: robinAccount.id, memberId: memberOf(robinAccount.id) },
    hurt: { client: kit, accountId: kitAccount.id, memberId: memberOf(kitAccount.id) },
  };
}

/**
 * Moves a space and its members' arrival back in time, as if they had been together since `at`: a
 * history written straight into the past must not predate the people who wrote and read it.
 */
async function togetherSince(server: TestServer, spaceId: string, at: Date) {
  await server.handle.db.update(spaces).set({ createdAt: at }).where(eq(spaces.id, spaceId));
  await server.handle.db.update(spaceMembers).set({ joinedAt: at }).where(eq(spaceMembers.spaceId, spaceId));
}

async function seededPair(server: TestServer): Promise<Pair> {
  const pair = await buildRolePair(server);
  const [first] = demoCheckins(now);
  if (first) await togetherSince(server, pair.spaceId, first.at);
  await seedCheckinHistory(
    server.handle.db,
    pair.spaceId,
    { brokeTrust: pair.brokeTrust.accountId, hurt: pair.hurt.accountId },
    now,
  );
  return pair;
}

async function insightsOf(client: TestClient, spaceId: string): Promise<InsightsView> {
  const response = await client.get(`/api/spaces/${spaceId}/insights`);
  expect(response.status).toBe(200);
  return response.body;
}

function summaries(view: InsightsView): string[] {
  const { trust, emotions } = view;
  return [
    trust.yourFeelings.summary,
    trust.theirFeelings?.summary,
    trust.theirRecord?.summary,
    trust.yourRecord.summary,
    emotions.yours.summary,
    emotions.theirs?.summary,
    view.consistency.summary,
    view.talks.summary,
    view.milestones.summary,
    view.conversation.summary,
    view.improvements.summary,
  ].filter((summary): summary is string => summary !== undefined);
}

const promiseEvidence = (memberId: string): EvidenceSource => {
  const events: TrustEvidence[] = [
    ...Array.from(
      { length: 20 },
      (_, i): TrustEvidence => ({ kind: "promise_kept", at: daysAgo(40 - 2 * i) }),
    ),
    { kind: "promise_missed", at: daysAgo(19), sourceId: "promise-9" },
  ];
  return async () => ({
    evidence: { [memberId]: events },
    facts: {
      promises: events.map((event) => ({
        ownerId: memberId,
        dueAt: event.at,
        outcome: event.kind === "promise_kept" ? "kept" : "missed",
      })),
      talks: [
        { startedAt: daysAgo(20), pauses: 2, outcome: "completed" },
        { startedAt: daysAgo(6), pauses: 0, outcome: "completed" },
      ],
      questionsAnswered: [{ memberId, at: daysAgo(3) }],
      conversation: [
        { at: daysAgo(20), helpful: 3, harmful: 2 },
        { at: daysAgo(6), helpful: 6, harmful: 1 },
      ],
    },
  });
};

describe.each(databaseKinds)("insights and help on %s", (kind) => {
  let server: TestServer;
  let seeded: Pair;
  beforeAll(async () => {
    server = await startTestServer(kind);
    seeded = await seededPair(server);
  });
  afterAll(() => server?.close());

  it("answers 404 to someone outside the space", async () => {
    const stranger = server.client();
    await signUp(stranger, "Stranger");
    await buildSpace(stranger);
    expect((await stranger.get(`/api/spaces/${seeded.spaceId}/insights`)).status).toBe(404);
    expect((await stranger.get(`/api/spaces/${seeded.spaceId}/help`)).status).toBe(404);
  });

  describe("for a seeded history", () => {
    it("shows the viewer their own ratings over time, with weekly averages and the dip marked", async () => {
      const view = await insightsOf(seeded.hurt.client, seeded.spaceId);
      const own = await server.handle.db
        .select()
        .from(checkins)
        .where(eq(checkins.memberId, seeded.hurt.memberId));
      expect(view.trust.yourFeelings.whose).toBe("you");
      expect(view.trust.yourFeelings.ratings).toHaveLength(own.length);
      expect(view.trust.yourFeelings.elements).toHaveLength(own.filter((c) => c.kind === "weekly").length);
      expect(view.trust.yourFeelings.weeks.some((week) => week.dip === true)).toBe(true);
      const averages = view.trust.yourFeelings.weeks.map((week) => week.average);
      expect(averages.at(-1)).toBeGreaterThan(averages[0] ?? 10);
    });

    it("shows the other person's ratings and feelings only as far as they shared them", async () => {
      const view = await insightsOf(seeded.hurt.client, seeded.spaceId);
      const theirs = await server.handle.db
        .select()
        .from(checkins)
        .where(eq(checkins.memberId, seeded.brokeTrust.memberId));
      expect(view.trust.theirFeelings?.ratings).toHaveLength(theirs.filter((c) => c.sharing.trustNow).length);
      expect(view.trust.theirFeelings?.elements).toEqual([]);
      const sharedFeelings = theirs.filter((c) => c.sharing.emotions).length;
      const counted = view.emotions.theirs?.weeks.reduce((total, week) => total + week.checkins, 0);
      expect(counted).toBe(sharedFeelings);
    });

    it("lays the emotions out week by week with no gaps, for a heat map", async () => {
      const view = await insightsOf(seeded.hurt.client, seeded.spaceId);
      const weeks = view.emotions.yours.weeks.map((week) => Date.parse(week.weekOf));
      expect(weeks.length).toBeGreaterThanOrEqual(9);
      weeks.slice(1).forEach((week, i) => {
        expect(week - (weeks[i] ?? 0)).toBe(7 * dayMs);
      });
      expect(view.emotions.yours.weeks[0]?.emotions.anger).toMatchObject({ strongest: expect.any(Number) });
      expect(view.emotions.theirs?.weeks.map((week) => week.weekOf)).toEqual(
        view.emotions.yours.weeks.map((week) => week.weekOf),
      );
    });

    it("gives a record with an uncertainty band that stays wide open while nothing is on record", async () => {
      const view = await insightsOf(seeded.hurt.client, seeded.spaceId);
      const record = view.trust.theirRecord;
      expect(record?.about).toBe("them");
      expect(record?.events).toBe(0);
      expect(record?.points.length).toBeGreaterThanOrEqual(9);
      for (const point of record?.points ?? []) {
        expect(point.overall).toEqual({ expected: 0.5, low: 0, high: 1, uncertainty: 1 });
        expect(point.elements.honesty.uncertainty).toBe(1);
      }
      expect(record?.current.confidence).toBe("too_early");
      expect(record?.stage).toBeUndefined();
      // The stage speaks to someone rebuilding trust they broke, about their own record only.
      expect(view.trust.yourRecord.stage).toBeUndefined();
      const robin = await insightsOf(seeded.brokeTrust.client, seeded.spaceId);
      expect(robin.trust.yourRecord.stage?.stage).toBe("predictability");
      expect(robin.trust.theirRecord?.stage).toBeUndefined();
    });

    it("celebrates the viewer's own check-in streaks, and never the other person's", async () => {
      const robin = await insightsOf(seeded.brokeTrust.client, seeded.spaceId);
      const kit = await insightsOf(seeded.hurt.client, seeded.spaceId);
      const streaks = (view: InsightsView) =>
        view.milestones.items
          .filter((m) => m.id.startsWith("checkin_streak"))
          .map((m) => `${m.id}:${m.whose}`);
      expect(streaks(robin)).toEqual(["checkin_streak_7:you", "checkin_streak_30:you"]);
      expect(streaks(kit)).toEqual(["checkin_streak_7:you"]);
    });

    it("says what improved this month, and frames expectations honestly", async () => {
      const view = await insightsOf(seeded.hurt.client, seeded.spaceId);
      expect(view.improvements.items.map((item) => item.id)).toContain("trust_rating_up");
      for (const item of view.improvements.items) expect(improvementIds).toContain(item.id);
      expect(view.framing.paragraphs.join(" ")).toMatch(/months/);
      expect(view.framing.paragraphs.join(" ")).toMatch(/deception/);
    });

    it("gives every chart a one-sentence summary for screen readers", async () => {
      for (const client of [seeded.hurt.client, seeded.brokeTrust.client]) {
        const all = summaries(await insightsOf(client, seeded.spaceId));
        expect(all).toHaveLength(11);
        for (const summary of all) {
          expect(summary.length).toBeGreaterThan(20);
          expect(summary).toMatch(/[.!]"?$/);
          expect(summary).not.toMatch(/undefined|NaN|\n/);
        }
      }
    });
  });

  describe("evidence from other features", () => {
    it("turns another feature's evidence into each person's record, with setbacks marked", async () => {
      const pair = await seededPair(server);
      const service = insightsService({
        db: server.handle.db,
        clock: () => now,
        sources: [checkinEvidence, promiseEvidence(pair.brokeTrust.memberId)],
      });
      const kit = await service.insights(pair.hurt.accountId, pair.spaceId);
      const robin = await service.insights(pair.brokeTrust.accountId, pair.spaceId);

      const record = kit.trust.theirRecord;
      expect(record?.events).toBe(21);
      expect(record?.current.overall.uncertainty).toBeLessThan(0.5);
      for (const point of record?.points ?? []) {
        expect(point.overall.low).toBeLessThanOrEqual(point.overall.expected);
        expect(point.overall.expected).toBeLessThanOrEqual(point.overall.high);
      }
      const setbacks = record?.points.filter((point) => point.setback) ?? [];
      expect(setbacks.map((point) => point.setback)).toEqual([
        { kinds: ["promise_missed"], elements: ["reliability"], sourceIds: ["promise-9"] },
      ]);
      // Robin's own record is the same evidence, read by Robin, with the stage in words for Robin.
      expect(robin.trust.yourRecord.points).toEqual(record?.points);
      expect(robin.trust.yourRecord.stage).toBeDefined();
      expect(kit.trust.yourRecord.events).toBe(0);
      expect(kit.trust.theirRecord?.summary).toMatch(
        /^From 21 recorded events, the record of what Robin has done/,
      );

      const promises = kit.consistency.items.find((i) => i.measure === "promises_kept" && i.about === "them");
      expect(promises).toMatchObject({ available: true, of: expect.any(Number) });
      expect(kit.consistency.items.find((i) => i.measure === "transparency_offered")?.available).toBe(false);
      expect(kit.talks).toMatchObject({ available: true, total: { held: 2, completed: 2, pauses: 2 } });
      expect(kit.conversation.available).toBe(true);
      expect(kit.conversation.overall).toMatchObject({ helpful: 9, harmful: 3 });
      const promiseMilestones = (view: InsightsView) =>
        view.milestones.items.filter((m) => m.id === "first_week_promises_kept").map((m) => m.whose);
      expect(promiseMilestones(kit)).toEqual(["them"]);
      expect(promiseMilestones(robin)).toEqual(["you"]);
    });

    it("compares the record with a month ago only when there is a month ago to compare with", async () => {
      const pair = await buildRolePair(server);
      const transparency = await pair.brokeTrust.client.post(`/api/spaces/${pair.spaceId}/transparency`, {
        note: "Told you about the dinner with my old colleague before you asked",
      });
      expect(transparency.status).toBe(201);
      const improvements = async () =>
        (await insightsOf(pair.hurt.client, pair.spaceId)).improvements.items.map((item) => item.id);
      // Day one: one thing on record today, nothing from before.
      expect(await improvements()).not.toContain("record_steadier");

      // Six weeks of kept promises, but in a space made today: the records can't speak for a month ago.
      const service = insightsService({
        db: server.handle.db,
        clock: () => now,
        sources: [promiseEvidence(pair.brokeTrust.memberId)],
      });
      const steadier = async () =>
        (await service.insights(pair.hurt.accountId, pair.spaceId)).improvements.items.map((item) => item.id);
      expect(await steadier()).not.toContain("record_steadier");

      await togetherSince(server, pair.spaceId, daysAgo(60));
      expect(await steadier()).toContain("record_steadier");
    });

    it("says 'not enough yet' for conversation health when no source supplies coach findings", async () => {
      const pair = await buildRolePair(server);
      const service = insightsService({ db: server.handle.db, clock: () => now, sources: [checkinEvidence] });
      const view = await service.insights(pair.hurt.accountId, pair.spaceId);
      expect(view.conversation).toMatchObject({ available: false, weeks: [], overall: null });
      expect(view.conversation.summary).toMatch(/^Not enough yet/);
    });

    it("shows real zeros, not 'not available', for what is wired in but has not happened yet", async () => {
      const view = await insightsOf(seeded.hurt.client, seeded.spaceId);
      expect(view.conversation).toMatchObject({ available: true, weeks: [], overall: null });
      expect(view.conversation.summary).toMatch(/^Not enough yet: nothing has been noted/);
      expect(view.talks.available).toBe(true);
      const answered = view.consistency.items.filter((item) => item.measure === "questions_answered");
      expect(answered.every((item) => item.available)).toBe(true);
    });

    it("shows a person alone in a space their own side, with nothing about anyone else", async () => {
      const solo = server.client();
      await signUp(solo, "Solo");
      const space = await buildSpace(solo, { otherName: "Jo" });
      const view = await insightsOf(solo, space.id);
      expect(view.otherName).toBe("Jo");
      expect(view.trust.theirFeelings).toBeNull();
      expect(view.trust.theirRecord).toBeNull();
      expect(view.emotions.theirs).toBeNull();
      expect(view.framing.paragraphs.join(" ")).toMatch(/deception/);
    });

    it("lists a hard question answered as a small victory only once the asker says it answered them", async () => {
      const pair = await buildRolePair(server);
      const { client: kit } = pair.hurt;
      const { client: robin } = pair.brokeTrust;
      const questions = `/api/spaces/${pair.spaceId}/questions`;
      const asked = await kit.post(questions, { text: "Where were you that weekend?", detail: "facts" });
      expect(asked.status).toBe(201);
      const question = `${questions}/${asked.body.id}`;
      expect((await robin.post(`${question}/answers`, { text: "At my brother's." })).status).toBe(200);
      const more = await kit.post(`${question}/review`, {
        verdict: "need_more",
        followUp: "Who else was there?",
      });
      expect(more.status).toBe(200);
      const victories = async (client: TestClient) =>
        (await insightsOf(client, pair.spaceId)).milestones.items.map((m) => m.id);
      expect(await victories(kit)).not.toContain("first_question_answered");
      expect(await victories(robin)).not.toContain("first_question_answered");

      expect((await robin.post(`${question}/answers`, { text: "Only the two of us." })).status).toBe(200);
      expect((await kit.post(`${question}/review`, { verdict: "answered" })).status).toBe(200);
      expect(await victories(robin)).toContain("first_question_answered");
    });

    it("speaks of deception only when the breach involved it", async () => {
      const pair = await buildRolePair(server, ["neglect"]);
      const view = await insightsOf(pair.hurt.client, pair.spaceId);
      expect(view.framing.paragraphs.join(" ")).not.toMatch(/deception/);
    });
  });

  describe("professional help", () => {
    const low = { kind: "daily", trustNow: 1, utcOffsetMinutes: 0, emotions: { sadness: 5 } };

    it("suggests help privately to the person whose private check-ins set it off, and to nobody else", async () => {
      const pair = await buildRolePair(server);
      for (let i = 0; i < 3; i += 1) await pair.hurt.client.post(`/api/spaces/${pair.spaceId}/checkins`, low);
      const own = await pair.hurt.client.get(`/api/spaces/${pair.spaceId}/help`);
      expect(own.body.suggestions).toEqual([
        expect.objectContaining({ rule: "hurt_overwhelming", shared: false, perspective: "self" }),
      ]);
      expect(Object.keys(own.body.suggestions[0]).sort()).toEqual(
        ["basis", "perspective", "recommend", "recommendation", "rule", "shared", "title", "why"].sort(),
      );
      const other = await pair.brokeTrust.client.get(`/api/spaces/${pair.spaceId}/help`);
      expect(other.body.suggestions).toEqual([]);
      expect(other.body.counselorGuide.sections.length).toBeGreaterThan(3);
    });

    it("shares a suggestion with both once it rests on what was shared, worded for each", async () => {
      const pair = await buildRolePair(server);
      const shared = { ...low, sharing: { trustNow: true, emotions: true } };
      for (let i = 0; i < 3; i += 1)
        await pair.hurt.client.post(`/api/spaces/${pair.spaceId}/checkins`, shared);
      const own = await pair.hurt.client.get(`/api/spaces/${pair.spaceId}/help`);
      const other = await pair.brokeTrust.client.get(`/api/spaces/${pair.spaceId}/help`);
      expect(own.body.suggestions).toEqual([
        expect.objectContaining({ rule: "hurt_overwhelming", shared: true, perspective: "self" }),
      ]);
      expect(other.body.suggestions).toEqual([
        expect.objectContaining({ rule: "hurt_overwhelming", shared: true, perspective: "other" }),
      ]);
    });

    it("suggests nothing from a readiness check: the taker's browser applies that rule to their own answers", async () => {
      const pair = await buildRolePair(server);
      const help = async (client: TestClient) => (await client.get(`/api/spaces/${pair.spaceId}/help`)).text;
      const before = [await help(pair.hurt.client), await help(pair.brokeTrust.client)];
      const blocked = await sealedReadiness(answers({ hidden: "yes", addiction: "untreated" }));
      expect((await pair.hurt.client.post(`/api/spaces/${pair.spaceId}/readiness`, blocked)).status).toBe(
        201,
      );
      expect([await help(pair.hurt.client), await help(pair.brokeTrust.client)]).toEqual(before);
      expect(before.join("\n")).not.toContain("readiness_blocker");
    });
  });
});
