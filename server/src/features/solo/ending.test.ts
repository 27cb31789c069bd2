import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import { expectExport } from "../../../test/support/export.ts";
import { buildPair } from "../../../test/support/factories.ts";
import { readPdfText } from "../../../test/support/pdf-text.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";
import { memberIdOf, sealedItem } from "../../../test/support/vault.ts";
import { privateEntries } from "./tables.ts";

interface ExportedItem {
  title: string;
  text?: string;
  sealed?: { kind: string; itemId: string; envelope: string };
}

describe.each(databaseKinds)("the own path and decisions in the data export on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  it("carries one's own entries as envelopes with titles that say no words, and the other's shared parts only", async () => {
    const robin = server.client();
    const kit = server.client();
    const { id: spaceId } = await buildPair(robin, kit);
    const url = (rest: string) => `/api/spaces/${spaceId}${rest}`;
    const timeline = await sealedItem(
      "solo-timeline",
      JSON.stringify({ date: "2026-02-01", roughly: null, happened: "ROBIN-TIMELINE", certainty: "know" }),
    );
    const supporter = await sealedItem(
      "solo-supporter",
      JSON.stringify({ name: "ROBIN-SUPPORTER", reach: "By phone", note: null }),
    );
    const amend = await sealedItem("solo-own-amend", JSON.stringify({ what: "ROBIN-AMEND" }));
    // A minute apart, so the export lists them in the order written.
    for (const [route, entry] of [
      ["/solo/timeline", timeline],
      ["/solo/supporters", supporter],
      ["/solo/amends", amend],
    ] as const) {
      server.advance(60_000);
      expect((await robin.post(url(route), entry)).status).toBe(201);
    }
    const kitsDecision = await sealedItem(
      "solo-decision",
      JSON.stringify({ path: "as_is", wants: "KIT-WANTS", fears: "KIT-FEARS", revisitOn: "2027-01-10" }),
    );
    expect(
      (await kit.post(url("/deciding/decisions"), { ...kitsDecision, revisitOn: "2027-01-10" })).status,
    ).toBe(201);
    const sharing = url(`/deciding/decisions/${kitsDecision.id}/sharing`);
    expect(
      (await kit.request("PUT", sharing, { part: "wants", shared: true, text: "KIT-WANTS" })).status,
    ).toBe(200);

    const copy = await expectExport(robin, spaceId, {
      holds: [timeline.sealed, supporter.sealed, amend.sealed, "KIT-WANTS"],
      never: ["ROBIN-", kitsDecision.id, kitsDecision.sealed, "KIT-FEARS"],
    });
    const items = copy.sections.find((s) => s.id === "own_path")?.items as unknown as ExportedItem[];
    expect(items.map((item) => [item.title, item.sealed?.kind ?? null])).toEqual([
      ["Timeline", "solo-timeline"],
      ["Someone to lean on", "solo-supporter"],
      ["Amend", "solo-own-amend"],
      ["Shared with you: What I want", null],
    ]);
    expect(items[0]?.sealed).toEqual({
      kind: "solo-timeline",
      itemId: timeline.id,
      envelope: timeline.sealed,
    });
    await expectExport(kit, spaceId, {
      holds: [kitsDecision.sealed, '"kind":"solo-decision"'],
      never: [timeline.sealed, supporter.sealed, amend.sealed, timeline.id],
    });

    // The PDF, made on the server, says an entry is kept in the vault instead of printing its envelope.
    const pdf = await fetch(`${server.baseUrl}${url("/export.pdf")}`, {
      headers: { cookie: robin.sessionCookie ?? "" },
    });
    const pages = await readPdfText(new Uint8Array(await pdf.arrayBuffer()));
    const text = pages.flatMap((page) => page.boxes.map((box) => box.text)).join("\n");
    expect(text).toContain("Kept in your vault");
    expect(text).not.toContain(timeline.sealed.slice(0, 20));
  });

  it("carries an entry from before the vault in its author's words, until their browser seals it", async () => {
    const robin = server.client();
    const kit = server.client();
    const { id: spaceId } = await buildPair(robin, kit);
    const at = server.now();
    await server.handle.db.insert(privateEntries).values({
      id: randomUUID(),
      spaceId,
      memberId: await memberIdOf(server.handle.db, robin, spaceId),
      kind: "supporter",
      body: { name: "OLD-SUPPORTER", reach: "OLD-REACH", note: null },
      createdAt: at,
      updatedAt: at,
    });
    const copy = await expectExport(robin, spaceId, { holds: ["OLD-REACH"], never: [] });
    const items = copy.sections.find((s) => s.id === "own_path")?.items as unknown as ExportedItem[];
    expect(items).toEqual([
      expect.objectContaining({ title: "Someone to lean on: OLD-SUPPORTER", text: "OLD-REACH" }),
    ]);
    await expectExport(kit, spaceId, { holds: [], never: ["OLD-SUPPORTER", "OLD-REACH"] });
  });
});
