import { randomUUID } from "node:crypto";
import { answers, calm } from "@mend/core/readiness/sample-answers";
import { count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import { buildPair } from "../../../test/support/factories.ts";
import type { TestClient } from "../../../test/support/http-client.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";
import { memberIdOf, opened, resealed, sealedReadiness } from "../../../test/support/vault.ts";
import { spaceEvents } from "../spaces/tables.ts";
import { readinessChecks } from "./tables.ts";

/** Answers that, assessed in the taker's browser, point to the safety path. */
const afraid = answers({ fear: "yes", control: ["phone", "money"], outside_help: "no" });

describe.each(databaseKinds)("the readiness check and the journey on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  async function pair(): Promise<{ robin: TestClient; kit: TestClient; spaceId: string }> {
    const robin = server.client();
    const kit = server.client();
    const space = await buildPair(robin, kit);
    return { robin, kit, spaceId: space.id };
  }

  async function rowCounts() {
    const db = server.handle.db;
    const [checks] = await db.select({ n: count() }).from(readinessChecks);
    const [events] = await db.select({ n: count() }).from(spaceEvents);
    return { checks: checks?.n, events: events?.n };
  }

  /** What a member can read about the space that could ever change with a readiness check. */
  async function seenBy(client: TestClient, spaceId: string, own = ["readiness"]): Promise<string> {
    const paths = [
      `/api/spaces/${spaceId}`,
      "/api/spaces",
      ...["journey", "deciding", "help", ...own].map((page) => `/api/spaces/${spaceId}/${page}`),
    ];
    const bodies = [];
    for (const path of paths) bodies.push((await client.get(path)).text);
    return bodies.join("\n");
  }

  it("refuses answers in the clear, a check without its id or envelope, and a taken id, storing nothing", async () => {
    const { kit, spaceId } = await pair();
    const path = `/api/spaces/${spaceId}/readiness`;
    const check = await sealedReadiness(calm);
    const before = await rowCounts();
    for (const body of [
      { answers: calm },
      { ...check, answers: calm },
      { sealed: check.sealed },
      { id: check.id },
      { id: check.id, sealed: "CANARY-plain" },
      { id: "not-an-id", sealed: check.sealed },
      { id: check.id, sealed: JSON.stringify(calm) },
    ]) {
      const response = await kit.post(path, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.code).toBe("validation_failed");
      expect(response.body.error.message).toEqual(expect.any(String));
    }
    const plain = await kit.post(path, { ...check, answers: calm });
    expect(plain.body.error.message).toContain("answers");
    expect(await rowCounts()).toEqual(before);
    expect((await kit.get(path)).body).toEqual({ checks: [] });

    expect((await kit.post(path, check)).status).toBe(201);
    const afterFirst = await rowCounts();
    const clash = { id: check.id, sealed: await resealed("readiness-answers", check.id, "{}") };
    expect((await kit.post(path, clash)).status).toBe(409);
    expect(await rowCounts()).toEqual(afterFirst);
    const [row] = await server.handle.db
      .select()
      .from(readinessChecks)
      .where(eq(readinessChecks.id, check.id));
    expect(row).toMatchObject({ sealedAnswers: check.sealed, answers: null });
  });

  it("keeps only the envelope and the time: the taker's browser opens the answers, the server has no outcome", async () => {
    const { kit, spaceId } = await pair();
    const check = await sealedReadiness(afraid);
    const submitted = await kit.post(`/api/spaces/${spaceId}/readiness`, check);
    expect(submitted.status).toBe(201);
    expect(submitted.body.checks).toHaveLength(1);
    const [own] = submitted.body.checks;
    expect(Object.keys(own).sort()).toEqual(["completedAt", "id", "sealedAnswers"]);
    expect(own).toMatchObject({ id: check.id, sealedAnswers: check.sealed });
    expect(JSON.parse(await opened("readiness-answers", check.id, own.sealedAnswers))).toEqual(afraid);
    expect((await kit.get(`/api/spaces/${spaceId}/readiness`)).body).toEqual(submitted.body);

    const rows = await server.handle.db
      .select()
      .from(readinessChecks)
      .where(eq(readinessChecks.id, check.id));
    expect(rows).toEqual([
      {
        id: check.id,
        spaceId,
        memberId: expect.any(String),
        sealedAnswers: check.sealed,
        answers: null,
        completedAt: expect.any(Date),
      },
    ]);
    const columns = await server.handle.db.execute(
      sql`select column_name from information_schema.columns where table_name = 'readiness_checks'`,
    );
    expect(JSON.stringify(columns)).not.toContain('"path"');
    // The space's record says only that a check was taken.
    const events = await server.handle.db.select().from(spaceEvents).where(eq(spaceEvents.spaceId, spaceId));
    expect(events.filter((event) => event.kind === "readiness.completed")).toHaveLength(1);
    const logs = server.logs();
    expect(logs).not.toContain(check.sealed);
    expect(logs).not.toContain("physical_harm");
  });

  it("tells each member only whether a check was taken, and starts the journey there", async () => {
    const { robin, kit, spaceId } = await pair();
    const journey = (client: TestClient) => client.get(`/api/spaces/${spaceId}/journey`);
    expect((await journey(robin)).body.yourNextStep.id).toBe("readiness_check");
    expect((await journey(robin)).body.readiness).toEqual({ youCompleted: false, otherCompleted: false });

    expect((await robin.post(`/api/spaces/${spaceId}/readiness`, await sealedReadiness(calm))).status).toBe(
      201,
    );
    const robinSees = (await journey(robin)).body;
    expect(robinSees.readiness).toEqual({ youCompleted: true, otherCompleted: false });
    expect(robinSees.yourNextStep.id).not.toBe("readiness_check");
    expect((await journey(kit)).body.readiness).toEqual({ youCompleted: false, otherCompleted: true });
    expect((await kit.get(`/api/spaces/${spaceId}/readiness`)).body).toEqual({ checks: [] });
    expect(robinSees.phases.map((p: { phase: string }) => p.phase)).toEqual([
      "acknowledge",
      "responsibility",
      "communication",
      "agreements",
      "consistency",
      "forgiveness",
      "closeness",
      "maintain",
    ]);
  });

  it("answers the taker and the other member the same whatever the answers say, even on the safety path", async () => {
    const { robin, kit, spaceId } = await pair();
    await kit.post(`/api/spaces/${spaceId}/readiness`, await sealedReadiness(calm));
    // Only when the check was taken may differ for the taker; nothing else the server sends does.
    const withoutTime = (text: string) => text.replace(/"takenAt":"[^"]+"/g, "");
    const robinBefore = await seenBy(robin, spaceId);
    const kitBefore = withoutTime(await seenBy(kit, spaceId, []));

    expect((await kit.post(`/api/spaces/${spaceId}/readiness`, await sealedReadiness(afraid))).status).toBe(
      201,
    );
    expect(await seenBy(robin, spaceId)).toBe(robinBefore);
    expect(withoutTime(await seenBy(kit, spaceId, []))).toBe(kitBefore);
    const kitJourney = (await kit.get(`/api/spaces/${spaceId}/journey`)).body;
    expect(kitJourney.yourNextStep.id).not.toBe("safety");
    expect(kitJourney.readiness).toEqual({ youCompleted: true, otherCompleted: false });
  });

  it("shows a check from before the vault to its taker only, and forgets its answers once sealed", async () => {
    const { robin, kit, spaceId } = await pair();
    const id = randomUUID();
    await server.handle.db.insert(readinessChecks).values({
      id,
      spaceId,
      memberId: await memberIdOf(server.handle.db, kit, spaceId),
      answers: answers({ intent: "not_sure" }),
      completedAt: new Date(),
    });
    const path = `/api/spaces/${spaceId}/readiness`;
    const [own] = (await kit.get(path)).body.checks;
    expect(own).toMatchObject({ id, plainAnswers: answers({ intent: "not_sure" }) });
    expect("sealedAnswers" in own).toBe(false);
    expect((await robin.get(path)).body).toEqual({ checks: [] });
    expect(await seenBy(robin, spaceId)).not.toContain("not_sure");

    const sealed = await resealed("readiness-answers", id, JSON.stringify(answers({ intent: "not_sure" })));
    const seal = (client: TestClient, checkId: string, body: unknown) =>
      client.request("PUT", `${path}/${checkId}/answers`, body);
    expect((await seal(robin, id, { sealed })).status).toBe(404);
    expect((await seal(kit, randomUUID(), { sealed })).status).toBe(404);
    expect((await seal(kit, "not-an-id", { sealed })).status).toBe(404);
    expect((await seal(kit, id, { answers: calm })).status).toBe(400);
    expect((await seal(kit, id, { sealed: "CANARY-plain" })).status).toBe(400);
    const [untouched] = await server.handle.db
      .select()
      .from(readinessChecks)
      .where(eq(readinessChecks.id, id));
    expect(untouched).toMatchObject({ sealedAnswers: null, answers: answers({ intent: "not_sure" }) });

    const upgraded = await seal(kit, id, { sealed });
    expect(upgraded.status).toBe(200);
    expect(upgraded.body.checks).toEqual([{ id, completedAt: own.completedAt, sealedAnswers: sealed }]);
    const [row] = await server.handle.db.select().from(readinessChecks).where(eq(readinessChecks.id, id));
    expect(row).toMatchObject({ sealedAnswers: sealed, answers: null });

    // Sealed answers are not rewritten.
    const again = await seal(kit, id, {
      sealed: await resealed("readiness-answers", id, JSON.stringify(calm)),
    });
    expect(again.status).toBe(409);
    const [kept] = await server.handle.db.select().from(readinessChecks).where(eq(readinessChecks.id, id));
    expect(kept).toMatchObject({ sealedAnswers: sealed, answers: null });
    expect(await seenBy(robin, spaceId)).not.toContain(sealed);
  });
});

describe.each(databaseKinds)("safety resources on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  it("serves the help lines to anyone, signed in or not", async () => {
    const response = await server.client().get("/api/safety-resources");
    expect(response.status).toBe(200);
    const codes = response.body.countries.map((c: { code: string }) => c.code);
    expect(codes).toEqual(expect.arrayContaining(["US", "GB", "AU"]));
    expect(response.body.fallback.emergency).toBeTruthy();
  });
});
