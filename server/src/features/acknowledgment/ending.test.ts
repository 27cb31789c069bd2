import { endedRefusal } from "@mend/core/ending/content";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import { expectExport } from "../../../test/support/export.ts";
import { buildPair } from "../../../test/support/factories.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";

describe.each(databaseKinds)("statements in the data export on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  it("holds one's drafts, versions and the responses between both, never the other's drafts", async () => {
    // Robin broke trust and writes the acknowledgment; Kit was hurt and writes the impact statement.
    const robin = server.client();
    const kit = server.client();
    const { id: spaceId } = await buildPair(robin, kit);
    const url = (rest: string) => `/api/spaces/${spaceId}/statements${rest}`;
    const shared = await robin.post(url("/acknowledgment/versions"), {
      parts: { whatIDid: "ROBIN-SHARED-WHAT", impact: "ROBIN-SHARED-IMPACT", responsibility: "ROBIN-OWNED" },
    });
    expect(shared.status).toBe(201);
    const versionId = shared.body.versions.at(-1).id;
    await robin.request("PUT", url("/acknowledgment/draft"), { parts: { whatIDid: "ROBIN-DRAFT" } });
    const impact = await kit.post(url("/impact/versions"), {
      parts: { happened: "KIT-SHARED-HAPPENED", felt: "KIT-SHARED-FELT" },
    });
    expect(impact.status).toBe(201);
    await kit.request("PUT", url("/impact/draft"), { parts: { happened: "KIT-DRAFT" } });
    const response = await kit.post(url(`/versions/${versionId}/responses`), {
      response: "partly",
      note: "KIT-RESPONSE-NOTE",
    });
    expect(response.status).toBe(201);

    await expectExport(robin, spaceId, {
      holds: ["ROBIN-SHARED-WHAT", "ROBIN-DRAFT", "KIT-SHARED-HAPPENED", "KIT-RESPONSE-NOTE"],
      never: ["KIT-DRAFT"],
    });
    await expectExport(kit, spaceId, {
      holds: ["KIT-DRAFT", "KIT-SHARED-FELT", "ROBIN-SHARED-WHAT", "KIT-RESPONSE-NOTE"],
      never: ["ROBIN-DRAFT"],
    });
  });

  it("refuses sharing and responding once the repair has ended, while drafts and reading still work", async () => {
    const robin = server.client();
    const kit = server.client();
    const { id: spaceId } = await buildPair(robin, kit);
    const url = (rest = "") => `/api/spaces/${spaceId}/statements${rest}`;
    const parts = { whatIDid: "What I did.", impact: "What it did to you.", responsibility: "Mine." };
    const shared = await robin.post(url("/acknowledgment/versions"), { parts });
    const versionId = shared.body.versions.at(-1).id;
    expect((await kit.post(`/api/spaces/${spaceId}/ending`)).status).toBe(200);

    const refused = await robin.post(url("/acknowledgment/versions"), { parts });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe(endedRefusal);
    expect((await kit.post(url(`/versions/${versionId}/responses`), { response: "heard" })).status).toBe(409);
    expect(
      (await robin.request("PUT", url("/acknowledgment/draft"), { parts: { whatIDid: "Still mine." } }))
        .status,
    ).toBe(200);
    expect((await robin.request("DELETE", url("/acknowledgment/draft"))).status).toBe(204);
    const read = await kit.get(url());
    expect(read.status).toBe(200);
    expect(read.body.theirs[0].versions).toHaveLength(1);
  });
});
