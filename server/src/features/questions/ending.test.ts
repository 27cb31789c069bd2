import { endedRefusal } from "@mend/core/ending/content";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import { expectExport } from "../../../test/support/export.ts";
import { buildPair } from "../../../test/support/factories.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";
import { testVault } from "../../../test/support/vault.ts";

const vault = testVault();

describe.each(databaseKinds)("questions in the data export on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  it("holds the thread as both saw it, and unsent drafts only in their writer's copy", async () => {
    // Kit was hurt and asks; Robin answers.
    const robin = server.client();
    const kit = server.client();
    const { id: spaceId } = await buildPair(robin, kit);
    const url = (rest = "") => `/api/spaces/${spaceId}/questions${rest}`;
    const asked = await kit.post(url(), { text: "KIT-QUESTION", detail: "facts" });
    expect(asked.status).toBe(201);
    expect((await robin.post(url(`/${asked.body.id}/answers`), { text: "ROBIN-ANSWER" })).status).toBe(200);
    const id = vault.newId();
    const sealed = await vault.seal(
      "draft",
      id,
      JSON.stringify({ text: "KIT-UNSENT-DRAFT", detail: "more" }),
    );
    expect((await kit.post(url("/drafts"), { id, sealed })).status).toBe(201);

    // The draft is in its writer's copy as its envelope, which their browser opens into the file.
    await expectExport(kit, spaceId, {
      holds: ["KIT-QUESTION", "ROBIN-ANSWER", sealed],
      never: ["KIT-UNSENT-DRAFT"],
    });
    await expectExport(robin, spaceId, {
      holds: ["KIT-QUESTION", "ROBIN-ANSWER"],
      never: [sealed, "KIT-UNSENT-DRAFT"],
    });
  });

  it("refuses asking and answering once the repair has ended, while setting aside, drafts and reading still work", async () => {
    const robin = server.client();
    const kit = server.client();
    const { id: spaceId } = await buildPair(robin, kit);
    const url = (rest = "") => `/api/spaces/${spaceId}/questions${rest}`;
    const asked = await kit.post(url(), { text: "When did it start?", detail: "facts" });
    expect((await robin.post(`/api/spaces/${spaceId}/ending`)).status).toBe(200);

    const refused = await kit.post(url(), { text: "Who else knew?", detail: "facts" });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe(endedRefusal);
    expect((await robin.post(url(`/${asked.body.id}/answers`), { text: "In March." })).status).toBe(409);
    expect((await kit.post(url(`/${asked.body.id}/set-aside`))).status).toBe(200);
    const id = vault.newId();
    const sealed = await vault.seal("draft", id, JSON.stringify({ text: "For myself.", detail: "facts" }));
    expect((await kit.post(url("/drafts"), { id, sealed })).status).toBe(201);
    expect((await robin.get(url(`/${asked.body.id}`))).body.status).toBe("set_aside");
  });
});
