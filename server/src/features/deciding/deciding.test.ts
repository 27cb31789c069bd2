import { answers } from "@mend/core/readiness/sample-answers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import { expectExport } from "../../../test/support/export.ts";
import { buildPair, buildSpace, signUp } from "../../../test/support/factories.ts";
import type { TestClient } from "../../../test/support/http-client.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";
import { sealedReadiness } from "../../../test/support/vault.ts";

const decision = (overrides: Record<string, unknown> = {}) => ({
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
  const url = (path = "") => `/api/spaces/${spaceId}/deciding${path}`;

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

  it("records decisions and keeps the earlier ones, refusing bad input without changing anything", async () => {
    const refusals = [
      decision({ path: "more_distance" }), // not a path for partners
      decision({ revisitOn: "next week" }),
      decision({ timeFrame: { amount: 0, unit: "months" } }),
      decision({ wants: "   " }),
      { ...decision(), extra: true },
    ];
    for (const body of refusals) {
      const refused = await robin.post(url("/decisions"), body);
      expect(refused.status, JSON.stringify(body)).toBe(400);
    }
    expect((await robin.get(url())).body.decisions).toEqual([]);

    const first = await robin.post(url("/decisions"), decision({ path: "as_is", revisitOn: "2027-01-10" }));
    expect(first.status, first.text).toBe(201);
    expect(first.body).toMatchObject({ path: "as_is", revisitOn: "2027-01-10", sharedParts: [] });
    server.advance(60_000);
    const second = await robin.post(url("/decisions"), decision());
    expect(second.status).toBe(201);
    const decisions = (await robin.get(url())).body.decisions;
    expect(decisions.map((d: { id: string }) => d.id)).toEqual([second.body.id, first.body.id]);
  });

  it("never shows the other person a decision, nor that one exists", async () => {
    const kitView = await kit.get(url());
    expect(kitView.body.decisions).toEqual([]);
    expect(kitView.body.sharedWithYou).toEqual([]);
    const [latest] = (await robin.get(url())).body.decisions;
    expect(
      (await kit.request("PUT", url(`/decisions/${latest.id}/sharing`), { part: "wants", shared: true }))
        .status,
    ).toBe(404);
    expect((await kit.request("DELETE", url(`/decisions/${latest.id}`))).status).toBe(404);
    for (const page of ["", "/journey", "/insights", "/help", "/solo", "/deciding"]) {
      expect((await kit.get(`/api/spaces/${spaceId}${page}`)).text).not.toMatch(/DECIDE-/);
    }
    await expectExport(kit, spaceId, { holds: [], never: ["DECIDE-WANTS-CANARY", "DECIDE-FEARS-CANARY"] });
    await expectExport(robin, spaceId, { holds: ["DECIDE-WANTS-CANARY", "DECIDE-FEARS-CANARY"], never: [] });
  });

  it("shares only the chosen part, and takes it back without a trace", async () => {
    const [latest] = (await robin.get(url())).body.decisions;
    const shared = await robin.request("PUT", url(`/decisions/${latest.id}/sharing`), {
      part: "wants",
      shared: true,
    });
    expect(shared.status).toBe(200);
    expect(shared.body.sharedParts).toEqual(["wants"]);
    const seen = (await kit.get(url())).body.sharedWithYou;
    expect(seen).toEqual([
      { decisionId: latest.id, part: "wants", text: latest.wants, sharedAt: expect.any(String) },
    ]);
    expect(JSON.stringify(seen)).not.toMatch(/FEARS|CHANGE/);

    await robin.request("PUT", url(`/decisions/${latest.id}/sharing`), { part: "path", shared: true });
    await expectExport(kit, spaceId, { holds: [latest.wants], never: ["DECIDE-FEARS-CANARY"] });
    const path = (await kit.get(url())).body.sharedWithYou.find((p: { part: string }) => p.part === "path");
    expect(path.text).toBe(
      "Commit to a set time of repair: for 3 months, looking at it again on 2027-03-01.",
    );

    for (const part of ["wants", "path"]) {
      const back = await robin.request("PUT", url(`/decisions/${latest.id}/sharing`), {
        part,
        shared: false,
      });
      expect(back.status).toBe(200);
    }
    expect((await kit.get(url())).body.sharedWithYou).toEqual([]);
    await expectExport(kit, spaceId, { holds: [], never: ["DECIDE-WANTS-CANARY", "DECIDE-FEARS-CANARY"] });
    expect(
      (await robin.request("PUT", url(`/decisions/${latest.id}/sharing`), { part: "all", shared: true }))
        .status,
    ).toBe(400);
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
      decision({ path: "more_distance" }),
    );
    expect(recorded.status, recorded.text).toBe(201);
    // A decision made in one space is not in another.
    expect((await sam.request("DELETE", url(`/decisions/${recorded.body.id}`))).status).toBe(404);
  });
});
