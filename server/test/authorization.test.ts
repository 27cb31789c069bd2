import { getTableName, is } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RouteSummary } from "../src/app.ts";
import * as schema from "../src/db/schema.ts";
import { databaseKinds } from "./support/databases.ts";
import { buildPair, buildSpace, invite, signUp } from "./support/factories.ts";
import type { TestClient } from "./support/http-client.ts";
import { fillParams, sampleBodies, sampleQueries } from "./support/route-samples.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";
import { sealedItem } from "./support/vault.ts";

/** The only API routes anyone may call without signing in. Adding one means adding it here, on purpose. */
const publicApiRoutes = [
  "GET /api/calendar/:token.ics",
  "GET /api/config",
  "GET /api/safety-resources",
  "POST /api/auth/key-settings",
  "POST /api/auth/login",
  "POST /api/auth/passkey",
  "POST /api/auth/passkey/options",
  "POST /api/auth/recover",
  // Answers only a holder of an unused code, with the vault key sealed by that code.
  "POST /api/auth/recover/vault-key",
  "POST /api/auth/reset-link",
  "POST /api/auth/reset-password",
  "POST /api/auth/reset-password/check",
  "POST /api/auth/second-step",
  "POST /api/auth/second-step/passkey-options",
  "POST /api/auth/signup",
];

const tables = (Object.values(schema) as unknown[]).filter((value): value is PgTable => is(value, PgTable));

async function snapshot(server: TestServer): Promise<string> {
  const parts: string[] = [];
  for (const table of tables) {
    const rows = await server.handle.db.select().from(table);
    parts.push(`${getTableName(table)}:${JSON.stringify(rows)}`);
  }
  return parts.join("\n");
}

