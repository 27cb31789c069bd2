import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import { buildPair } from "../../../test/support/factories.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";
import { spaces } from "../spaces/tables.ts";
import { agreementEvents, agreementVersions, boundaryVersions } from "./tables.ts";
import { agreementTerms } from "./test-fixtures.ts";

/** The database's own message for a refused statement (the driver wraps it). */
async function refusal(statement: Promise<unknown>): Promise<string> {
  try {
    await statement;
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause;
    return cause instanceof Error ? cause.message : String(error);
  }
  return "accepted";
}

describe.each(databaseKinds)("append-only history on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  async function spaceWithHistory() {
    const robin = server.client();
    const kit = server.client();
    const space = await buildPair(robin, kit);
    const agreement = await robin.post(`/api/spaces/${space.id}/agreements`, agreementTerms());
    await kit.post(`/api/spaces/${space.id}/boundaries`, { statement: "I need quiet mornings" });
    const promise = await robin.post(`/api/spaces/${space.id}/promises`, {
      text: "Call at six",
      schedule: { kind: "daily", time: "18:00", startsOn: "2026-05-04" },
      timeZone: "Europe/London",
    });
    await robin.post(`/api/spaces/${space.id}/promises/${promise.body.id}/marks`, {
      occurrence: "2026-05-04T18:00",
      outcome: "kept",
    });
    return { spaceId: space.id, agreementId: agreement.body.id as string };
  }

  it.each(["agreements", "agreement_versions", "agreement_events", "boundary_versions", "promise_marks"])(
    "refuses to update or delete rows of %s",
    async (table) => {
      await spaceWithHistory();
      const db = server.handle.db;
      expect(await refusal(db.execute(sql`update ${sql.identifier(table)} set id = id`))).toMatch(
        /append-only/,
      );
      expect(await refusal(db.execute(sql`delete from ${sql.identifier(table)}`))).toMatch(/append-only/);
    },
  );

  it("refuses to change what a promise says, and to end it twice", async () => {
    await spaceWithHistory();
    const db = server.handle.db;
    expect(await refusal(db.execute(sql`update promises set text = 'something else'`))).toMatch(
      /cannot be changed/,
    );
    expect(await refusal(db.execute(sql`update promises set ended_at = now()`))).toBe("accepted");
    expect(await refusal(db.execute(sql`update promises set end_note = 'later'`))).toMatch(
      /cannot be changed/,
    );
  });

  it("still lets a whole space be removed, taking its history with it", async () => {
    const { spaceId, agreementId } = await spaceWithHistory();
    const db = server.handle.db;
    await db.delete(spaces).where(eq(spaces.id, spaceId));
    expect(
      await db.select().from(agreementVersions).where(eq(agreementVersions.agreementId, agreementId)),
    ).toEqual([]);
    expect(
      await db.select().from(agreementEvents).where(eq(agreementEvents.agreementId, agreementId)),
    ).toEqual([]);
    expect((await db.select().from(boundaryVersions)).length).toBeGreaterThan(0);
  });
});
