import { endedRefusal } from "@mend/core/ending/content";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import { expectExport } from "../../../test/support/export.ts";
import { buildPair } from "../../../test/support/factories.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";
import { sealedItem } from "../../../test/support/vault.ts";

describe.each(databaseKinds)("triggers and reassurance in the data export on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  it("holds one's own triggers, the other's only while shared, and reassurance between both", async () => {
    // Kit was hurt: the trigger log and reassurance requests are theirs.
    const robin = server.client();
    const kit = server.client();
    const { id: spaceId } = await buildPair(robin, kit);
    const url = (rest: string) => `/api/spaces/${spaceId}${rest}`;
    const notes = {
      shared: await sealedItem("trigger-note", "Kit's shared trigger"),
      private: await sealedItem("trigger-note", "Kit's private trigger"),
      takenBack: await sealedItem("trigger-note", "Kit's trigger shared, then taken back"),
    };
    const log = (note: { id: string; sealed: string }, category: string, share: boolean) =>
      kit.post(url("/triggers"), { category, intensity: 3, ...note, share });
    expect((await log(notes.shared, "place", true)).status).toBe(201);
    expect((await log(notes.private, "thought", false)).status).toBe(201);
    await log(notes.takenBack, "date", true);
    await kit.request("PUT", url(`/triggers/${notes.takenBack.id}/sharing`), { shared: false });
    const request = await kit.post(url("/reassurance"), { ask: "call", message: "KIT-REASSURANCE-ASK" });
    expect(request.status).toBe(201);
    const reply = await robin.post(url(`/reassurance/${request.body.id}/replies`), { text: "ROBIN-REPLY" });
    expect(reply.status).toBe(201);

    await expectExport(kit, spaceId, {
      holds: [
        notes.shared.sealed,
        notes.private.sealed,
        notes.takenBack.sealed,
        '"kind":"trigger-note"',
        "KIT-REASSURANCE-ASK",
        "ROBIN-REPLY",
      ],
      never: [],
    });
    // The other person sees the shared trigger, never a note: that stays in its writer's vault.
    await expectExport(robin, spaceId, {
      holds: ["Shared with you: A place", "KIT-REASSURANCE-ASK", "ROBIN-REPLY"],
      never: [
        "Shared with you: A memory",
        "Shared with you: A date",
        ...Object.values(notes).flatMap((note) => [note.id, note.sealed]),
      ],
    });
  });

  it("refuses sharing and reassurance once the repair has ended, while private logging and un-sharing still work", async () => {
    const robin = server.client();
    const kit = server.client();
    const { id: spaceId } = await buildPair(robin, kit);
    const url = (rest: string) => `/api/spaces/${spaceId}${rest}`;
    const before = await kit.post(url("/triggers"), { category: "place", intensity: 3, share: true });
    const request = await kit.post(url("/reassurance"), { ask: "call" });
    expect((await robin.post(url("/ending"))).status).toBe(200);

    const refused = await kit.post(url("/triggers"), { category: "date", intensity: 2, share: true });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe(endedRefusal);
    expect((await kit.post(url("/reassurance"), { ask: "hug" })).status).toBe(409);
    expect(
      (await robin.post(url(`/reassurance/${request.body.id}/replies`), { text: "I'm here." })).status,
    ).toBe(409);
    expect((await kit.post(url("/triggers"), { category: "date", intensity: 2 })).status).toBe(201);
    const sharing = url(`/triggers/${before.body.id}/sharing`);
    expect((await kit.request("PUT", sharing, { shared: false })).status).toBe(200);
    expect((await kit.request("PUT", sharing, { shared: true })).status).toBe(409);
    expect((await robin.get(url("/triggers"))).body.triggers).toEqual([]);
  });
});
