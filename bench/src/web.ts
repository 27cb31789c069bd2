import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { buildApp } from "../../server/src/app.ts";
import { createDemo, demoPassword, repairingCouple } from "../../server/src/cli/demo/index.ts";
import { readConfig } from "../../server/src/config.ts";
import { openPglite } from "../../server/src/db/pglite.ts";
import type { BenchResult } from "./result.ts";

const targets = { firstLoadKb: 150, lighthouse: 95 };
const webDist = fileURLToPath(new URL("../../web/dist", import.meta.url));
const run = promisify(execFile);

const gzippedBytes = (file: string) => gzipSync(fs.readFileSync(file), { level: 9 }).length;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/**
 * The scripts every page waits for before it can show anything: the entry module and the modules the
 * built page preloads. Pages fetched later (a route's own chunk, the charts, the coach) are not counted.
 */
export function firstLoadScripts(indexHtml: string): string[] {
  const entry = [...indexHtml.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)];
  const preloads = [...indexHtml.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)];
  return [...entry, ...preloads].map((match) => match[1] ?? "");
}

function measureFirstLoad(): BenchResult {
  const indexFile = path.join(webDist, "index.html");
  if (!fs.existsSync(indexFile)) {
    return {
      name: "Web: first-load JavaScript",
      lines: ["the web app is not built: run `npm run build -w @mend/web` first"],
      target: `≤ ${targets.firstLoadKb} KB gzipped`,
      passed: false,
    };
  }
  const html = fs.readFileSync(indexFile, "utf8");
  const scripts = firstLoadScripts(html);
  let rawTotal = 0;
  let gzipTotal = 0;
  const lines: string[] = [];
  for (const script of scripts) {
    const file = path.join(webDist, script);
    const raw = fs.statSync(file).size;
    const gzipped = gzippedBytes(file);
    rawTotal += raw;
    gzipTotal += gzipped;
    lines.push(`${path.basename(script)}: ${kb(gzipped)} KB gzipped (${kb(raw)} KB raw)`);
  }
  const styles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? "");
  const cssGzip = styles.reduce((sum, style) => sum + gzippedBytes(path.join(webDist, style)), 0);
  lines.push(`total: ${kb(gzipTotal)} KB gzipped (${kb(rawTotal)} KB raw) in ${scripts.length} scripts`);
  lines.push(`stylesheet: ${kb(cssGzip)} KB gzipped`);
  return {
    name: "Web: first-load JavaScript (entry and preloaded modules of the login page)",
    lines,
    target: `≤ ${targets.firstLoadKb} KB gzipped`,
    passed: gzipTotal <= targets.firstLoadKb * 1024,
  };
}

/** Lighthouse runs on Node 22 or later, fetched by npx; without it (offline) the scores are skipped. */
async function lighthouseScore(url: string, cookie: string): Promise<{ score: number; cpuIndex: number }> {
  const { stdout } = await run(
    "npx",
    [
      "--yes",
      "-p",
      "node@24",
      "-p",
      "lighthouse",
      "lighthouse",
      url,
      "--only-categories=performance",
      "--output=json",
      "--quiet",
      "--chrome-flags=--headless=new --no-sandbox",
      `--extra-headers=${JSON.stringify({ cookie })}`,
    ],
    {
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" },
      maxBuffer: 64 * 1024 * 1024,
      timeout: 240_000,
    },
  );
  const report = JSON.parse(stdout) as {
    categories: { performance: { score: number } };
    environment: { benchmarkIndex: number };
  };
  return {
    score: Math.round(report.categories.performance.score * 100),
    cpuIndex: Math.round(report.environment.benchmarkIndex),
  };
}

/** Lighthouse's mobile emulation on the login page, a space's home and its insights, with the demo data. */
async function measureLighthouse(): Promise<BenchResult> {
  const name = "Web: Lighthouse performance (mobile emulation)";
  const target = `each ≥ ${targets.lighthouse}`;
  if (!fs.existsSync(path.join(webDist, "index.html"))) {
    return { name, lines: ["the web app is not built"], target, passed: false };
  }
  const handle = await openPglite(undefined);
  await handle.migrate();
  await createDemo(handle);
  const app = await buildApp({
    db: handle.db,
    notifications: handle,
    config: readConfig({ LOG_LEVEL: "warn" }),
  });
  try {
    const base = await app.listen({ port: 0, host: "127.0.0.1" });
    const login = await app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "x-mend-csrf": "1" },
      payload: { email: repairingCouple.hurt.email, password: demoPassword },
    });
    const cookie = String(login.headers["set-cookie"] ?? "").split(";")[0] ?? "";
    const spaces = (await app.inject({ url: "/api/spaces", headers: { cookie } })).json() as {
      spaces: { id: string }[];
    };
    const spaceId = spaces.spaces[0]?.id;
    const pages = {
      login: "/login",
      "space home": `/spaces/${spaceId}`,
      insights: `/spaces/${spaceId}/insights`,
    };
    const lines: string[] = [];
    let worst = 100;
    for (const [page, url] of Object.entries(pages)) {
      // The login page is measured signed out, as a visitor sees it.
      const { score, cpuIndex } = await lighthouseScore(`${base}${url}`, page === "login" ? "" : cookie);
      worst = Math.min(worst, score);
      // Lighthouse scales its CPU slowdown for a mid-range phone from a fast computer; a busy or slow
      // machine (a low index) scores lower than the page deserves.
      lines.push(`${page}: ${score} (this machine's CPU index for Lighthouse: ${cpuIndex})`);
    }
    return { name, lines, target, passed: worst >= targets.lighthouse };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { name, lines: [`not measured: Lighthouse could not run (${reason})`], target, passed: true };
  } finally {
    await app.close();
    await handle.close();
  }
}

export async function benchWeb(): Promise<BenchResult[]> {
  return [measureFirstLoad(), await measureLighthouse()];
}
