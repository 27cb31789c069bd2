import { randomUUID } from "node:crypto";
import { answers } from "@mend/core/readiness/sample-answers";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import { expectExport } from "../../../test/support/export.ts";
import { buildPair, buildSpace, signUp } from "../../../test/support/factories.ts";
import type { TestClient } from "../../../test/support/http-client.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";
import { memberIdOf, sealedReadiness, testVault } from "../../../test/support/vault.ts";
import { privateEntries } from "../solo/tables.ts";

const words = (overrides: Record<string, unknown> = {}) => ({
  path: "repair_period",
  timeFrame: { amount: 3, unit: "months" },
  revisitOn: "2027-03-01",
  wants: "DECIDE-WANTS-CANARY to feel steady again",
  fears: "DECIDE-FEARS-CANARY being lied to again",
  mustChange: "DECIDE-CHANGE-CANARY full openness about money",
  ...overrides,
});

describe.each(databaseKinds)("deciding whether to stay, leave or take time on %s", (kind) => {
  let server: TestServer;
  let robin: TestClient;
  let kit: TestClient;
  let spaceId: string;
  // Robin's browser: decisions are sealed there, and the server keeps the envelopes.
  const vault = testVault();
  const url = (path = "") => `/api/spaces/${spaceId}/deciding${path}`;
  /** What Robin's browser sends for a decision: its id, its words sealed under it, and the revisit date. */
  const decision = async (overrides: Record<string, unknown> = {}) => {
    const id = randomUUID();
    const decided = words(overrides);
    return {
      id,
      sealed: await vault.seal("solo-decision", id, JSON.stringify(decided)),
      revisitOn: decided.revisitOn as string,
    };
  };
  const opened = async (view: { id: string; sealed: string }) =>
    JSON.parse(await vault.open("solo-decision", view.id, view.sealed));
  const share = (client: TestClient, id: string, body: Record<string, unknown>) =>
    client.request("PUT", url(`/decisions/${id}/sharing`), body);
  const rowOf = async (id: string) =>
    (await server.handle.db.select().from(privateEntries).where(eq(privateEntries.id, id)))[0];
  const rowsHolding = async (text: string) => {
    const result = await server.handle.db.execute(
      sql`select count(*)::int as n from private_entries
          where concat(sealed, body::text, shared_texts::text) like ${`%${text}%`}`,
    );
    // Either database's driver answers in its own shape; the count reads the same in both.
    return Number(/"n":(\d+)/.exec(JSON.stringify(result))?.[1]);
  };

  beforeAll(async () => {
    server = await startTestServer(kind);
    robin = server.client();
    kit = server.client();
    spaceId = (await buildPair(robin, kit)).id;
  });
  afterAll(() => server?.close());

  it("offers a partner the three paths and starts with no decision and no readiness check", async () => {
    const view = (await robin.get(url())).body;
    expect(view).toEqual({
      relationship: "partner",
      paths: ["as_is", "separate", "repair_period"],
      readiness: null,
      decisions: [],
      sharedWithYou: [],
    });
  });

  it("says only when the person took the readiness check: what it found is worked out in their browser", async () => {
    const check = await sealedReadiness(answers({ outside_help: "no" }));
    expect((await robin.post(`/api/spaces/${spaceId}/readiness`, check)).status).toBe(201);
    const { readiness } = (await robin.get(url())).body;
    expect(readiness).toEqual({ takenAt: expect.any(String) });
    expect((await kit.get(url())).body.readiness).toBeNull();
  });

  it("records sealed decisions and keeps the earlier ones, refusing words in the clear without changing anything", async () => {
    const good = await decision();
    const refusals = [
      words(),
      { ...good, ...words() },
      { ...good, wants: "DECIDE-WANTS-CANARY" },
      { sealed: good.sealed, revisitOn: good.revisitOn },
      { id: good.id, revisitOn: good.revisitOn },
      { id: good.id, sealed: "DECIDE-WANTS-CANARY", revisitOn: good.revisitOn },
      { ...good, revisitOn: "next week" },
      { id: good.id, sealed: good.sealed },
      { ...good, extra: true },
    ];
    for (const body of refusals) {
      const refused = await robin.post(url("/decisions"), body);
      expect(refused.status, JSON.stringify(body)).toBe(400);
    }
    expect((await robin.get(url())).body.decisions).toEqual([]);
    expect(await rowsHolding("CANARY")).toBe(0);

    const first = await robin.post(
      url("/decisions"),
      await decision({ path: "as_is", revisitOn: "2027-01-10" }),
    );
    expect(first.status, first.text).toBe(201);
    expect(first.body).toEqual({
      id: expect.any(String),
      sealed: expect.stringMatching(/^mv1\./),
      plain: null,
      decidedAt: expect.any(String),
      sharedParts: [],
    });
    expect(await opened(first.body)).toMatchObject({ path: "as_is", revisitOn: "2027-01-10" });
    // The revisit date is the one thing kept in the clear: its author is reminded on that day.
    expect(await rowOf(first.body.id)).toMatchObject({ revisitOn: "2027-01-10", body: null });
    server.advance(60_000);
    const second = await robin.post(url("/decisions"), good);
    expect(second.status).toBe(201);
    expect((await robin.post(url("/decisions"), good)).status).toBe(409);
    const decisions = (await robin.get(url())).body.decisions;
    expect(decisions.map((d: { id: string }) => d.id)).toEqual([second.body.id, first.body.id]);
    expect(await rowsHolding("CANARY")).toBe(0);
  });

  it("never shows the other person a decision, nor that one exists", async () => {
    const kitView = await kit.get(url());
    expect(kitView.body.decisions).toEqual([]);
    expect(kitView.body.sharedWithYou).toEqual([]);
    const [latest] = (await robin.get(url())).body.decisions;
    expect((await share(kit, latest.id, { part: "wants", shared: true, text: "Mine now" })).status).toBe(404);
    expect((await kit.request("DELETE", url(`/decisions/${latest.id}`))).status).toBe(404);
    expect(
      (await kit.request("PUT", url(`/decisions/${latest.id}/sealed`), { sealed: latest.sealed })).status,
    ).toBe(404);
    for (const page of ["", "/journey", "/insights", "/help", "/solo", "/deciding"]) {
      const seen = (await kit.get(`/api/spaces/${spaceId}${page}`)).text;
      expect(seen).not.toContain(latest.id);
      expect(seen).not.toContain(latest.sealed);
    }
    await expectExport(kit, spaceId, { holds: [], never: [latest.id, latest.sealed] });
    await expectExport(robin, spaceId, {
      holds: [latest.sealed, '"kind":"solo-decision"'],
      never: ["CANARY"],
    });
  });

  it("shares only the chosen part, with the words sent for it, and takes it back without a trace", async () => {
    const [latest] = (await robin.get(url())).body.decisions;
    const decided = await opened(latest);
    for (const body of [
      { part: "wants", shared: true },
      { part: "wants", shared: false, text: decided.wants },
      { part: "wants", shared: true, text: "   " },
      { part: "all", shared: true, text: decided.wants },
    ]) {
      expect((await share(robin, latest.id, body)).status, JSON.stringify(body)).toBe(400);
    }
    expect((await kit.get(url())).body.sharedWithYou).toEqual([]);

    const shared = await share(robin, latest.id, { part: "wants", shared: true, text: decided.wants });
    expect(shared.status).toBe(200);
    expect(shared.body.sharedParts).toEqual(["wants"]);
    const seen = (await kit.get(url())).body.sharedWithYou;
    expect(seen).toEqual([
      { decisionId: latest.id, part: "wants", text: decided.wants, sharedAt: expect.any(String) },
    ]);
    expect(JSON.stringify(seen)).not.toMatch(/FEARS|CHANGE/);
    expect(JSON.stringify(seen)).not.toContain(latest.sealed);

    const pathText = "Commit to a set time of repair: for 3 months, looking at it again on 2027-03-01.";
    await share(robin, latest.id, { part: "path", shared: true, text: pathText });
    await expectExport(kit, spaceId, { holds: [decided.wants, pathText], never: ["DECIDE-FEARS-CANARY"] });
    const path = (await kit.get(url())).body.sharedWithYou.find((p: { part: string }) => p.part === "path");
    expect(path.text).toBe(pathText);

    for (const part of ["wants", "path"]) {
      const back = await share(robin, latest.id, { part, shared: false });
      expect(back.status).toBe(200);
    }
    expect((await kit.get(url())).body.sharedWithYou).toEqual([]);
    expect(await rowOf(latest.id)).toMatchObject({ sharedParts: {}, sharedTexts: {} });
    expect(await rowsHolding("CANARY")).toBe(0);
    await expectExport(kit, spaceId, { holds: [], never: ["DECIDE-WANTS-CANARY", "DECIDE-FEARS-CANARY"] });
  });

  it("seals a decision from before the vault for its author, and the other person still reads the parts shared", async () => {
    const id = randomUUID();
    const at = server.now();
    const plainWords = words({ wants: "OLD-WANTS-CANARY", fears: "OLD-FEARS-CANARY" });
    await server.handle.db.insert(privateEntries).values({
      id,
      spaceId,
      memberId: await memberIdOf(server.handle.db, robin, spaceId),
      kind: "decision",
      body: plainWords,
      revisitOn: plainWords.revisitOn as string,
      sharedParts: { wants: at.toISOString() },
      createdAt: at,
      updatedAt: at,
    });
    const before = (await kit.get(url())).body.sharedWithYou;
    expect(before).toEqual([
      { decisionId: id, part: "wants", text: "OLD-WANTS-CANARY", sharedAt: at.toISOString() },
    ]);
    const mine = (await robin.get(url())).body.decisions.find((d: { id: string }) => d.id === id);
    expect(mine).toMatchObject({ sealed: null, sharedParts: ["wants"] });
    expect(JSON.parse(mine.plain)).toEqual(plainWords);
    expect((await kit.get(url())).text).not.toContain("OLD-FEARS-CANARY");

    const sealed = await vault.seal("solo-decision", id, mine.plain);
    const seal = (client: TestClient, body: unknown) =>
      client.request("PUT", url(`/decisions/${id}/sealed`), body);
    expect((await seal(robin, { sealed, plain: mine.plain })).status).toBe(400);
    expect((await seal(kit, { sealed })).status).toBe(404);
    const upgraded = await seal(robin, { sealed });
    expect(upgraded.status, upgraded.text).toBe(200);
    expect(upgraded.body).toMatchObject({ id, sealed, plain: null, sharedParts: ["wants"] });
    expect((await seal(robin, { sealed })).status).toBe(409);
    // Only the shared part's words are left in the clear, for the other person, who sees the same.
    expect(await rowOf(id)).toMatchObject({ sealed, body: null, sharedTexts: { wants: "OLD-WANTS-CANARY" } });
    expect(await rowsHolding("OLD-FEARS-CANARY")).toBe(0);
    expect((await kit.get(url())).body.sharedWithYou).toEqual(before);
    expect((await share(robin, id, { part: "wants", shared: false })).status).toBe(200);
    expect(await rowsHolding("OLD-WANTS-CANARY")).toBe(0);
    expect((await robin.request("DELETE", url(`/decisions/${id}`))).status).toBe(204);
  });

  it("deletes a decision for its author only", async () => {
    const [, earlier] = (await robin.get(url())).body.decisions;
    expect((await robin.request("DELETE", url(`/decisions/${earlier.id}`))).status).toBe(204);
    expect((await robin.get(url())).body.decisions).toHaveLength(1);
    expect((await robin.request("DELETE", url(`/decisions/${earlier.id}`))).status).toBe(404);
  });

  it("offers family and friends more distance and a different kind of relationship", async () => {
    const sam = server.client();
    await signUp(sam, "Sam");
    const family = (await buildSpace(sam, { relationship: "family", otherName: "Mum" })).id;
    const view = (await sam.get(`/api/spaces/${family}/deciding`)).body;
    expect(view.paths).toEqual([
      "as_is",
      "more_distance",
      "different_relationship",
      "separate",
      "repair_period",
    ]);
    const recorded = await sam.post(
      `/api/spaces/${family}/deciding/decisions`,
      await decision({ path: "more_distance" }),
    );
    expect(recorded.status, recorded.text).toBe(201);
    // A decision made in one space is not in another.
    expect((await sam.request("DELETE", url(`/decisions/${recorded.body.id}`))).status).toBe(404);
  });
});
