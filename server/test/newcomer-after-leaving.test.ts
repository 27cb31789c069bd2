import { randomUUID } from "node:crypto";
import { calm } from "@mend/core/readiness/sample-answers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKinds } from "./support/databases.ts";
import { buildPair, invite, signUp } from "./support/factories.ts";
import type { TestClient } from "./support/http-client.ts";
import { readPdfText } from "./support/pdf-text.ts";
import { fillParams, sampleBodies } from "./support/route-samples.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";
import { sealedReadiness } from "./support/vault.ts";

/**
 * Robin and Kit share a space; Kit leaves; Sky joins on Robin's new invitation. The rule is the one in
 * spaces/pair.ts, for every feature: a one-person item reaches a member if it is theirs, or the other
 * member's shared while they were there (`reaches`); a two-person item belongs to the pair now in the
 * space (`betweenUs`). So Sky sees nothing written before Sky joined, by Kit or by Robin: not the
 * words, not the ids, not what progress or trust was derived from them. Robin keeps their own history;
 * what Kit shared, and what passed between Robin and Kit, went with Kit.
 */

const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const paramNames = (url: string) => [...url.matchAll(/:(\w+)/g)].map((match) => match[1] as string);
/** The folder a parameter names a record of: "/api/spaces/:spaceId/talks" for ":talkId". */
const collectionOf = (url: string, name: string) => url.slice(0, url.indexOf(`:${name}`) - 1);

const envelope = /^mv\d+\.[A-Za-z0-9_-]+$/;

/**
 * A sample body with each free text swapped for one no other text contains; a vault envelope stays as it
 * is (the server never reads inside), and an item sealed in the browser gets an id of its own, as each
 * browser makes one, so both people's writes are kept.
 */
function marked(body: unknown, mark: () => string): unknown {
  if (Array.isArray(body)) return body.map((item) => marked(item, mark));
  if (typeof body === "object" && body !== null) {
    const fields = Object.entries(body).map(([name, value]) => [name, marked(value, mark)]);
    const ownId = "sealed" in body && "id" in body ? { id: randomUUID() } : {};
    return { ...Object.fromEntries(fields), ...ownId };
  }
  return typeof body === "string" && /[ .?]/.test(body) && !/^\d/.test(body) && !envelope.test(body)
    ? `${body} ${mark()}`
    : body;
}

/** Other bodies than the samples' where records need something more to be shared or to exist. */
const sharingBodies: Record<string, unknown> = {
  "POST /api/spaces/:spaceId/checkins": {
    kind: "daily",
    trustNow: 5,
    utcOffsetMinutes: 0,
    need: "A line.",
    sharing: { trustNow: true, elements: true, emotions: true, signs: true, need: true },
  },
  "POST /api/spaces/:spaceId/triggers": { category: "place", intensity: 3, share: true },
  "POST /api/spaces/:spaceId/reassurance": { ask: "call", message: "A line." },
  // Due within the hour, so that it can be marked now (an early mark counts from the time it is due).
  "POST /api/spaces/:spaceId/promises": {
    text: "Call at six",
    schedule: { kind: "daily", time: "10:00", startsOn: "2026-05-04" },
    timeZone: "UTC",
  },
  "POST /api/spaces/:spaceId/promises/:promiseId/marks": { occurrence: "2026-05-04T10:00", outcome: "kept" },
};

