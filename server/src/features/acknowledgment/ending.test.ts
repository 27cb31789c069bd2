import { endedRefusal } from "@mend/core/ending/content";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import { expectExport } from "../../../test/support/export.ts";
import { buildPair } from "../../../test/support/factories.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";
import { testVault } from "../../../test/support/vault.ts";

const vault = testVault();
/** A draft as the writer's browser sends it: sealed, so only the envelope can reach an export. */
async function sealedDraft(parts: Record<string, string>) {
  const id = vault.newId();
  return { id, sealed: await vault.seal("draft", id, JSON.stringify(parts)) };
}

describe.each(databaseKinds)("statements in the data export on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  it("holds one's drafts (sealed, for one's own browser to open), versions and the responses between both, never the other's drafts", async () => {
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
    const robinDraft = await sealedDraft({ whatIDid: "ROBIN-DRAFT" });
    await robin.request("PUT", url("/acknowledgment/draft"), robinDraft);
    const impact = await kit.post(url("/impact/versions"), {
      parts: { happened: "KIT-SHARED-HAPPENED", felt: "KIT-SHARED-FELT" },
    });
    expect(impact.status).toBe(201);
    const kitDraft = await sealedDraft({ happened: "KIT-DRAFT" });
    await kit.request("PUT", url("/impact/draft"), kitDraft);
    const response = await kit.post(url(`/versions/${versionId}/responses`), {
      response: "partly",
      note: "KIT-RESPONSE-NOTE",
    });
    expect(response.status).toBe(201);

    await expectExport(robin, spaceId, {
      holds: ["ROBIN-SHARED-WHAT", robinDraft.sealed, "KIT-SHARED-HAPPENED", "KIT-RESPONSE-NOTE"],
      never: [kitDraft.sealed, "ROBIN-DRAFT"],
    });
    await expectExport(kit, spaceId, {
      holds: [kitDraft.sealed, "KIT-SHARED-FELT", "ROBIN-SHARED-WHAT", "KIT-RESPONSE-NOTE"],
      never: [robinDraft.sealed, "KIT-DRAFT"],
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
      (
        await robin.request(
          "PUT",
          url("/acknowledgment/draft"),
          await sealedDraft({ whatIDid: "Still mine." }),
        )
      ).status,
    ).toBe(200);
    expect((await robin.request("DELETE", url("/acknowledgment/draft"))).status).toBe(204);
    const read = await kit.get(url());
    expect(read.status).toBe(200);
    expect(read.body.theirs[0].versions).toHaveLength(1);
  });
});
