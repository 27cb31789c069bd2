import { endedRefusal } from "@mend/core/ending/content";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import { expectExport } from "../../../test/support/export.ts";
import { buildPair } from "../../../test/support/factories.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";

const daily = (need: string, privateNote: string, shareNeed: boolean) => ({
  kind: "daily",
  trustNow: 4,
  utcOffsetMinutes: 0,
  emotions: { hope: 2 },
  signs: [],
  need,
  privateNote,
  sharing: { trustNow: false, elements: false, emotions: false, signs: false, need: shareNeed },
});

describe.each(databaseKinds)("check-ins in the data export on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  it("holds one's own check-ins in full and only what the other person shared", async () => {
    const robin = server.client();
    const kit = server.client();
    const { id: spaceId } = await buildPair(robin, kit);
    const path = `/api/spaces/${spaceId}/checkins`;
    expect((await robin.post(path, daily("ROBIN-NEED", "ROBIN-NOTE", false))).status).toBe(201);
    expect((await kit.post(path, daily("KIT-SHARED-NEED", "KIT-PRIVATE-NOTE", true))).status).toBe(201);
    expect((await kit.post(path, daily("KIT-UNSHARED-NEED", "KIT-OTHER-NOTE", false))).status).toBe(201);

    const robinCopy = await expectExport(robin, spaceId, {
      holds: ["ROBIN-NEED", "ROBIN-NOTE", "KIT-SHARED-NEED"],
      never: ["KIT-PRIVATE-NOTE", "KIT-UNSHARED-NEED", "KIT-OTHER-NOTE"],
    });
    const section = robinCopy.sections.find((s) => s.id === "checkins");
    expect(section?.items.map((i) => [i.from, i.visibility])).toEqual([
      ["you", "private"],
      ["them", "shared"],
    ]);
    await expectExport(kit, spaceId, {
      holds: ["KIT-SHARED-NEED", "KIT-PRIVATE-NOTE", "KIT-UNSHARED-NEED", "KIT-OTHER-NOTE"],
      never: ["ROBIN-NEED", "ROBIN-NOTE"],
    });
  });

  it("refuses sharing a new check-in once the repair has ended, while private ones and un-sharing still work", async () => {
    const robin = server.client();
    const kit = server.client();
    const { id: spaceId } = await buildPair(robin, kit);
    const path = `/api/spaces/${spaceId}/checkins`;
    const before = await kit.post(path, daily("Shared before the end.", "Mine.", true));
    expect((await robin.post(`/api/spaces/${spaceId}/ending`)).status).toBe(200);

    const refused = await kit.post(path, daily("One more shared need.", "Mine.", true));
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe(endedRefusal);
    expect((await kit.post(path, daily("Kept to myself.", "Mine.", false))).status).toBe(201);
    const hidden = { trustNow: false, elements: false, emotions: false, signs: false, need: false };
    const sharing = `${path}/${before.body.id}/sharing`;
    expect((await kit.request("PUT", sharing, hidden)).status).toBe(200);
    expect((await kit.request("PUT", sharing, { ...hidden, need: true })).status).toBe(409);
    expect((await robin.get(`${path}/theirs`)).body.checkins).toEqual([]);
  });
});
