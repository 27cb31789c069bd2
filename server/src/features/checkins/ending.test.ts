import { endedRefusal } from "@mend/core/ending/content";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import { expectExport } from "../../../test/support/export.ts";
import { buildPair } from "../../../test/support/factories.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";
import { sealedItem } from "../../../test/support/vault.ts";

/** A private note as the browser sends it: sealed under the id it made for the check-in. */
async function sealedNote(text: string) {
  const { id, sealed } = await sealedItem("checkin-note", text);
  return { id, sealedNote: sealed };
}

const daily = async (need: string, note: string, shareNeed: boolean) => ({
  kind: "daily",
  trustNow: 4,
  utcOffsetMinutes: 0,
  emotions: { hope: 2 },
  signs: [],
  need,
  ...(await sealedNote(note)),
  sharing: { trustNow: false, elements: false, emotions: false, signs: false, need: shareNeed },
});

describe.each(databaseKinds)("check-ins in the data export on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  it("holds one's own check-ins in full, notes as their envelopes, and only what the other person shared", async () => {
    const robin = server.client();
    const kit = server.client();
    const { id: spaceId } = await buildPair(robin, kit);
    const path = `/api/spaces/${spaceId}/checkins`;
    const robins = await daily("ROBIN-NEED", "Robin's note", false);
    const kitsShared = await daily("KIT-SHARED-NEED", "Kit's note on a shared check-in", true);
    const kitsPrivate = await daily("KIT-UNSHARED-NEED", "Kit's other note", false);
    expect((await robin.post(path, robins)).status).toBe(201);
    expect((await kit.post(path, kitsShared)).status).toBe(201);
    expect((await kit.post(path, kitsPrivate)).status).toBe(201);

    const robinCopy = await expectExport(robin, spaceId, {
      holds: ["ROBIN-NEED", robins.sealedNote, '"kind":"checkin-note"', "KIT-SHARED-NEED"],
      // The other person's notes stay in their vault: neither the envelope nor the id it is sealed under.
      never: [
        "KIT-UNSHARED-NEED",
        ...[kitsShared, kitsPrivate].flatMap((checkin) => [checkin.sealedNote, `"itemId":"${checkin.id}"`]),
      ],
    });
    const section = robinCopy.sections.find((s) => s.id === "checkins");
    expect(section?.items.map((i) => [i.from, i.visibility])).toEqual([
      ["you", "private"],
      ["them", "shared"],
    ]);
    await expectExport(kit, spaceId, {
      holds: ["KIT-SHARED-NEED", kitsShared.sealedNote, "KIT-UNSHARED-NEED", kitsPrivate.sealedNote],
      never: ["ROBIN-NEED", robins.sealedNote, robins.id],
    });
  });

  it("refuses sharing a new check-in once the repair has ended, while private ones and un-sharing still work", async () => {
    const robin = server.client();
    const kit = server.client();
    const { id: spaceId } = await buildPair(robin, kit);
    const path = `/api/spaces/${spaceId}/checkins`;
    const before = await kit.post(path, await daily("Shared before the end.", "Mine.", true));
    expect((await robin.post(`/api/spaces/${spaceId}/ending`)).status).toBe(200);

    const refused = await kit.post(path, await daily("One more shared need.", "Mine.", true));
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe(endedRefusal);
    expect((await kit.post(path, await daily("Kept to myself.", "Mine.", false))).status).toBe(201);
    const hidden = { trustNow: false, elements: false, emotions: false, signs: false, need: false };
    const sharing = `${path}/${before.body.id}/sharing`;
    expect((await kit.request("PUT", sharing, hidden)).status).toBe(200);
    expect((await kit.request("PUT", sharing, { ...hidden, need: true })).status).toBe(409);
    expect((await robin.get(`${path}/theirs`)).body.checkins).toEqual([]);
  });
});
