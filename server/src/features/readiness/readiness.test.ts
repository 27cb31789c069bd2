import { answers, calm } from "@mend/core/readiness/sample-answers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import { buildPair } from "../../../test/support/factories.ts";
import type { TestClient } from "../../../test/support/http-client.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";

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

  /** Everything the other member can read about the space. */
  async function seenBy(client: TestClient, spaceId: string): Promise<string> {
    const paths = [
      `/api/spaces/${spaceId}`,
      `/api/spaces/${spaceId}/journey`,
      `/api/spaces/${spaceId}/readiness`,
      "/api/spaces",
    ];
    const bodies = await Promise.all(paths.map(async (path) => (await client.get(path)).text));
    return bodies.join("\n");
  }

  it("refuses incomplete or unknown answers and stores nothing", async () => {
    const { kit, spaceId } = await pair();
    const { fear: _left, ...missingOne } = calm;
    expect((await kit.post(`/api/spaces/${spaceId}/readiness`, { answers: missingOne })).status).toBe(400);
    expect(
      (
        await kit.post(`/api/spaces/${spaceId}/readiness`, {
          answers: { ...calm, control: ["none", "money"] },
        })
      ).status,
    ).toBe(400);
    expect(
      (await kit.post(`/api/spaces/${spaceId}/readiness`, { answers: { ...calm, extra: "x" } })).status,
    ).toBe(400);
    expect((await kit.get(`/api/spaces/${spaceId}/readiness`)).body).toEqual({ check: null });
  });

  it("gives the author a private result and asks the journey to start there", async () => {
    const { robin, spaceId } = await pair();
    expect((await robin.get(`/api/spaces/${spaceId}/journey`)).body.yourNextStep.id).toBe("readiness_check");
    const submitted = await robin.post(`/api/spaces/${spaceId}/readiness`, { answers: calm });
    expect(submitted.status).toBe(201);
    expect(submitted.body.check.result.path).toBe("repair");
    expect(submitted.body.check.answers).toEqual(calm);
    const own = await robin.get(`/api/spaces/${spaceId}/readiness`);
    expect(own.body.check.result.path).toBe("repair");
    const journey = await robin.get(`/api/spaces/${spaceId}/journey`);
    expect(journey.body.readiness).toEqual({ yourPath: "repair", otherCompleted: false });
    expect(journey.body.yourNextStep.id).not.toBe("readiness_check");
    expect(journey.body.phases.map((p: { phase: string }) => p.phase)).toEqual([
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

  it("tells the other member only that the check was taken, never the answers", async () => {
    const { robin, kit, spaceId } = await pair();
    await kit.post(`/api/spaces/${spaceId}/readiness`, { answers: answers({ intent: "not_sure" }) });
    const robinSees = await robin.get(`/api/spaces/${spaceId}/journey`);
    expect(robinSees.body.readiness).toEqual({ yourPath: null, otherCompleted: true });
    expect((await robin.get(`/api/spaces/${spaceId}/readiness`)).body).toEqual({ check: null });
    expect(JSON.stringify(robinSees.body)).not.toContain("not_sure");
  });

  it("sends a member who reports fear to the safety path, and the other member's screens stay byte-identical", async () => {
    const { robin, kit, spaceId } = await pair();
    await kit.post(`/api/spaces/${spaceId}/readiness`, { answers: calm });
    const before = await seenBy(robin, spaceId);

    const afraid = await kit.post(`/api/spaces/${spaceId}/readiness`, {
      answers: answers({ fear: "yes", control: ["phone", "money"] }),
    });
    expect(afraid.body.check.result.path).toBe("safety");
    expect(afraid.body.check.result.hopeful).toEqual([]);
    expect((await kit.get(`/api/spaces/${spaceId}/journey`)).body.readiness.yourPath).toBe("safety");

    expect(await seenBy(robin, spaceId)).toBe(before);
  });

  it("supports deciding: 'not sure I want to repair this' leads to the deciding path", async () => {
    const { kit, spaceId } = await pair();
    const response = await kit.post(`/api/spaces/${spaceId}/readiness`, {
      answers: answers({ intent: "not_sure" }),
    });
    expect(response.body.check.result.path).toBe("deciding");
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
