#!/usr/bin/env node
// The one test command: lint, types, unit and integration tests (embedded database and PostgreSQL),
// then the browser tests. It runs every step even after a failure, and ends with "N passed, N failed".
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outputDir = path.join(root, ".test-output");
fs.rmSync(outputDir, { recursive: true, force: true });
fs.mkdirSync(outputDir, { recursive: true });

const defaultPostgres = "postgres://postgres@127.0.0.1:5432/test";
let passed = 0;
let failed = 0;
const failures = [];

function run(label, command, args, options = {}) {
  process.stdout.write(`\n== ${label}\n`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: process.env, ...options });
  return result.status === 0;
}

function check(label, command, args, options) {
  if (run(label, command, args, options)) passed += 1;
  else {
    failed += 1;
    failures.push(label);
  }
}

/**
 * Runs independent checks side by side (type checks of separate packages mostly wait on one core each),
 * then prints each one's output under its own heading, in order, as if they had run one after another.
 */
async function checkTogether(checks) {
  const results = await Promise.all(
    checks.map(
      ({ label, command, args }) =>
        new Promise((resolve) => {
          const child = spawn(command, args, { cwd: root, env: process.env });
          const output = [];
          child.stdout.on("data", (chunk) => output.push(chunk));
          child.stderr.on("data", (chunk) => output.push(chunk));
          child.on("close", (code) => resolve({ label, ok: code === 0, output: Buffer.concat(output) }));
        }),
    ),
  );
  for (const { label, ok, output } of results) {
    process.stdout.write(`\n== ${label}\n`);
    process.stdout.write(output);
    if (ok) passed += 1;
    else {
      failed += 1;
      failures.push(label);
    }
  }
}

function fail(message) {
  process.stderr.write(`\n${message}\n`);
  process.stdout.write(`\n${passed} passed, ${failed + 1} failed\n`);
  process.exit(1);
}

async function postgresReachable(url) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

// PostgreSQL tests are part of every run; they are skipped only when asked for by name.
if (process.env.MEND_SKIP_POSTGRES === "1") {
  process.stdout.write("MEND_SKIP_POSTGRES=1: the PostgreSQL runs of the integration tests are skipped.\n");
  delete process.env.TEST_DATABASE_URL;
} else {
  process.env.TEST_DATABASE_URL ||= defaultPostgres;
  if (!(await postgresReachable(process.env.TEST_DATABASE_URL))) {
    fail(
      `PostgreSQL is not reachable at ${process.env.TEST_DATABASE_URL}.\n` +
        "Start it (on Debian: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start), " +
        "point TEST_DATABASE_URL at a server where you may create databases, or set MEND_SKIP_POSTGRES=1 to run without it.",
    );
  }
}

const chrome = process.env.CHROME_PATH || "/usr/bin/chromium";
if (!fs.existsSync(chrome)) {
  fail(
    `No Chromium found at ${chrome}: the browser tests need one.\n` +
      "Install it (on Debian: apt-get install chromium) or set CHROME_PATH to a Chromium or Chrome executable.",
  );
}

check("lint and format (Biome)", "npx", ["biome", "check", "."]);
await checkTogether(
  ["core", "server", "web", "e2e", "bench"].map((pkg) => ({
    label: `types: ${pkg}`,
    command: "npx",
    args: ["tsc", "-p", pkg],
  })),
);

const vitestReport = path.join(outputDir, "vitest.json");
run("unit and integration tests (Vitest)", "npx", [
  "vitest",
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${vitestReport}`,
]);
if (fs.existsSync(vitestReport)) {
  const report = JSON.parse(fs.readFileSync(vitestReport, "utf8"));
  passed += report.numPassedTests;
  failed += report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
  if (report.numFailedTests > 0 || !report.success) failures.push("Vitest");
} else {
  failed += 1;
  failures.push("Vitest (no report)");
}

check("build the web app", "npm", ["run", "build", "-w", "@mend/web"]);

const playwrightReport = path.join(root, "e2e", "test-results", "results.json");
fs.rmSync(playwrightReport, { force: true });
run("browser tests (Playwright)", "npx", ["playwright", "test"], { cwd: path.join(root, "e2e") });
if (fs.existsSync(playwrightReport)) {
  const { stats } = JSON.parse(fs.readFileSync(playwrightReport, "utf8"));
  passed += stats.expected + stats.flaky;
  failed += stats.unexpected;
  if (stats.unexpected > 0) failures.push("Playwright");
  if (stats.skipped > 0) {
    failed += stats.skipped;
    failures.push(`Playwright skipped ${stats.skipped} test(s)`);
  }
} else {
  failed += 1;
  failures.push("Playwright (no report)");
}

if (failures.length) process.stdout.write(`\nFailed: ${failures.join("; ")}\n`);
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 && failures.length === 0 ? 0 : 1);
