import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import { buildSpace, signUp } from "../../../test/support/factories.ts";
import type { TestClient } from "../../../test/support/http-client.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";
import { spaceEvents, spaceMembers } from "../spaces/tables.ts";
import { agreementEvents, agreementVersions } from "./tables.ts";
import { agreementTerms, pairWithClock } from "./test-fixtures.ts";

const dayMs = 86_400_000;

describe.each(databaseKinds)("agreements on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  /** Robin broke trust, Kit was hurt; both agree on that. */
  async function pair() {
    const people = await pairWithClock(server);
    return { ...people, base: `/api/spaces/${people.spaceId}/agreements` };
  }

  async function propose(client: TestClient, base: string, overrides: Record<string, unknown> = {}) {
    const response = await client.post(base, agreementTerms(overrides));
    expect(response.status).toBe(201);
    return response.body as { id: string; pending: { id: string } };
  }

  async function active(overrides: Record<string, unknown> = {}) {
    const people = await pair();
    const proposed = await propose(people.robin, people.base, overrides);
    const accepted = await people.kit.post(`${people.base}/${proposed.id}/accept`, {
      pendingId: proposed.pending.id,
    });
    expect(accepted.status).toBe(200);
    return { ...people, id: proposed.id, url: `${people.base}/${proposed.id}` };
  }

  const history = async (id: string) =>
    (await server.handle.db.select().from(agreementEvents).where(eq(agreementEvents.agreementId, id))).length;

  describe("who may see and act", () => {
    it("answers 404 to someone outside the space, for reading and for every action", async () => {
      const { url } = await active();
      const stranger = server.client();
      await signUp(stranger, "Stranger");
      await buildSpace(stranger);
      expect((await stranger.get(url)).status).toBe(404);
      for (const action of ["accept", "decline", "cancel"]) {
        expect((await stranger.post(`${url}/${action}`, { pendingId: "x" })).status).toBe(404);
      }
      for (const action of ["renew", "retire", "withdraw"])
        expect((await stranger.post(`${url}/${action}`, {})).status).toBe(404);
      expect((await stranger.post(`${url}/revise`, agreementTerms())).status).toBe(404);
      expect((await stranger.post(`${url}/breaches`, { by: "me", account: "x" })).status).toBe(404);
    });

    it("asks for the other person before an agreement can be proposed", async () => {
      const alone = server.client();
      await signUp(alone, "Alone");
      const space = await buildSpace(alone);
      const response = await alone.post(`/api/spaces/${space.id}/agreements`, agreementTerms());
      expect(response.status).toBe(409);
      expect(response.body.error.message).toMatch(/Invite the other person/);
    });
  });

  describe("negotiating", () => {
    it("lets only the other person accept, and refuses an answer to terms they haven't seen", async () => {
      const { robin, kit, base, spaceId } = await pair();
      const proposed = await propose(robin, base);
      expect(proposed).toMatchObject({ state: "proposed", awaiting: "other", inForce: false });
      const url = `${base}/${proposed.id}`;
      const own = await robin.post(`${url}/accept`, { pendingId: proposed.pending.id });
      expect(own.status).toBe(403);
      expect(own.body.error.message).toMatch(/your own proposal/);
      expect(
        (await kit.post(`${url}/accept`, { pendingId: "00000000-0000-4000-8000-000000000000" })).status,
      ).toBe(409);
      expect(await history(proposed.id)).toBe(1);

      const seen = await kit.get(url);
      expect(seen.body).toMatchObject({
        awaiting: "you",
        can: { accept: true, counter: true, decline: true, cancel: false },
      });
      const accepted = await kit.post(`${url}/accept`, { pendingId: proposed.pending.id });
      expect(accepted.status).toBe(200);
      expect(accepted.body).toMatchObject({ state: "active", inForce: true, pending: null, awaiting: null });
      expect(
        accepted.body.history.map((h: { action: string; by: string; outcome: string | null }) => [
          h.action,
          h.by,
          h.outcome,
        ]),
      ).toEqual([
        ["propose", "other", null],
        ["accept", "you", "activated"],
      ]);
      const events = await server.handle.db
        .select()
        .from(spaceEvents)
        .where(eq(spaceEvents.spaceId, spaceId));
      expect(events.map((e) => e.kind).filter((k) => k.startsWith("agreement."))).toEqual([
        "agreement.propose",
        "agreement.accept",
      ]);
    });

    it("goes back and forth with counters, keeping every version, until one side accepts", async () => {
      const { robin, kit, base } = await pair();
      const proposed = await propose(robin, base);
      const url = `${base}/${proposed.id}`;
      const countered = await kit.post(`${url}/counter`, {
        ...agreementTerms({ what: "Phones away at dinner on weekdays" }),
        pendingId: proposed.pending.id,
      });
      expect(countered.status).toBe(200);
      expect(countered.body).toMatchObject({
        state: "countered",
        awaiting: "other",
        terms: { what: "Phones away at dinner on weekdays" },
      });
      expect((await kit.post(`${url}/accept`, { pendingId: countered.body.pending.id })).status).toBe(403);
      const again = await robin.post(`${url}/counter`, {
        ...agreementTerms({ what: "Phones away at dinner, weekends too when we're home" }),
        pendingId: countered.body.pending.id,
      });
      expect(again.body.state).toBe("countered");
      const done = await kit.post(`${url}/accept`, { pendingId: again.body.pending.id });
      expect(done.body).toMatchObject({
        state: "active",
        terms: { what: "Phones away at dinner, weekends too when we're home" },
      });
      expect(done.body.versions.map((v: { author: string }) => v.author)).toEqual(["other", "you", "other"]);
      expect(done.body.history.map((h: { state: string }) => h.state)).toEqual([
        "proposed",
        "countered",
        "countered",
        "active",
      ]);
    });

    it("ends a proposal when the other person declines it or its author takes it back", async () => {
      const { robin, kit, base } = await pair();
      const first = await propose(robin, base);
      expect((await robin.post(`${base}/${first.id}/decline`, { pendingId: first.pending.id })).status).toBe(
        403,
      );
      const declined = await kit.post(`${base}/${first.id}/decline`, {
        pendingId: first.pending.id,
        note: "Not yet",
      });
      expect(declined.body).toMatchObject({ state: "declined", endedAt: expect.any(String) });
      expect(declined.body.history.at(-1)).toMatchObject({ action: "decline", note: "Not yet" });
      expect((await kit.post(`${base}/${first.id}/accept`, { pendingId: first.pending.id })).status).toBe(
        409,
      );

      const second = await propose(robin, base);
      expect((await kit.post(`${base}/${second.id}/cancel`, { pendingId: second.pending.id })).status).toBe(
        403,
      );
      const cancelled = await robin.post(`${base}/${second.id}/cancel`, { pendingId: second.pending.id });
      expect(cancelled.body.state).toBe("cancelled");
    });

    it("refuses bad input with a clear 400 and changes nothing", async () => {
      const { robin, base, spaceId } = await pair();
      const before = await server.handle.db.select().from(agreementVersions);
      const cases: [Record<string, unknown>, string, RegExp][] = [
        [{ what: "   " }, "what", /can't be empty/],
        [{ topic: "money" }, "topic", /Choose what the agreement is about/],
        [{ appliesTo: "them" }, "appliesTo", /you, them or both/],
        [{ timeZone: "Mars/Base" }, "timeZone", /time zone/],
        [{ review: { kind: "every", count: 13, unit: "months" } }, "review.count", /once a year/],
        [{ review: { kind: "on", date: "2026-02-30" } }, "review.date", /real date/],
        [{ review: { kind: "on", date: "2026-05-01" } }, "review", /after today/],
        [{ colour: "blue" }, "body", /./],
      ];
      for (const [overrides, field, message] of cases) {
        const response = await robin.post(base, agreementTerms(overrides));
        expect({ overrides, status: response.status }).toEqual({ overrides, status: 400 });
        expect(response.body.error.code).toBe("validation_failed");
        if (field !== "body") expect(response.body.error.fields[field]).toMatch(message);
      }
      expect(await server.handle.db.select().from(agreementVersions)).toHaveLength(before.length);
      expect((await robin.get(`/api/spaces/${spaceId}/agreements`)).body.agreements).toEqual([]);
    });
  });

  describe("in force", () => {
    it("becomes due for review on its review date, and the home page lists it", async () => {
      const { robin, kit, later, spaceId, url, id } = await active({
        review: { kind: "every", count: 1, unit: "weeks" },
      });
      const reviews = `/api/spaces/${spaceId}/agreements/reviews`;
      expect((await kit.get(reviews)).body).toMatchObject({ due: [], upcoming: [{ agreementId: id }] });
      await later(7 * dayMs);
      const due = await robin.get(url);
      expect(due.body).toMatchObject({ state: "due_for_review", review: { due: true } });
      expect((await kit.get(reviews)).body.due).toEqual([
        { agreementId: id, what: agreementTerms().what, nextReviewAt: due.body.review.nextReviewAt },
      ]);
    });

    it("renews only when the other person accepts, and restarts the review clock", async () => {
      const { robin, kit, later, url } = await active();
      await later(8 * dayMs);
      const renewing = await robin.post(`${url}/renew`, {});
      expect(renewing.body).toMatchObject({
        state: "under_review",
        pending: { kind: "renewal", by: "you" },
        inForce: true,
      });
      expect((await robin.post(`${url}/accept`, { pendingId: renewing.body.pending.id })).status).toBe(403);
      const renewed = await kit.post(`${url}/accept`, { pendingId: renewing.body.pending.id });
      expect(renewed.body).toMatchObject({ state: "active", review: { due: false } });
      expect(renewed.body.history.at(-1).outcome).toBe("renewed");
      expect(Date.parse(renewed.body.review.nextReviewAt)).toBeGreaterThan(
        Date.parse(renewing.body.review.nextReviewAt),
      );
    });

    it("keeps the current terms in force while a revision waits, and switches when it is accepted", async () => {
      const { robin, kit, url } = await active();
      const revising = await kit.post(
        `${url}/revise`,
        agreementTerms({ what: "Phones away at dinner and in bed" }),
      );
      expect(revising.body).toMatchObject({
        state: "under_review",
        terms: { what: agreementTerms().what },
        pending: { kind: "revision", terms: { what: "Phones away at dinner and in bed" } },
      });
      expect((await kit.post(`${url}/revise`, agreementTerms())).status).toBe(409);
      const declined = await robin.post(`${url}/decline`, { pendingId: revising.body.pending.id });
      expect(declined.body).toMatchObject({
        state: "active",
        terms: { what: agreementTerms().what },
        pending: null,
      });
      const again = await kit.post(
        `${url}/revise`,
        agreementTerms({ what: "Phones away at dinner and in bed" }),
      );
      const revised = await robin.post(`${url}/accept`, { pendingId: again.body.pending.id });
      expect(revised.body).toMatchObject({
        state: "active",
        terms: { what: "Phones away at dinner and in bed" },
      });
      expect(revised.body.history.at(-1).outcome).toBe("revised");
    });

    it("retires only when both agree; a declined retirement leaves it in force", async () => {
      const { robin, kit, url } = await active();
      const proposing = await robin.post(`${url}/retire`, { note: "It has done its job" });
      expect(proposing.body).toMatchObject({
        state: "under_review",
        pending: { kind: "retirement", terms: null },
      });
      const kept = await kit.post(`${url}/decline`, { pendingId: proposing.body.pending.id });
      expect(kept.body.state).toBe("active");
      const again = await kit.post(`${url}/retire`, {});
      const retired = await robin.post(`${url}/accept`, { pendingId: again.body.pending.id });
      expect(retired.body).toMatchObject({ state: "retired", inForce: false, endedAt: expect.any(String) });
      expect((await robin.post(`${url}/renew`, {})).status).toBe(409);
    });

    it("lets only a person the agreement binds withdraw, at any time, with a note the other sees", async () => {
      const { robin, kit, url } = await active({
        appliesTo: "me",
        topic: "transparency",
        what: "I share my plans for the day",
      });
      const notBound = await kit.post(`${url}/withdraw`, {});
      expect(notBound.status).toBe(403);
      expect(notBound.body.error.message).toMatch(/doesn't ask anything of you/);
      await kit.post(`${url}/renew`, {});
      const withdrawn = await robin.post(`${url}/withdraw`, {
        note: "This started to feel like being watched",
      });
      expect(withdrawn.body).toMatchObject({ state: "withdrawn", pending: null });
      const seen = await kit.get(url);
      expect(seen.body.history.at(-1)).toMatchObject({
        action: "withdraw",
        by: "other",
        note: "This started to feel like being watched",
      });
    });
  });

  describe("control", () => {
    it("warns both people about wording that takes away freedom, and explains boundary and control", async () => {
      const { robin, kit, base } = await pair();
      const proposed = await propose(kit, base, {
        what: "You share your location with me at all times and you stop seeing your friends",
        appliesTo: "you",
        topic: "transparency",
      });
      for (const client of [robin, kit]) {
        const view = await client.get(`${base}/${proposed.id}`);
        expect(view.body.terms.warnings.map((w: { kind: string }) => w.kind)).toEqual([
          "surveillance",
          "isolation",
        ]);
        expect(view.body.controlNotice).toMatch(/boundary/);
      }
      const freely = await propose(robin, base, {
        what: "I tell you my plans before I go out",
        appliesTo: "me",
      });
      expect(freely).toMatchObject({ controlNotice: null, terms: { warnings: [] } });
    });

    it("checks a draft without storing anything", async () => {
      const { robin, base } = await pair();
      const before = await server.handle.db.select().from(agreementVersions);
      const response = await robin.post(`${base}/control-check`, {
        texts: ["You need my permission to go out"],
      });
      expect(response.body).toMatchObject({ warnings: [{ kind: "movement" }], notice: expect.any(String) });
      expect(await server.handle.db.select().from(agreementVersions)).toHaveLength(before.length);
    });
  });

  describe("breaches", () => {
    it("records a self-report as told by the person, with nothing for anyone to answer", async () => {
      const { robin, kit, url } = await active();
      const reported = await robin.post(`${url}/breaches`, {
        by: "me",
        account: "I answered a work call at dinner",
      });
      expect(reported.status).toBe(201);
      expect(reported.body.breachReports).toEqual([
        expect.objectContaining({
          reportedBy: "you",
          breachedBy: "you",
          selfReported: true,
          response: null,
          can: { respond: false },
        }),
      ]);
      const seen = await kit.get(url);
      expect(seen.body.breachReports[0]).toMatchObject({
        reportedBy: "other",
        breachedBy: "other",
        selfReported: true,
      });
      expect(seen.body.breaches).toEqual({ total: 1, selfReported: 1, awaitingYourAnswer: 0 });
    });

    it("lets only the reported person agree or dispute, once, with their account", async () => {
      const { robin, kit, url } = await active();
      const reported = await kit.post(`${url}/breaches`, {
        by: "them",
        account: "Your phone was out at dinner on Tuesday",
        happenedAt: "2026-05-03T19:00:00Z",
      });
      const breach = reported.body.breachReports[0];
      expect(breach).toMatchObject({
        selfReported: false,
        breachedBy: "other",
        happenedAt: "2026-05-03T19:00:00.000Z",
      });
      expect((await kit.post(`${url}/breaches/${breach.id}/response`, { response: "agree" })).status).toBe(
        403,
      );
      expect((await robin.get(url)).body.breaches.awaitingYourAnswer).toBe(1);
      const answered = await robin.post(`${url}/breaches/${breach.id}/response`, {
        response: "dispute",
        account: "I was showing you a photo",
      });
      expect(answered.body.breachReports[0].response).toMatchObject({
        response: "disputed",
        by: "you",
        account: "I was showing you a photo",
      });
      expect((await robin.post(`${url}/breaches/${breach.id}/response`, { response: "agree" })).status).toBe(
        409,
      );
    });

    it("refuses a breach against someone the agreement doesn't bind, or when it isn't in force", async () => {
      const { robin, kit, url, base } = await active({ appliesTo: "me" });
      expect((await robin.post(`${url}/breaches`, { by: "them", account: "x" })).status).toBe(403);
      expect((await kit.post(`${url}/breaches`, { by: "me", account: "x" })).status).toBe(403);
      const future = await kit.post(`${url}/breaches`, {
        by: "them",
        account: "x",
        happenedAt: "2030-01-01T00:00:00Z",
      });
      expect(future.status).toBe(400);
      const proposed = await propose(robin, base);
      expect((await robin.post(`${base}/${proposed.id}/breaches`, { by: "me", account: "x" })).status).toBe(
        409,
      );
    });
  });

  it("shows both people the same record, and never a member id", async () => {
    const { robin, kit, url, spaceId } = await active();
    await robin.post(`${url}/breaches`, { by: "me", account: "I was late" });
    const [mine, theirs] = [await robin.get(url), await kit.get(url)];
    const keys = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(keys)
        : value && typeof value === "object"
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, keys(v)]))
          : typeof value;
    expect(keys(theirs.body)).toEqual(keys(mine.body));
    expect(theirs.body.versions).toHaveLength(mine.body.versions.length);
    const members = await server.handle.db
      .select()
      .from(spaceMembers)
      .where(eq(spaceMembers.spaceId, spaceId));
    for (const member of members) {
      expect(mine.text).not.toContain(member.id);
      expect(theirs.text).not.toContain(member.id);
    }
  });
});
