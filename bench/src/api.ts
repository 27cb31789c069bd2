import autocannon from "autocannon";
import { buildApp } from "../../server/src/app.ts";
import { readConfig } from "../../server/src/config.ts";
import { openPglite } from "../../server/src/db/pglite.ts";
import { openPostgres } from "../../server/src/db/postgres.ts";
import type { BenchResult } from "./result.ts";
import { addOtherSpacesWhenAsked, amongOtherSpaces, checkedOtherSpaces } from "./scale/when-asked.ts";

const targets = { p99Ms: 100 };

async function signedInSpace(baseUrl: string): Promise<{ cookie: string; spaceId: string }> {
  const headers = { "content-type": "application/json", "x-mend-csrf": "1" };
  const signup = await fetch(`${baseUrl}/api/auth/signup`, {
    method: "POST",
    headers,
    body: JSON.stringify({
      email: "bench@example.org",
      password: "a bench passphrase here",
      displayName: "Bench",
    }),
  });
  const sessionCookie = signup.headers.getSetCookie().find((header) => header.includes("mend_session="));
  const cookie = sessionCookie?.split(";")[0] ?? "";
  const space = await fetch(`${baseUrl}/api/spaces`, {
    method: "POST",
    headers: { ...headers, cookie },
    body: JSON.stringify({ relationship: "partner", view: "me", breachKinds: ["lying"], otherName: "Kit" }),
  });
  const { id } = (await space.json()) as { id: string };
  return { cookie, spaceId: id };
}

/** Reading a space, signed in, 10 connections for 10 seconds: the most common request Mend serves. */
export async function benchApi(databaseUrl: string | undefined): Promise<BenchResult> {
  const handle = databaseUrl ? await openPostgres(databaseUrl) : await openPglite(undefined);
  await handle.migrate();
  const added = await addOtherSpacesWhenAsked(handle);
  const app = await buildApp({
    db: handle.db,
    notifications: handle,
    config: readConfig({ LOG_LEVEL: "warn" }),
  });
  try {
    await app.listen({ port: 0, host: "127.0.0.1" });
    const otherSpaces = await checkedOtherSpaces(app, added);
    const address = app.server.address();
    const baseUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    const { cookie, spaceId } = await signedInSpace(baseUrl);
    const result = await autocannon({
      url: `${baseUrl}/api/spaces/${spaceId}`,
      connections: 10,
      duration: 10,
      headers: { cookie },
    });
    const p99 = result.latency.p99;
    return {
      name: `API: read a space (${databaseUrl ? "PostgreSQL" : "embedded database"}${amongOtherSpaces})`,
      lines: [
        ...otherSpaces,
        `${Math.round(result.requests.average)} requests/s, latency p50 ${result.latency.p50} ms, p97.5 ${result.latency.p97_5} ms, p99 ${p99} ms`,
        `non-2xx: ${result.non2xx}, errors: ${result.errors}`,
      ],
      passed: p99 <= targets.p99Ms && result.non2xx === 0 && result.errors === 0,
      target: `p99 ≤ ${targets.p99Ms} ms with no errors`,
    };
  } finally {
    await app.close();
    await handle.close();
  }
}
