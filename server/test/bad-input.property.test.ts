import { isBoundedDateInput } from "@mend/core/date-input";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RouteSummary } from "../src/app.ts";
import { databaseKinds } from "./support/databases.ts";
import { buildPair, spaceInput, testPassword } from "./support/factories.ts";
import { TestClient } from "./support/http-client.ts";
import {
  arbitraryFor,
  hostileSegments,
  planted,
  queryValueArbitrary,
  toJsonSchema,
  toJsonText,
  tooLargeForADouble,
} from "./support/input-arbitraries.ts";
import { fillParams, sampleBodies, sampleEnvelope } from "./support/route-samples.ts";
import { startTestServer, type TestServer } from "./support/test-server.ts";

/**
 * Generated requests per route, kept small for a busy two-core machine: a route with a body or a query
 * has much to vary; one with only path parameters has little.
 */
const runsWithInput = 6;
const runsWithParamsOnly = 2;

/** Routes that end the member's session, membership or space; they go last so the rest reach their service. */
const endsSomething = /logout|\/account\/delete$|\/leave$|\/ending$/;

const key = (route: RouteSummary) => `${route.method} ${route.url}`;
const paramNames = (url: string) => [...url.matchAll(/:(\w+)/g)].map((match) => match[1] as string);

/** The folder a parameter names a record of: "/api/spaces/:spaceId/talks" for ":talkId". */
const collectionOf = (url: string, name: string) => url.slice(0, url.indexOf(`:${name}`) - 1);

interface GeneratedRequest {
  path: string;
  body: string | undefined;
}

interface Failure {
  route: string;
  status: number;
  path: string;
  body: string | undefined;
  seed: number;
}

type ZodNode = { _zod?: { def?: Record<string, unknown> } };

/** Every schema node inside an input contract, wrappers and branches included. */
function* nodesOf(schema: unknown, seen = new Set<unknown>()): Generator<ZodNode> {
  if (typeof schema !== "object" || schema === null || seen.has(schema)) return;
  seen.add(schema);
  const def = (schema as ZodNode)._zod?.def;
  if (!def) return;
  yield schema as ZodNode;
  for (const value of Object.values(def)) {
    if (Array.isArray(value)) for (const item of value) yield* nodesOf(item, seen);
    else if (typeof value === "object" && value !== null && "_zod" in value) yield* nodesOf(value, seen);
    else if (def.type === "object" && value === def.shape) {
      for (const field of Object.values(value as Record<string, unknown>)) yield* nodesOf(field, seen);
    }
  }
  if (def.type === "lazy" && typeof def.getter === "function") yield* nodesOf(def.getter(), seen);
}

/**
 * Valid bodies beside the space routes' samples: the routes outside a space that take text, and fuller
 * bodies where a sample leaves out an optional date or text.
 */
const moreSamples: Record<string, unknown> = {
  "POST /api/spaces/:spaceId/checkins": {
    kind: "daily",
    trustNow: 5,
    utcOffsetMinutes: 0,
    need: "A line.",
    id: "3c9d2e71-5a8b-4c16-9f0e-7b2a4d6c8e15",
    sealedNote: sampleEnvelope,
  },
  "POST /api/spaces/:spaceId/triggers": {
    category: "place",
    intensity: 3,
    occurredAt: "2026-05-04T08:00:00+01:00",
    id: "7e3a1c52-9b4d-4f08-b6e1-3c2d8a9f0b13",
    sealed: sampleEnvelope,
  },
  "POST /api/spaces/:spaceId/agreements/:agreementId/breaches": {
    by: "me",
    account: "I was late",
    happenedAt: "2026-05-03T20:00:00Z",
  },
  "POST /api/spaces/:spaceId/talks": { topic: "The weekend", startsAt: "2026-05-05T18:00:00Z" },
  "POST /api/spaces/:spaceId/talks/:talkId/time": { startsAt: "2026-05-06T18:00:00Z" },
  "POST /api/spaces/:spaceId/time-together": { title: "A walk", plannedFor: "2026-05-09" },
  "PUT /api/spaces/:spaceId/time-together/:planId": { title: "A walk", plannedFor: "2026-05-10" },
  "POST /api/spaces/:spaceId/reassurance": { message: "A line." },
  "POST /api/auth/signup": { email: `${planted}@example.org`, password: testPassword, displayName: "Robin" },
  "POST /api/auth/login": { email: `${planted}@example.org`, password: testPassword },
  "POST /api/spaces": spaceInput(),
  "POST /api/invitations/preview": { token: planted },
};

type Leaf = { path: (string | number)[]; value: unknown };