describe.each(databaseKinds)("authorization of every route on %s", (kind) => {
  let server: TestServer;
  let stranger: TestClient;
  let params: Record<string, string>;

  beforeAll(async () => {
    server = await startTestServer(kind);
    const soloOwner = server.client();
    await signUp(soloOwner, "Owner");
    const solo = await buildSpace(soloOwner);
    const invitation = await invite(soloOwner, solo.id);
    // Each route gets the ids of things that really exist, just not in the stranger's space.
    const entryId = crypto.randomUUID();
    await soloOwner.post("/api/journal", { id: entryId, sealed: `mv1.${"A".repeat(96)}` });
    params = { spaceId: solo.id, invitationId: invitation.id, entryId };
    stranger = server.client();
    await signUp(stranger, "Stranger");
    await buildSpace(stranger);
  });
  afterAll(() => server?.close());

  const apiRoutes = () =>
    server.app.routeTable.filter((r) => r.url.startsWith("/api/") && !r.url.startsWith("/api/docs"));

  it("lists exactly the intended public routes", () => {
    const open = apiRoutes()
      .filter((r) => r.access === "public" && r.method !== "HEAD")
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    expect(open).toEqual(publicApiRoutes);
  });

  it("answers 401 to an anonymous caller on every other route, changing nothing", async () => {
    const closed = apiRoutes().filter((r) => r.access !== "public");
    expect(closed.length).toBeGreaterThan(5);
    const before = await snapshot(server);
    for (const route of closed) {
      const response = await server
        .client()
        .request(
          route.method,
          fillParams(route.url, params),
          route.method === "GET" || route.method === "HEAD" ? undefined : {},
        );
      expect({ route: `${route.method} ${route.url}`, status: response.status }).toEqual({
        route: `${route.method} ${route.url}`,
        status: 401,
      });
    }
    expect(await snapshot(server)).toBe(before);
  });

  it("answers 404 to a member of another space on every space route, changing nothing", async () => {
    const spaceRoutes = apiRoutes().filter((r) => r.access === "space");
    expect(spaceRoutes.length).toBeGreaterThan(2);
    const before = await snapshot(server);
    for (const route of spaceRoutes) {
      const isRead = route.method === "GET" || route.method === "HEAD";
      const response = await stranger.request(
        route.method,
        fillParams(route.url, params),
        isRead ? undefined : (sampleBodies[`${route.method} ${route.url}`] ?? {}),
      );
      expect({ route: `${route.method} ${route.url}`, status: response.status }).toEqual({
        route: `${route.method} ${route.url}`,
        status: 404,
      });
    }
    expect(await snapshot(server)).toBe(before);
  });

  it("answers 404 to another account on every route about one of the owner's own items, changing nothing", async () => {
    const ownItemRoutes = apiRoutes().filter((r) => r.url.startsWith("/api/journal/:entryId"));
    expect(ownItemRoutes.length).toBeGreaterThanOrEqual(2);
    const before = await snapshot(server);
    for (const route of ownItemRoutes) {
      const response = await stranger.request(
        route.method,
        fillParams(route.url, params),
        sampleBodies[`${route.method} ${route.url}`],
      );
      expect({ route: `${route.method} ${route.url}`, status: response.status }).toEqual({
        route: `${route.method} ${route.url}`,
        status: 404,
      });
    }
    expect(await snapshot(server)).toBe(before);
  });

  it("declares every space route's access: a member's (space) or a counselor's (counselor)", () => {
    for (const route of apiRoutes()) {
      if (route.url.includes(":spaceId"))
        expect(`${route.method} ${route.url} ${route.access}`).toMatch(/ (space|counselor)$/);
    }
  });

  describe("a counselor of the space", () => {
    let robin: TestClient;
    let kit: TestClient;
    let ash: TestClient;
    let counselorParams: Record<string, string>;
    const isRead = (method: string) => method === "GET" || method === "HEAD";

    beforeAll(async () => {
      robin = server.client();
      kit = server.client();
      ash = server.client();
      const space = await buildPair(robin, kit);
      await signUp(ash, "Ash");
      // Private items of each member, so the counselor is sent to real ids of things it must never see.
      const entry = await robin.post(
        `/api/spaces/${space.id}/solo/timeline`,
        await sealedItem(
          "solo-timeline",
          JSON.stringify({
            date: null,
            roughly: "Last spring",
            happened: "A private line.",
            certainty: "know",
          }),
        ),
      );
      const letter = await kit.post(
        `/api/spaces/${space.id}/letters`,
        await sealedItem("unsent-letter", JSON.stringify({ body: "A private letter." })),
      );
      const reflection = await kit.post(`/api/spaces/${space.id}/reflections`, {
        kind: "self_trust",
        ...(await sealedItem("private-reflection", "A private reflection.")),
      });
      counselorParams = {
        spaceId: space.id,
        entryId: entry.body.id,
        letterId: letter.body.id,
        reflectionId: reflection.body.id,
        formKey: "question",
      };
      const link = await robin.post(`/api/spaces/${space.id}/counselor/invitations`);
      await ash.post("/api/counselor/invitations/accept", { token: link.body.token });
    });

    /** Sends the counselor to every route of a member's space, and to its own routes when asked. */
    async function statuses(routes: RouteSummary[]) {
      const seen: { route: string; status: number }[] = [];
      for (const route of routes) {
        const response = await ash.request(
          route.method,
          fillParams(route.url, counselorParams) +
            (sampleQueries[`${route.method === "HEAD" ? "GET" : route.method} ${route.url}`] ?? ""),
          isRead(route.method) ? undefined : (sampleBodies[`${route.method} ${route.url}`] ?? {}),
        );
        seen.push({ route: `${route.method} ${route.url}`, status: response.status });
      }
      return seen;
    }
    const spaceRoutes = () => apiRoutes().filter((r) => r.access === "space" && r.method !== "HEAD");
    const counselorRoutes = () => apiRoutes().filter((r) => r.access === "counselor");
    const all = (routes: RouteSummary[], status: number) =>
      routes.map((r) => ({ route: `${r.method} ${r.url}`, status }));

    it("answers 404 everywhere before both members say yes, changing nothing", async () => {
      await robin.post(`/api/spaces/${counselorParams.spaceId}/counselor/consent`);
      const routes = [...spaceRoutes(), ...counselorRoutes()];
      const before = await snapshot(server);
      expect(await statuses(routes)).toEqual(all(routes, 404));
      expect(await snapshot(server)).toBe(before);
    });

    it("with both yeses, answers 404 to every member's read and 403 to every member's write, changing nothing", async () => {
      await kit.post(`/api/spaces/${counselorParams.spaceId}/counselor/consent`);
      const routes = spaceRoutes();
      const before = await snapshot(server);
      expect(await statuses(routes)).toEqual(
        routes.map((r) => ({ route: `${r.method} ${r.url}`, status: isRead(r.method) ? 404 : 403 })),
      );
      expect(await snapshot(server)).toBe(before);
    });

    it("answers 404 everywhere once either member ends access, changing nothing", async () => {
      await kit.post(`/api/spaces/${counselorParams.spaceId}/counselor/end`);
      const routes = [...spaceRoutes(), ...counselorRoutes()];
      const before = await snapshot(server);
      expect(await statuses(routes)).toEqual(all(routes, 404));
      expect(await snapshot(server)).toBe(before);
    });
  });
});
