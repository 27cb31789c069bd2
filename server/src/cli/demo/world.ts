/**
 * A Mend running in this process with a clock the demo story moves. The story acts through the same
 * HTTP routes a browser uses (validation, access checks, the faithful record), only with dates in the
 * past, so the seeded history is exactly what real use would have produced.
 */
import { Writable } from "node:stream";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../app.ts";
import { readConfig } from "../../config.ts";
import type { DatabaseHandle } from "../../db/database.ts";

const minuteMs = 60_000;
/** Sign in again well inside the 30-minute idle limit, as someone returning later would. */
const sessionReuseMs = 20 * minuteMs;

type Json = Record<string, unknown>;

export interface DemoWorld {
  /** Moves the clock; a story only ever moves it forward. */
  at(when: Date): void;
  later(minutes: number): void;
  now(): Date;
  person(email: string, password: string): DemoPerson;
  close(): Promise<void>;
}

export interface DemoPerson {
  signUp(displayName: string): Promise<Json>;
  get(url: string): Promise<Json>;
  post(url: string, body?: Json): Promise<Json>;
  put(url: string, body: Json): Promise<Json>;
}

export async function openDemoWorld(handle: DatabaseHandle, start: Date): Promise<DemoWorld> {
  let now = start.getTime();
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  const app = await buildApp({
    db: handle.db,
    notifications: handle,
    config: readConfig({}, { logLevel: "warn" }),
    clock: () => new Date(now),
    logStream: silent,
  });
  await app.ready();
  const world: DemoWorld = {
    at(when) {
      if (when.getTime() < now) {
        throw new Error(`The demo story went back in time, to ${when.toISOString()}.`);
      }
      now = when.getTime();
    },
    later(minutes) {
      now += minutes * minuteMs;
    },
    now: () => new Date(now),
    person: (email, password) => demoPerson(app, () => now, email, password),
    close: () => app.close(),
  };
  return world;
}

function demoPerson(app: FastifyInstance, clock: () => number, email: string, password: string): DemoPerson {
  // Like a browser: each cookie by name (the session, and the device cookie that outlives it).
  const cookies = new Map<string, string>();
  const hasSession = () => [...cookies.keys()].some((name) => name.endsWith("mend_session"));
  let lastUsed = Number.NEGATIVE_INFINITY;

  async function send(method: "GET" | "POST" | "PUT", url: string, body?: Json): Promise<Json> {
    const response = await app.inject({
      method,
      url,
      headers: {
        ...(method === "GET" ? {} : { "x-mend-csrf": "1" }),
        ...(cookies.size > 0
          ? { cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join("; ") }
          : {}),
      },
      ...(body === undefined ? {} : { payload: body }),
    });
    const setCookie = response.headers["set-cookie"];
    for (const header of Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []) {
      const [pair = ""] = header.split(";");
      const name = pair.slice(0, pair.indexOf("="));
      const value = pair.slice(pair.indexOf("=") + 1);
      if (value) cookies.set(name, value);
      else cookies.delete(name);
    }
    if (response.statusCode >= 400) {
      throw new Error(
        `The demo story's ${method} ${url} was refused (${response.statusCode}): ${response.body}`,
      );
    }
    lastUsed = clock();
    return response.body ? (response.json() as Json) : {};
  }

  async function signedIn(method: "GET" | "POST" | "PUT", url: string, body?: Json): Promise<Json> {
    if (!hasSession() || clock() - lastUsed > sessionReuseMs) {
      await send("POST", "/api/auth/login", { email, password });
    }
    return send(method, url, body);
  }

  return {
    signUp: (displayName) => send("POST", "/api/auth/signup", { email, password, displayName }),
    get: (url) => signedIn("GET", url),
    post: (url, body) => signedIn("POST", url, body),
    put: (url, body) => signedIn("PUT", url, body),
  };
}