function leavesOf(value: unknown, path: (string | number)[] = []): Leaf[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => leavesOf(item, [...path, index]));
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).flatMap(([name, item]) => leavesOf(item, [...path, name]));
  }
  return [{ path, value }];
}

function replaced(body: unknown, path: (string | number)[], value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  const copy = (Array.isArray(body) ? [...body] : { ...(body as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head] = replaced(copy[head], rest, value);
  return copy;
}

/** What each kind of field of a valid body is swapped for, one field at a time. */
function spoilersFor(value: unknown): unknown[] {
  if (typeof value === "number") return [2 ** 31, 2 ** 53 + 2, tooLargeForADouble];
  if (typeof value !== "string") return [];
  const dates = /^\d{4}-\d{2}-\d{2}/.test(value) ? [`0000${value.slice(4)}`, `9999${value.slice(4)}`] : [];
  return [`${planted}\u0000`, `\u0000`, `${planted}\uD800`, `\uDFFF${planted}`, ...dates];
}

describe.each(databaseKinds)("bad input on every route on %s", (kind) => {
  let server: TestServer;
  let member: TestClient;
  let partner: TestClient;
  /** Who sends to each route: the partner where the member may not act (only one of them logs triggers). */
  const actors = new Map<string, TestClient>();
  let spaceId: string;
  /** Real record ids by the folder they live in, so requests reach past "not found". */
  const ids = new Map<string, string>();

  const apiRoutes = () =>
    server.app.routeTable.filter(
      (route) =>
        route.url.startsWith("/api/") && !route.url.startsWith("/api/docs") && route.method !== "HEAD",
    );

  function knownParams(url: string): Record<string, string> | undefined {
    const values: Record<string, string> = { spaceId };
    for (const name of paramNames(url)) {
      if (name === "spaceId") continue;
      const id = ids.get(collectionOf(url, name));
      if (!id) return undefined;
      values[name] = id;
    }
    return values;
  }

  beforeAll(async () => {
    server = await startTestServer(kind);
    member = server.client();
    partner = server.client();
    spaceId = (await buildPair(member, partner)).id;
    // Make one of each record, parents before children; the partner makes what the member may not.
    const makers = Object.entries(sampleBodies)
      .filter(([route]) => route.startsWith("POST ") && !/:\w+$/.test(route))
      .sort(([a], [b]) => paramNames(a).length - paramNames(b).length);
    for (const [route, body] of makers) {
      const url = route.slice("POST ".length);
      const params = knownParams(url);
      if (!params) continue;
      let response = await member.post(fillParams(url, params), body);
      if (response.status === 403) response = await partner.post(fillParams(url, params), body);
      if (typeof response.body?.id === "string") ids.set(url, response.body.id);
    }
    for (const route of apiRoutes()) {
      const sample = { ...sampleBodies, ...moreSamples }[key(route)];
      const params = knownParams(route.url);
      if (route.access !== "space" || sample === undefined || !params) continue;
      const probe = await member.request(route.method, fillParams(route.url, params), sample);
      actors.set(key(route), probe.status === 403 ? partner : member);
    }
  });

  const actorFor = (route: RouteSummary) =>
    route.access === "public" ? new TestClient(server.baseUrl) : (actors.get(key(route)) ?? member);
  afterAll(() => server?.close());

  it("made real records for the requests to aim at", () => {
    expect(ids.size).toBeGreaterThanOrEqual(10);
  });

  function requestArbitrary(route: RouteSummary): fc.Arbitrary<GeneratedRequest> {
    const segment = (name: string) => {
      const real = name === "spaceId" ? spaceId : ids.get(collectionOf(route.url, name));
      const usual = real ? fc.constant(real) : fc.uuid();
      return fc.oneof(
        { weight: 4, arbitrary: usual },
        { weight: 1, arbitrary: fc.constantFrom(...hostileSegments) },
      );
    };
    const params = fc.record(Object.fromEntries(paramNames(route.url).map((name) => [name, segment(name)])));
    const querySchema = route.input.querystring ? toJsonSchema(route.input.querystring) : undefined;
    const query = fc.record(
      Object.fromEntries(
        Object.entries(querySchema?.properties ?? {}).map(([name, schema]) => [
          name,
          queryValueArbitrary(schema),
        ]),
      ),
      { requiredKeys: [] },
    );
    const isRead = route.method === "GET" || route.method === "DELETE";
    const body = route.input.body
      ? arbitraryFor(toJsonSchema(route.input.body)).map(toJsonText)
      : fc.constant(isRead ? undefined : toJsonText({ text: `${planted}\u0000` }));
    return fc.record({ params, query, body }).map(({ params, query, body }) => {
      const search = Object.entries(query)
        .map(([name, value]) => `${name}=${value}`)
        .join("&");
      const path = route.url.replace(/:(\w+)/g, (_match, name: string) => params[name] ?? "");
      return { path: search ? `${path}?${search}` : path, body };
    });
  }

  async function send(client: TestClient, method: string, request: GeneratedRequest) {
    const response = await fetch(client.baseUrl + request.path, {
      method,
      headers: {
        ...(request.body === undefined ? {} : { "content-type": "application/json" }),
        ...(method === "GET" ? {} : { "x-mend-csrf": "1" }),
        ...(client.sessionCookie ? { cookie: client.sessionCookie } : {}),
      },
      body: request.body,
      redirect: "manual",
    });
    // A live event stream stays open; its status is all there is to check.
    if (response.headers.get("content-type")?.startsWith("text/event-stream")) {
      await response.body?.cancel();
      return { status: response.status, text: "" };
    }
    const text = await response.text();
    return { status: response.status, text };
  }

  it("takes dates only through the bounded date inputs", () => {
    const unbounded: string[] = [];
    for (const route of apiRoutes()) {
      for (const part of Object.values(route.input)) {
        for (const node of nodesOf(part)) {
          const def = node._zod?.def ?? {};
          if (def.type === "string" && ["datetime", "date", "time"].includes(String(def.format))) {
            if (!isBoundedDateInput(node)) unbounded.push(`${key(route)}: a ${String(def.format)}`);
          }
        }
      }
    }
    expect(unbounded).toEqual([]);
  });

  it("refuses NUL, lone surrogates, year 0 and huge numbers in each field of a valid body with a clear 400", async () => {
    const refusedBadly: string[] = [];
    let sent = 0;
    const samples = { ...sampleBodies, ...moreSamples };
    for (const route of apiRoutes()) {
      const sample = samples[key(route)];
      const params = knownParams(route.url);
      if (sample === undefined || !params) continue;
      const client = actorFor(route);
      for (const leaf of leavesOf(sample)) {
        for (const spoiler of spoilersFor(leaf.value)) {
          const body = toJsonText(replaced(sample, leaf.path, spoiler));
          sent += 1;
          const response = await send(client, route.method, { path: fillParams(route.url, params), body });
          const message = response.status === 400 ? JSON.parse(response.text).error?.message : undefined;
          if (typeof message !== "string" || message.length === 0) {
            refusedBadly.push(
              `${key(route)} ${leaf.path.join(".")}=${JSON.stringify(spoiler)}: ${response.status}`,
            );
          }
        }
      }
    }
    console.info(`${kind}: ${sent} bodies with one field spoiled`);
    expect(sent).toBeGreaterThan(200);
    expect(refusedBadly).toEqual([]);
    const log = server.logs();
    expect(log).not.toContain(planted);
    expect(log).not.toContain("$argon2");
  }, 600_000);

  it("answers generated and hostile input with a 4xx, never a 5xx, and logs none of it", async () => {
    const routes = apiRoutes().sort(
      (a, b) => Number(endsSomething.test(a.url)) - Number(endsSomething.test(b.url)),
    );
    const failures: Failure[] = [];
    const started = Date.now();
    let sent = 0;
    const timings: [string, number][] = [];
    for (const route of routes) {
      const routeStarted = Date.now();
      const client = () => actorFor(route);
      let status = 0;
      const details = await fc.check(
        fc.asyncProperty(requestArbitrary(route), async (request) => {
          const response = await send(client(), route.method, request);
          sent += 1;
          status = response.status;
          const clear = status !== 400 || /\w/.test(JSON.parse(response.text).error?.message ?? "");
          return status < 500 && clear;
        }),
        {
          numRuns: route.input.body || route.input.querystring ? runsWithInput : runsWithParamsOnly,
          endOnFailure: true,
        },
      );
      const [failed] = details.counterexample ?? [];
      if (failed) failures.push({ route: key(route), status, seed: details.seed, ...failed });
      timings.push([key(route), Date.now() - routeStarted]);
    }
    const seconds = Math.round((Date.now() - started) / 1000);
    const slowest = timings.sort((a, b) => b[1] - a[1]).slice(0, 3);
    console.info(`${kind}: ${sent} requests to ${routes.length} routes in ${seconds} s; slowest`, slowest);
    expect(failures).toEqual([]);
    const log = server.logs();
    expect(log).not.toContain(planted);
    expect(log).not.toContain("$argon2");
  }, 600_000);
});