describe.each(databaseKinds)("what a newcomer finds after someone left, on %s", (kind) => {
  let server: TestServer;
  let robin: TestClient;
  let kit: TestClient;
  let sky: TestClient;
  let spaceId: string;
  /** Every text Robin or Kit wrote before Sky joined, and every id that came back. */
  const marks: { robin: string[]; kit: string[] } = { robin: [], kit: [] };
  const formerIds = new Set<string>();
  /** Real record ids by the folder they live in, Robin's and Kit's. */
  const ids = new Map<string, string[]>();
  let kitMemberId: string;
  let robinMemberId: string;
  /** Sky's view of the progress pages in a space where nothing happened before Sky joined. */
  const freshViews = new Map<string, unknown>();

  const getRoutes = () =>
    server.app.routeTable.filter(
      (route) =>
        route.method === "GET" && route.url.startsWith("/api/") && !route.url.startsWith("/api/docs"),
    );

  /** Each combination of real ids for a route's parameters (the space's own first). */
  function paramSets(url: string): Record<string, string>[] {
    let sets: Record<string, string>[] = [{ spaceId }];
    for (const name of paramNames(url)) {
      if (name === "spaceId") continue;
      const known = ids.get(collectionOf(url, name)) ?? [];
      sets = sets.flatMap((set) => known.map((id) => ({ ...set, [name]: id })));
    }
    return sets;
  }

  async function makeEverything(stamp: string) {
    const writers = [
      { client: robin, who: "robin" as const },
      { client: kit, who: "kit" as const },
    ];
    const makers = Object.keys(sampleBodies)
      .filter(
        (route) => /^(POST|PUT) \/api\/spaces\/:spaceId\//.test(route) && !/\/(leave|ending)$/.test(route),
      )
      .sort((a, b) => paramNames(a).length - paramNames(b).length);
    for (const route of makers) {
      const [method, url] = route.split(" ") as [string, string];
      if (/:\w+$/.test(url) && !url.includes("/drafts/")) continue;
      for (const params of paramSets(url).length ? paramSets(url) : []) {
        for (const { client, who } of writers) {
          const written: string[] = [];
          const body = marked(sharingBodies[route] ?? sampleBodies[route], () => {
            const mark = `${who}${stamp}${written.length}x${marks[who].length}`;
            written.push(mark);
            return mark;
          });
          const response = await client.request(
            method,
            fillParams(url, { formKey: "question", ...params }),
            body,
          );
          if (response.status >= 300) continue;
          marks[who].push(...written);
          for (const id of response.text.match(uuid) ?? []) formerIds.add(id);
          // A mark comes back inside its occurrence; every other record as itself.
          const id = response.body?.id ?? response.body?.mark?.id;
          if (typeof id === "string") ids.set(url, [...(ids.get(url) ?? []), id]);
        }
      }
    }
    // One agreement in force, so that it has review dates (the calendar feed) and can be broken.
    const agreements = `/api/spaces/${spaceId}/agreements`;
    const [robinsAgreement] = ids.get("/api/spaces/:spaceId/agreements") ?? [];
    const proposal = await kit.get(`${agreements}/${robinsAgreement}`);
    const accepted = await kit.post(`${agreements}/${robinsAgreement}/accept`, {
      pendingId: proposal.body.pending.id,
    });
    expect(accepted.status, accepted.text).toBe(200);
    marks.robin.push(`robin${stamp}breach`);
    const breach = await robin.post(`${agreements}/${robinsAgreement}/breaches`, {
      by: "me",
      account: `I was late, robin${stamp}breach`,
    });
    expect(breach.status, breach.text).toBe(201);
    for (const id of breach.text.match(uuid) ?? []) formerIds.add(id);
    for (const { client } of writers) {
      const ladder = await client.get(`/api/spaces/${spaceId}/closeness/ladder`);
      const step = ladder.body.steps[0].id as string;
      expect(
        (await client.request("PUT", `/api/spaces/${spaceId}/closeness/ladder/${step}`, { answer: "yes" }))
          .status,
      ).toBe(200);
      expect(
        (await client.post(`/api/spaces/${spaceId}/readiness`, await sealedReadiness(calm))).status,
      ).toBe(201);
    }
  }

  /** Everything a member can read in the space: each GET route, the calendar feed and the PDF export. */
  async function everythingReadBy(client: TestClient): Promise<Map<string, string>> {
    const read = new Map<string, string>();
    for (const route of getRoutes()) {
      if (route.url.endsWith("/events/stream") || route.url.startsWith("/api/calendar/")) continue;
      for (const params of paramSets(route.url)) {
        const path = fillParams(route.url, params);
        if (route.url.endsWith(".pdf")) {
          const pdf = await fetch(`${server.baseUrl}${path}`, {
            headers: { cookie: client.sessionCookie ?? "" },
          });
          expect(pdf.status, path).toBeLessThan(500);
          // A PDF route that is not a member's (a counselor's session prep) answers a member "not found".
          if (pdf.headers.get("content-type")?.startsWith("application/pdf")) {
            const pages = await readPdfText(new Uint8Array(await pdf.arrayBuffer()));
            read.set(path, pages.flatMap((page) => page.boxes.map((box) => box.text)).join(" "));
          } else {
            read.set(path, await pdf.text());
          }
          continue;
        }
        const response = await client.get(path);
        expect(response.status, `${path}: ${response.text}`).toBeLessThan(500);
        read.set(path, response.text);
      }
    }
    const feed = await client.post(`/api/spaces/${spaceId}/calendar-feed`, {});
    expect(feed.status).toBe(201);
    read.set("calendar feed", await (await fetch(`${server.baseUrl}${feed.body.path}`)).text());
    return read;
  }

  beforeAll(async () => {
    server = await startTestServer(kind);
    robin = server.client();
    kit = server.client();
    spaceId = (await buildPair(robin, kit)).id;
    robinMemberId = (await robin.get(`/api/spaces/${spaceId}/journey`)).body.yourMemberId;
    kitMemberId = (await kit.get(`/api/spaces/${spaceId}/journey`)).body.yourMemberId;
    await makeEverything("wrote");

    // The same people's first evening in a space of their own: what Sky would see with no history.
    const freshRobin = server.client();
    const freshSky = server.client();
    const fresh = (await buildPair(freshRobin, freshSky)).id;
    expect(
      (await freshRobin.post(`/api/spaces/${fresh}/readiness`, await sealedReadiness(calm))).status,
    ).toBe(201);
    const pages = [
      "journey",
      "insights",
      "insights/how-trust-is-read",
      "help",
      "maintenance",
      "consistency",
      "closeness/ladder",
    ];
    for (const page of pages) {
      freshViews.set(page, (await freshSky.get(`/api/spaces/${fresh}/${page}`)).body);
    }

    expect((await kit.post(`/api/spaces/${spaceId}/leave`)).status).toBe(204);
    server.advance(60_000);
    sky = server.client();
    await signUp(sky, "Sky");
    const { token } = await invite(robin, spaceId);
    expect((await sky.post("/api/invitations/accept", { token, view: "them" })).status).toBe(200);
  }, 300_000);
  afterAll(() => server?.close());

  it("wrote something of every kind that has a shared view", () => {
    const made = [...ids.keys()].map((url) => url.replace(`/api/spaces/:spaceId/`, ""));
    expect(made).toEqual(
      expect.arrayContaining([
        "agreements",
        "boundaries",
        "promises",
        "promises/:promiseId/marks",
        "promises/:promiseId/marks/:markId/response",
        "transparency",
        "checkins",
        "forgiveness/reflections",
        "appreciations",
        "time-together",
        "questions",
        "triggers",
        "reassurance",
        "talks",
      ]),
    );
    expect(marks.kit.length).toBeGreaterThan(15);
    expect(formerIds.size).toBeGreaterThan(30);
  });

  it("shows Sky nothing Robin or Kit wrote before Sky joined, on any route", async () => {
    const formerMarks = [...marks.robin, ...marks.kit];
    const secret = new Set([...formerIds, kitMemberId]);
    secret.delete(robinMemberId);
    secret.delete(spaceId);
    const leaks: string[] = [];
    for (const [path, text] of await everythingReadBy(sky)) {
      const words = formerMarks.filter((mark) => new RegExp(`${mark}(?!\\d)`).test(text));
      const found = [...(text.match(uuid) ?? [])].filter((id) => secret.has(id));
      if (words.length || found.length) leaks.push(`${path}: ${[...words, ...new Set(found)].join(", ")}`);
    }
    expect(leaks).toEqual([]);
  }, 300_000);

  it("derives Sky's progress, trust and closeness from nothing before Sky joined", async () => {
    const erase = (value: unknown) =>
      JSON.parse(
        JSON.stringify(value)
          .replace(uuid, "id")
          .replace(/\d{4}-\d{2}-\d{2}T[\d:.]+Z?/g, "time"),
      );
    const seen: Record<string, unknown> = {};
    for (const page of freshViews.keys())
      seen[page] = erase((await sky.get(`/api/spaces/${spaceId}/${page}`)).body);
    expect(seen).toEqual(erase(Object.fromEntries(freshViews)));
  });

  it("dates the space, for Sky, from the day Sky came", async () => {
    const started = async (client: TestClient) =>
      Date.parse((await client.get(`/api/spaces/${spaceId}`)).body.createdAt);
    expect(await started(sky)).toBeGreaterThan(await started(robin));
    const listed = (await sky.get("/api/spaces")).body.spaces as { createdAt: string }[];
    expect(listed.map((space) => Date.parse(space.createdAt))).toEqual([await started(sky)]);
  });

  it("keeps Robin's own history for Robin", async () => {
    const robinReads = [...(await everythingReadBy(robin)).values()].join("\n");
    const kept = marks.robin.filter((mark) => new RegExp(`${mark}(?!\\d)`).test(robinReads));
    expect(kept.length).toBeGreaterThan(marks.robin.length / 2);
    for (const feature of [
      "checkins/mine",
      "appreciations",
      "agreements",
      "boundaries",
      "promises",
      "transparency",
      "time-together",
    ]) {
      const text = (await robin.get(`/api/spaces/${spaceId}/${feature}`)).text;
      expect(
        marks.robin.some((mark) => text.includes(mark)),
        feature,
      ).toBe(true);
    }
  }, 300_000);

  it("shows Robin no more of what Kit shared once Kit has left, as pair.ts decides", async () => {
    for (const feature of ["checkins/theirs", "boundaries", "transparency", "agreements", "time-together"]) {
      const text = (await robin.get(`/api/spaces/${spaceId}/${feature}`)).text;
      expect(
        marks.kit.filter((mark) => new RegExp(`${mark}(?!\\d)`).test(text)),
        feature,
      ).toEqual([]);
    }
  });

  it("lets Sky see what Robin shares now that Sky is here", async () => {
    const appreciation = await robin.post(`/api/spaces/${spaceId}/appreciations`, {
      text: "Thank you, robinnow",
    });
    expect(appreciation.status).toBe(201);
    expect((await sky.get(`/api/spaces/${spaceId}/appreciations`)).text).toContain("robinnow");
  });
});
