import { endedRefusal } from "@mend/core/ending/content";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "../../../test/support/databases.ts";
import { expectExport } from "../../../test/support/export.ts";
import { buildPair } from "../../../test/support/factories.ts";
import { startTestServer, type TestServer } from "../../../test/support/test-server.ts";
import { agreementTerms } from "./test-fixtures.ts";

describe.each(databaseKinds)(
  "agreements, boundaries, promises and openness in the data export on %s",
  (kind) => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer(kind);
    });
    afterAll(() => server?.close());

    it("holds the shared records both can see, and never the calendar feed's secret address", async () => {
      // Robin broke trust and makes promises; Kit was hurt.
      const robin = server.client();
      const kit = server.client();
      const { id: spaceId } = await buildPair(robin, kit);
      const url = (rest: string) => `/api/spaces/${spaceId}${rest}`;
      const proposed = await robin.post(url("/agreements"), agreementTerms({ what: "AGREEMENT-WHAT" }));
      expect(proposed.status).toBe(201);
      expect((await kit.post(url("/boundaries"), { statement: "KIT-BOUNDARY", why: "KIT-WHY" })).status).toBe(
        201,
      );
      const promise = await robin.post(url("/promises"), {
        text: "ROBIN-PROMISE",
        schedule: { kind: "daily", time: "18:00", startsOn: "2026-05-04" },
        timeZone: "Europe/London",
      });
      expect(promise.status).toBe(201);
      expect((await robin.post(url("/transparency"), { note: "ROBIN-OPENNESS" })).status).toBe(201);
      const feed = await robin.post(url("/calendar-feed"), {});
      expect(feed.status).toBe(201);
      const token = String(feed.body.path).replace("/api/calendar/", "").replace(".ics", "");

      const shared = ["AGREEMENT-WHAT", "KIT-BOUNDARY", "KIT-WHY", "ROBIN-PROMISE", "ROBIN-OPENNESS"];
      const robinCopy = await expectExport(robin, spaceId, { holds: shared, never: [token] });
      for (const id of ["agreements", "boundaries", "promises", "transparency"]) {
        const section = robinCopy.sections.find((s) => s.id === id);
        expect(section?.items.every((item) => item.visibility === "shared")).toBe(true);
      }
      await expectExport(kit, spaceId, { holds: shared, never: [token] });
    });

    it("refuses new agreements and boundaries once the repair has ended, while letting go of them still works", async () => {
      const robin = server.client();
      const kit = server.client();
      const { id: spaceId } = await buildPair(robin, kit);
      const url = (rest: string) => `/api/spaces/${spaceId}${rest}`;
      const proposed = await robin.post(url("/agreements"), agreementTerms());
      const pendingId = proposed.body.pending.id;
      const boundary = await kit.post(url("/boundaries"), { statement: "I need a call if you'll be late." });
      expect((await kit.post(url("/ending"))).status).toBe(200);

      const refused = await robin.post(url("/agreements"), agreementTerms());
      expect(refused.status).toBe(409);
      expect(refused.body.error.message).toBe(endedRefusal);
      const agreement = url(`/agreements/${proposed.body.id}`);
      expect((await kit.post(`${agreement}/accept`, { pendingId })).status).toBe(409);
      expect((await kit.post(url("/boundaries"), { statement: "Another one." })).status).toBe(409);
      expect((await kit.post(`${agreement}/decline`, { pendingId })).status).toBe(200);
      expect((await kit.post(url(`/boundaries/${boundary.body.id}/retire`))).status).toBe(200);
      expect((await robin.get(url("/boundaries"))).body.boundaries[0].state).toBe("retired");
    });
  },
);
