import { endedRefusal } from "@mend/core/ending/content";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import { expectExport } from "../../../test/support/export.ts";
import { buildPair } from "../../../test/support/factories.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";
import { resealed } from "../../../test/support/vault.ts";

describe.each(databaseKinds)("talks in the data export on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  it("holds the talk, its turns and summaries for both, and each private reflection only for its writer", async () => {
    const robin = server.client();
    const kit = server.client();
    const { id: spaceId } = await buildPair(robin, kit);
    const url = (rest = "") => `/api/spaces/${spaceId}/talks${rest}`;
    const talk = await robin.post(url(), { topic: "TALK-TOPIC", startsAt: null, groundRules: ["no_blame"] });
    expect(talk.status).toBe(201);
    const id = talk.body.id;
    expect((await kit.post(url(`/${id}/accept`))).body.status).toBe("running");
    const spoken = await robin.post(url(`/${id}/turns`), { text: "ROBIN-TURN" });
    expect(spoken.status).toBe(200);
    const turnId = spoken.body.turns.at(-1).id;
    expect((await kit.post(url(`/${id}/turns/${turnId}/reflections`), { text: "KIT-HEARD" })).status).toBe(
      200,
    );
    expect((await robin.post(url(`/${id}/end`), { finished: true })).status).toBe(200);
    expect((await kit.post(url(`/${id}/summaries`), { text: "KIT-SUMMARY" })).status).toBe(200);
    // Each private reflection is sealed in its writer's browser: the export carries it as that envelope.
    const robinSealed = await resealed("talk-reflection", id, "ROBIN-REFLECTION");
    const kitSealed = await resealed("talk-reflection", id, "KIT-REFLECTION");
    expect((await robin.request("PUT", url(`/${id}/reflection`), { sealed: robinSealed })).status).toBe(200);
    expect((await kit.request("PUT", url(`/${id}/reflection`), { sealed: kitSealed })).status).toBe(200);

    const shared = ["TALK-TOPIC", "ROBIN-TURN", "KIT-HEARD", "KIT-SUMMARY"];
    await expectExport(robin, spaceId, { holds: [...shared, robinSealed], never: [kitSealed] });
    await expectExport(kit, spaceId, { holds: [...shared, kitSealed], never: [robinSealed] });
  });

  it("refuses moving a talk on once the repair has ended, while ending it and one's reflection still work", async () => {
    const robin = server.client();
    const kit = server.client();
    const { id: spaceId } = await buildPair(robin, kit);
    const url = (rest = "") => `/api/spaces/${spaceId}/talks${rest}`;
    const talk = await robin.post(url(), { topic: "The weekend", startsAt: null });
    await kit.post(url(`/${talk.body.id}/accept`));
    expect((await kit.post(`/api/spaces/${spaceId}/ending`)).status).toBe(200);

    const refused = await robin.post(url(), { topic: "Another talk", startsAt: null });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe(endedRefusal);
    expect((await robin.post(url(`/${talk.body.id}/turns`), { text: "One more thing." })).status).toBe(409);
    expect((await robin.post(url(`/${talk.body.id}/end`), { finished: false })).status).toBe(200);
    const sealed = await resealed("talk-reflection", talk.body.id, "For me.");
    expect((await kit.request("PUT", url(`/${talk.body.id}/reflection`), { sealed })).status).toBe(200);
    expect((await robin.get(url(`/${talk.body.id}`))).body.status).toBe("ended");
  });
});
