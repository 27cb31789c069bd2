import { endedRefusal } from "@mend/core/ending/content";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import { buildPair } from "../../../test/support/factories.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";

const promiseBody = {
  text: "Call at six",
  schedule: { kind: "daily", time: "18:00", startsOn: "2026-05-04" },
  timeZone: "Europe/London",
};

describe.each(databaseKinds)("promises and openness once a repair ends, on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  it("refuses new promises and openness once the repair has ended, while ending a promise still works", async () => {
    // Robin broke trust and makes promises.
    const robin = server.client();
    const kit = server.client();
    const { id: spaceId } = await buildPair(robin, kit);
    const url = (rest: string) => `/api/spaces/${spaceId}${rest}`;
    const promise = await robin.post(url("/promises"), promiseBody);
    const act = await robin.post(url("/transparency"), { note: "Told you my plans." });
    expect((await kit.post(url("/ending"))).status).toBe(200);

    const refused = await robin.post(url("/promises"), promiseBody);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe(endedRefusal);
    expect((await robin.post(url("/transparency"), { note: "And this." })).status).toBe(409);
    expect(
      (await kit.post(url(`/transparency/${act.body.id}/response`), { response: "confirm" })).status,
    ).toBe(409);
    expect((await robin.post(url(`/promises/${promise.body.id}/end`), {})).status).toBe(200);
    expect((await kit.get(url("/promises"))).body.promises[0].endedAt).not.toBeNull();
  });
});
