import { endedRefusal } from "@mend/core/ending/content";
import { exportDocument } from "@mend/core/ending/contract";
import { answers } from "@mend/core/readiness/sample-answers";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import { buildSpace, invite, signUp, testPassword } from "../../../test/support/factories.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";
import { sealedItem, sealedReadiness } from "../../../test/support/vault.ts";
import { spaceEvents, spaces } from "../spaces/tables.ts";
import { spaceEndings } from "./tables.ts";

const DAY = 86_400_000;

describe.each(databaseKinds)("ending a repair, and downloading one's data, on %s", (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server?.close());

  /** Robin broke trust, Kit was hurt; emails kept so both can sign in again after the clock moves. */
  async function pair() {
    const robin = server.client();
    const kit = server.client();
    const robinEmail = (await signUp(robin, "Robin")).email;
    const kitEmail = (await signUp(kit, "Kit")).email;
    const space = await buildSpace(robin);
    const { token } = await invite(robin, space.id);
    await kit.post("/api/invitations/accept", { token, view: "them" });
    const signIn = async () => {
      for (const [client, email] of [
        [robin, robinEmail],
        [kit, kitEmail],
      ] as const) {
        const response = await client.post("/api/auth/login", { email, password: testPassword });
        if (response.status !== 200) throw new Error(`sign-in failed: ${response.status}`);
      }
    };
    return { robin, kit, spaceId: space.id, signIn };
  }

  const path = (spaceId: string, rest = "") => `/api/spaces/${spaceId}${rest}`;

  describe("who may call", () => {
    it("answers 401 without a session and 404 to someone outside the space, changing nothing", async () => {
      const { spaceId } = await pair();
      expect((await server.client().get(path(spaceId, "/ending"))).status).toBe(401);
      expect((await server.client().get(path(spaceId, "/export.json"))).status).toBe(401);
      const stranger = server.client();
      await signUp(stranger, "Stranger");
      for (const rest of ["/ending", "/export.json", "/export.pdf"]) {
        expect((await stranger.get(path(spaceId, rest))).status).toBe(404);
      }
      expect((await stranger.post(path(spaceId, "/ending"))).status).toBe(404);
      const rows = await server.handle.db
        .select()
        .from(spaceEndings)
        .where(eq(spaceEndings.spaceId, spaceId));
      expect(rows).toEqual([]);
    });
  });

  describe("ending", () => {
    it("is open until someone ends it", async () => {
      const { robin, spaceId } = await pair();
      expect((await robin.get(path(spaceId, "/ending"))).body).toEqual({ status: "open" });
    });

    it("needs no consent and no reason, and both see the same closing date", async () => {
      const { robin, kit, spaceId } = await pair();
      const ended = await kit.post(path(spaceId, "/ending"));
      expect(ended.status).toBe(200);
      const endedAt = Date.parse(ended.body.endedAt);
      expect(ended.body).toEqual({
        status: "ending",
        endedAt: new Date(endedAt).toISOString(),
        closesAt: new Date(endedAt + 30 * DAY).toISOString(),
        daysLeft: 30,
        endedByYou: true,
      });
      const robinSees = (await robin.get(path(spaceId, "/ending"))).body;
      expect(robinSees).toEqual({ ...ended.body, endedByYou: false });

      server.advance(10 * 60_000);
      const again = await robin.post(path(spaceId, "/ending"));
      expect(again.body.closesAt).toBe(ended.body.closesAt);
      const events = await server.handle.db
        .select()
        .from(spaceEvents)
        .where(eq(spaceEvents.spaceId, spaceId));
      expect(events.filter((e) => e.kind === "space.ended")).toHaveLength(1);
    });

    it("stops anyone new from joining", async () => {
      const robin = server.client();
      await signUp(robin, "Robin");
      const space = await buildSpace(robin);
      const { token } = await invite(robin, space.id);
      await robin.post(path(space.id, "/ending"));
      const late = server.client();
      await signUp(late, "Late");
      expect((await late.post("/api/invitations/accept", { token, view: "them" })).status).not.toBe(200);
    });

    it("refuses new shared things afterwards, while taking back and deleting one's own still work", async () => {
      const { robin, kit, spaceId } = await pair();
      const reflection = await kit.post(path(spaceId, "/forgiveness/reflections"), {
        step: "feel_it",
        text: "Shared before the end.",
        share: true,
      });
      const letter = await kit.post(path(spaceId, "/letters"), await sealedItem("unsent-letter", "Before."));
      await robin.request("PUT", path(spaceId, "/closeness/ladder/hug"), { answer: "yes" });
      await kit.request("PUT", path(spaceId, "/closeness/ladder/hug"), { answer: "yes" });
      expect((await robin.get(path(spaceId, "/closeness/ladder"))).body.together).toEqual(["hug"]);
      await robin.post(path(spaceId, "/ending"));

      const refused = await kit.post(path(spaceId, "/appreciations"), { text: "One more thing." });
      expect(refused.status).toBe(409);
      expect(refused.body.error.message).toBe(endedRefusal);
      expect((await robin.post(path(spaceId, "/time-together"), { title: "A walk" })).status).toBe(409);
      expect(
        (await robin.request("PUT", path(spaceId, "/closeness/ladder/kiss"), { answer: "yes" })).status,
      ).toBe(409);
      expect((await robin.get(path(spaceId, "/closeness/ladder"))).body.together).toEqual([]);
      const unshared = await kit.request(
        "PUT",
        path(spaceId, `/forgiveness/reflections/${reflection.body.id}/sharing`),
        {
          shared: false,
        },
      );
      expect(unshared.status).toBe(200);
      expect(
        (
          await kit.request("PUT", path(spaceId, `/forgiveness/reflections/${reflection.body.id}/sharing`), {
            shared: true,
          })
        ).status,
      ).toBe(409);
      expect(
        (await robin.request("PUT", path(spaceId, "/closeness/ladder/hug"), { answer: "no" })).status,
      ).toBe(200);
      expect((await kit.request("DELETE", path(spaceId, `/letters/${letter.body.id}`))).status).toBe(204);
      expect(
        (await kit.post(path(spaceId, "/letters"), await sealedItem("unsent-letter", "Still helps."))).status,
      ).toBe(201);
    });

    it("keeps shared things readable to both until day 30, then closes the space for both", async () => {
      const { robin, kit, spaceId, signIn } = await pair();
      await kit.post(path(spaceId, "/forgiveness/reflections"), {
        step: "name_the_hurt",
        text: "What I shared.",
        share: true,
      });
      await robin.post(path(spaceId, "/appreciations"), { text: "Thank you for trying." });
      const { closesAt } = (await kit.post(path(spaceId, "/ending"))).body;

      server.advance(30 * DAY - 60_000);
      await signIn();
      expect((await robin.get(path(spaceId, "/forgiveness"))).body.sharedWithYou[0].text).toBe(
        "What I shared.",
      );
      expect((await kit.get(path(spaceId, "/appreciations"))).body.received[0].text).toBe(
        "Thank you for trying.",
      );
      expect((await kit.get(path(spaceId, "/ending"))).body.daysLeft).toBe(1);
      expect((await robin.get(path(spaceId, "/export.json"))).status).toBe(200);
      expect((await robin.get("/api/spaces")).body.spaces.map((s: { id: string }) => s.id)).toContain(
        spaceId,
      );

      server.advance(60_000);
      for (const client of [robin, kit]) {
        for (const rest of ["", "/forgiveness", "/appreciations", "/ending", "/export.json", "/export.pdf"]) {
          expect({ rest, status: (await client.get(path(spaceId, rest))).status }).toEqual({
            rest,
            status: 404,
          });
        }
        expect((await client.get("/api/spaces")).body.spaces).toEqual([]);
      }
      const [space] = await server.handle.db.select().from(spaces).where(eq(spaces.id, spaceId));
      expect(space?.closedAt?.toISOString()).toBe(closesAt);
      const events = await server.handle.db
        .select()
        .from(spaceEvents)
        .where(eq(spaceEvents.spaceId, spaceId));
      expect(events.filter((e) => e.kind === "space.closed")).toHaveLength(1);
    });

    it("can't be undone or rewritten in the database itself", async () => {
      const { robin, spaceId } = await pair();
      await robin.post(path(spaceId, "/ending"));
      await expect(
        server.handle.db.delete(spaceEndings).where(eq(spaceEndings.spaceId, spaceId)),
      ).rejects.toThrow();
      await expect(
        server.handle.db
          .update(spaceEndings)
          .set({ closesAt: new Date() })
          .where(eq(spaceEndings.spaceId, spaceId)),
      ).rejects.toThrow();
    });
  });

  describe("the data export", () => {
    it("holds one's own things and what was shared with one, never the other person's private things", async () => {
      const { robin, kit, spaceId } = await pair();
      const kitCheck = await sealedReadiness(answers({ intent: "not_sure" }));
      expect((await kit.post(path(spaceId, "/readiness"), kitCheck)).status).toBe(201);
      const robinLetter = await sealedItem("unsent-letter", "Robin's letter");
      const kitLetter = await sealedItem("unsent-letter", "Kit's letter");
      await robin.post(path(spaceId, "/letters"), robinLetter);
      await kit.post(path(spaceId, "/letters"), kitLetter);
      const robinPrivate = await sealedItem("private-reflection", "Robin's own");
      const kitPrivate = await sealedItem("private-reflection", "Kit's own");
      await robin.post(path(spaceId, "/reflections"), { ...robinPrivate, kind: "learning_from_past" });
      await kit.post(path(spaceId, "/reflections"), { ...kitPrivate, kind: "self_trust" });
      await kit.post(path(spaceId, "/forgiveness/reflections"), {
        step: "feel_it",
        text: "KIT-SHARED-STEP",
        resentment: 7,
        share: true,
      });
      await kit.post(path(spaceId, "/forgiveness/reflections"), {
        step: "name_the_hurt",
        text: "KIT-UNSHARED-STEP",
      });
      await robin.post(path(spaceId, "/appreciations"), { text: "ROBIN-APPRECIATION" });
      await kit.post(path(spaceId, "/appreciations"), { text: "KIT-APPRECIATION" });
      const together = await robin.post(path(spaceId, "/time-together"), { title: "Picnic in the park" });
      await kit.post(path(spaceId, `/time-together/${together.body.id}/done`));
      await kit.post(path(spaceId, `/time-together/${together.body.id}/reflection`), {
        text: "KIT-LINE-ALONE",
      });
      await kit.request("PUT", path(spaceId, "/closeness/ladder/hug"), { answer: "no" });
      await robin.request("PUT", path(spaceId, "/closeness/ladder/sit_close"), { answer: "yes" });
      await kit.request("PUT", path(spaceId, "/closeness/ladder/sit_close"), { answer: "yes" });

      const robinExport = await robin.get(path(spaceId, "/export.json"));
      expect(robinExport.status).toBe(200);
      expect(robinExport.headers.get("content-disposition")).toBe(
        `attachment; filename="mend-export-${robinExport.body.exportedAt.slice(0, 10)}.json"`,
      );
      expect(exportDocument.safeParse(robinExport.body).success).toBe(true);
      for (const mine of [
        robinLetter.sealed,
        robinPrivate.sealed,
        "ROBIN-APPRECIATION",
        "KIT-SHARED-STEP",
        "KIT-APPRECIATION",
      ]) {
        expect(robinExport.text).toContain(mine);
      }
      for (const theirs of [
        kitLetter.sealed,
        kitLetter.id,
        kitPrivate.sealed,
        kitPrivate.id,
        "KIT-UNSHARED-STEP",
        "KIT-LINE-ALONE",
        kitCheck.sealed,
        kitCheck.id,
        "Not for me",
      ]) {
        expect(robinExport.text).not.toContain(theirs);
      }
      const robinSections = Object.fromEntries(
        robinExport.body.sections.map((s: { id: string; items: unknown[] }) => [s.id, s.items]),
      );
      expect(robinSections.readiness).toEqual([]);
      // A letter is in its author's export sealed, for their browser to open: the server has no words.
      expect(robinSections.letters).toEqual([
        expect.objectContaining({
          sealed: { kind: "unsent-letter", itemId: robinLetter.id, envelope: robinLetter.sealed },
        }),
      ]);
      expect(robinSections.letters[0]).not.toHaveProperty("text");
      expect(robinSections.reflections).toEqual([
        expect.objectContaining({
          sealed: { kind: "private-reflection", itemId: robinPrivate.id, envelope: robinPrivate.sealed },
        }),
      ]);
      expect(robinSections.closeness_ladder).toContainEqual(
        expect.objectContaining({ title: "Sitting close", from: "together", visibility: "shared" }),
      );
      // The other person's resentment rating stays theirs even in a reflection they shared.
      expect(JSON.stringify(robinSections.forgiveness)).not.toContain("Resentment");

      const kitExport = await kit.get(path(spaceId, "/export.json"));
      for (const mine of [
        kitLetter.sealed,
        kitPrivate.sealed,
        "KIT-UNSHARED-STEP",
        "KIT-SHARED-STEP",
        "KIT-LINE-ALONE",
        "ROBIN-APPRECIATION",
      ]) {
        expect(kitExport.text).toContain(mine);
      }
      for (const theirs of [robinLetter.sealed, robinLetter.id, robinPrivate.sealed, robinPrivate.id]) {
        expect(kitExport.text).not.toContain(theirs);
      }
      // The answers are in their taker's export sealed, for their browser to open; the server has none.
      const kitSections = Object.fromEntries(
        kitExport.body.sections.map((s: { id: string; items: unknown[] }) => [s.id, s.items]),
      );
      expect(kitSections.readiness).toEqual([
        expect.objectContaining({
          from: "you",
          visibility: "private",
          sealed: { kind: "readiness-answers", itemId: kitCheck.id, envelope: kitCheck.sealed },
          details: [],
        }),
      ]);
      expect(kitExport.text).not.toContain("not_sure");
      expect(kitExport.text).not.toContain("I'm not sure I want to repair this");
    });

    it("comes as a readable PDF too", async () => {
      const { robin, spaceId } = await pair();
      await robin.post(path(spaceId, "/appreciations"), { text: "Zoë, ça va? Ünïcödé and 漢字 too." });
      await robin.post(path(spaceId, "/letters"), await sealedItem("unsent-letter", "Sealed."));
      const pdf = await robin.get(path(spaceId, "/export.pdf"));
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get("content-type")).toBe("application/pdf");
      expect(pdf.headers.get("content-disposition")).toMatch(
        /^attachment; filename="mend-export-\d{4}-\d{2}-\d{2}\.pdf"$/,
      );
      expect(pdf.text.startsWith("%PDF-")).toBe(true);
    });
  });
});
