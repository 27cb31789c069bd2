import { randomBytes } from "node:crypto";
import type { FastifyInstance } from "fastify";
import pg from "pg";
import { buildApp } from "../../server/src/app.ts";
import { readConfig } from "../../server/src/config.ts";
import type { DatabaseHandle } from "../../server/src/db/database.ts";
import { openPglite } from "../../server/src/db/pglite.ts";
import { openPostgres } from "../../server/src/db/postgres.ts";
import type { BenchResult } from "./result.ts";
import { checkOtherSpace } from "./scale/check-other-space.ts";
import {
  addOtherSpaces,
  type OtherSpacesOptions,
  otherSpaceEmail,
  otherSpacesOptions,
  otherSpacesPassword,
} from "./scale/other-spaces.ts";

/** A space's progress must cost about the same on its thousandth day as in its first month. */
const target = { ratio: 1.5 };
const histories = [
  { label: "1 month", days: 30 },
  { label: "3 years", days: 3 * 365 },
] as const;
const routes = ["insights", "journey", "help", "promises"] as const;
const warmUps = 3;
const rounds = 31;
const roundsAfterWrite = 7;

function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** A PostgreSQL database of the bench's own, so the run never meets anyone else's rows. */
async function scratchPostgres(adminUrl: string): Promise<{ handle: DatabaseHandle; drop(): Promise<void> }> {
  const name = `mend_bench_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openPostgres(url.toString());
  return {
    handle,
    async drop() {
      await handle.close();
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

/** Signs in as one person of generated space `space` and finds the space's address. */
async function signIn(
  app: FastifyInstance,
  space: number,
  person: "a" | "b",
): Promise<{ cookie: string; base: string }> {
  const login = await app.inject({
    method: "POST",
    url: "/api/auth/login",
    headers: { "x-mend-csrf": "1" },
    payload: { email: otherSpaceEmail(space, person), password: otherSpacesPassword },
  });
  const cookie =
    [login.headers["set-cookie"] ?? []]
      .flat()
      .find((header) => header.includes("mend_session="))
      ?.split(";")[0] ?? "";
  const listed = (await app.inject({ url: "/api/spaces", headers: { cookie } })).json() as {
    spaces: { id: string }[];
  };
  return { cookie, base: `/api/spaces/${listed.spaces[0]?.id}` };
}

async function timedRead(app: FastifyInstance, cookie: string, url: string): Promise<number> {
  const started = performance.now();
  const response = await app.inject({ url, headers: { cookie } });
  const took = performance.now() - started;
  if (response.statusCode !== 200) throw new Error(`${url} answered ${response.statusCode}`);
  return took;
}

/** The other person thanks the reader: something new on record, so the next read derives its page afresh. */
async function writeSomething(app: FastifyInstance, cookie: string, base: string): Promise<void> {
  const response = await app.inject({
    method: "POST",
    url: `${base}/appreciations`,
    headers: { cookie, "x-mend-csrf": "1" },
    payload: { text: "Thank you for listening tonight." },
  });
  if (response.statusCode >= 300) throw new Error(`thanking answered ${response.statusCode}`);
}

interface Measured {
  route: string;
  month: number;
  years: number;
}

function resultOf(name: string, lines: string[], measured: Measured[], rounds: number): BenchResult {
  let worst = 0;
  for (const { route, month, years } of measured) {
    const ratio = years / month;
    worst = Math.max(worst, ratio);
    lines.push(
      `${route}: ${month.toFixed(1)} ms at 1 month, ${years.toFixed(1)} ms at 3 years (medians of ${rounds}): ${ratio.toFixed(2)}×`,
    );
  }
  return {
    name,
    lines,
    passed: worst <= target.ratio,
    target: `each read at 3 years ≤ ${target.ratio}× its cost at 1 month`,
  };
}

/**
 * Two spaces in one database, one with a month of daily history and one with three years (two
 * check-ins a day, a daily promise marked, an appreciation a week, written as the app writes them),
 * and the four progress reads of each, one request at a time, the two spaces taking turns so that a
 * busy moment of the machine falls on both. The cost at three years over the cost at one month.
 */
export async function benchHistory(databaseUrl: string | undefined): Promise<BenchResult[]> {
  const scratch = databaseUrl ? await scratchPostgres(databaseUrl) : undefined;
  const handle = scratch?.handle ?? (await openPglite(undefined));
  await handle.migrate();
  const spaces: { label: string; options: OtherSpacesOptions }[] = [];
  for (const [index, history] of histories.entries()) {
    const options = otherSpacesOptions(1, history.days, index + 1);
    await addOtherSpaces(handle, options);
    spaces.push({ label: history.label, options });
  }
  const app = await buildApp({
    db: handle.db,
    notifications: handle,
    config: readConfig({ LOG_LEVEL: "warn" }),
  });
  const database = databaseUrl ? "PostgreSQL" : "embedded database";
  try {
    const lines: string[] = [];
    const readers = [];
    const writers = [];
    for (const space of spaces) {
      lines.push(`${space.label}: ${await checkOtherSpace(app, space.options)}`);
      readers.push(await signIn(app, space.options.first ?? 1, "b"));
      writers.push(await signIn(app, space.options.first ?? 1, "a"));
    }
    const servedAgain: Measured[] = [];
    const afterWrite: Measured[] = [];
    for (const route of routes) {
      const again = readers.map(() => [] as number[]);
      const fresh = readers.map(() => [] as number[]);
      for (let round = 0; round < warmUps + rounds; round += 1) {
        for (const [index, { cookie, base }] of readers.entries()) {
          const took = await timedRead(app, cookie, `${base}/${route}`);
          if (round >= warmUps) again[index]?.push(took);
        }
      }
      for (let round = 0; round < warmUps + roundsAfterWrite; round += 1) {
        for (const [index, { cookie, base }] of readers.entries()) {
          const writer = writers[index];
          if (writer) await writeSomething(app, writer.cookie, writer.base);
          const took = await timedRead(app, cookie, `${base}/${route}`);
          if (round >= warmUps) fresh[index]?.push(took);
        }
      }
      const [againMonth, againYears] = again.map(median) as [number, number];
      servedAgain.push({ route, month: againMonth, years: againYears });
      const [freshMonth, freshYears] = fresh.map(median) as [number, number];
      afterWrite.push({ route, month: freshMonth, years: freshYears });
    }
    return [
      resultOf(
        `API: progress reads from 1 month to 3 years of daily history, nothing new (${database})`,
        lines,
        servedAgain,
        rounds,
      ),
      resultOf(
        `API: progress reads from 1 month to 3 years of daily history, each just after a write (${database})`,
        [],
        afterWrite,
        roundsAfterWrite,
      ),
    ];
  } finally {
    await app.close();
    if (scratch) await scratch.drop();
    else await handle.close();
  }
}
