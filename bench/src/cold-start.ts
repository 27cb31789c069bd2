import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { BenchResult } from "./result.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const builtServer = path.join(repoRoot, "server/dist/mend.js");
const sourceServer = path.join(repoRoot, "server/bin/mend.js");
const targetMs = 2_000;
const rounds = 3;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/** From launch to the first 200 on `/`, on a data folder that already holds the demo's months. */
async function timeToFirstPage(entry: string, dataDir: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [entry, "serve", "--port", String(port)], {
    env: {
      ...process.env,
      MEND_DATA_DIR: dataDir,
      // The demo's months are older than the last backup hour: the first start takes the missed backup.
      MEND_BACKUP_DIR: backupDirOf(dataDir),
      DATABASE_URL: "",
      HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
    },
    stdio: "ignore",
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${entry} stopped before serving`);
      try {
        if ((await fetch(`http://127.0.0.1:${port}/`)).status === 200) return performance.now() - started;
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    child.kill("SIGTERM");
    await exited;
  }
}

const backupDirOf = (dataDir: string) => `${dataDir}-backups`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Cold start of `mend serve` on the embedded database: the built server against the sources run by tsx. */
export async function benchColdStart(): Promise<BenchResult> {
  execFileSync("npm", ["run", "build", "-w", "@mend/server"], { cwd: repoRoot, stdio: "ignore" });
  if (!fs.existsSync(path.join(repoRoot, "web/dist/index.html"))) {
    execFileSync("npm", ["run", "build", "-w", "@mend/web"], { cwd: repoRoot, stdio: "ignore" });
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "mend-bench-cold-"));
  try {
    execFileSync(process.execPath, [builtServer, "demo"], {
      env: { ...process.env, MEND_DATA_DIR: dataDir, DATABASE_URL: "" },
      stdio: "ignore",
    });
    const built: number[] = [];
    const fromSources: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      built.push(await timeToFirstPage(builtServer, dataDir));
      fromSources.push(await timeToFirstPage(sourceServer, dataDir));
    }
    return {
      name: "Cold start on the embedded database with the demo (launch to the first 200 on /)",
      lines: [
        `built server: median ${Math.round(median(built))} ms of ${rounds}`,
        `from the TypeScript sources (tsx): median ${Math.round(median(fromSources))} ms of ${rounds}`,
      ],
      target: `built server under ${targetMs} ms`,
      passed: median(built) < targetMs,
    };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(backupDirOf(dataDir), { recursive: true, force: true });
  }
}
