import { buildApp } from "../../server/src/app.ts";
import { createDemo, demoPassword, keepingUpCouple } from "../../server/src/cli/demo/index.ts";
import { readConfig } from "../../server/src/config.ts";
import { openPglite } from "../../server/src/db/pglite.ts";
import type { BenchResult } from "./result.ts";
import { addOtherSpacesWhenAsked, amongOtherSpaces, checkedOtherSpaces } from "./scale/when-asked.ts";

/** The progress pages recompute everything from the record on each load, so they are the slowest reads. */
const targets = { p95Ms: 300 };
const rounds = 20;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/**
 * The journey, insights, help and maintenance reads for the seven-month demo couple (hundreds of
 * check-ins, promises, talks and shared texts), one request at a time, on the embedded database.
 */
export async function benchProgress(): Promise<BenchResult> {
  const handle = await openPglite(undefined);
  await handle.migrate();
  const added = await addOtherSpacesWhenAsked(handle);
  const couple = keepingUpCouple;
  await createDemo(handle);
  const app = await buildApp({
    db: handle.db,
    notifications: handle,
    config: readConfig({ LOG_LEVEL: "warn" }),
  });
  try {
    const lines = await checkedOtherSpaces(app, added);
    const login = await app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "x-mend-csrf": "1" },
      payload: { email: couple.hurt.email, password: demoPassword },
    });
    const cookie =
      [login.headers["set-cookie"] ?? []]
        .flat()
        .find((header) => header.includes("mend_session="))
        ?.split(";")[0] ?? "";
    const spaces = (await app.inject({ url: "/api/spaces", headers: { cookie } })).json() as {
      spaces: { id: string }[];
    };
    const spaceId = spaces.spaces[0]?.id;
    const pages = ["journey", "insights", "help", "maintenance"].map(
      (page) => `/api/spaces/${spaceId}/${page}`,
    );
    let worst = 0;
    for (const url of pages) {
      const times: number[] = [];
      for (let round = 0; round < rounds; round += 1) {
        const started = performance.now();
        const response = await app.inject({ url, headers: { cookie } });
        times.push(performance.now() - started);
        if (response.statusCode !== 200) throw new Error(`${url} answered ${response.statusCode}`);
      }
      const sorted = [...times].sort((a, b) => a - b);
      const p95 = percentile(sorted, 95);
      worst = Math.max(worst, p95);
      lines.push(
        `${url.split("/").at(-1)}: p50 ${Math.round(percentile(sorted, 50))} ms, p95 ${Math.round(p95)} ms`,
      );
    }
    return {
      name: `API: progress pages of a seven-month space (embedded database${amongOtherSpaces})`,
      lines,
      passed: worst <= targets.p95Ms,
      target: `each p95 ≤ ${targets.p95Ms} ms over ${rounds} reads`,
    };
  } finally {
    await app.close();
    await handle.close();
  }
}
