import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/app.ts";
import { readConfig } from "../src/config.ts";
import { migrationsFolder } from "../src/db/migrations-folder.ts";
import { migrationsUpTo } from "../src/db/migrations-journal.ts";
import { openPglite } from "../src/db/pglite.ts";
import { verifyBackup } from "../src/operations/backup-file.ts";
import { startServer } from "../src/serve.ts";
import { mendVersion } from "../src/version.ts";
import { migratedDataDir, openTestDatabase } from "./support/databases.ts";
import { signUp, testPassword } from "./support/factories.ts";
import { TestClient } from "./support/http-client.ts";
import { mendArgs, spawnMend } from "./support/server-process.ts";

const run = promisify(execFile);
const serverRoot = fileURLToPath(new URL("..", import.meta.url));
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "mend-operations-cli-"));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

/** Runs a `mend` command as an operator would, on the embedded database in `dataDir`. */
function mend(args: string[], dataDir: string) {
  return run(process.execPath, mendArgs(args), {
    cwd: serverRoot,
    env: { ...process.env, MEND_DATA_DIR: dataDir, DATABASE_URL: "", LOG_LEVEL: "warn" },
  });
}

describe("health and version", () => {
  it("answers /healthz always and /readyz only once migrated, and nothing else before then", async () => {
    const handle = await openTestDatabase("pglite");
    let migrated = false;
    const app = await buildApp({
      db: handle.db,
      notifications: handle,
      config: readConfig({}, { quickExitUrl: "https://neutral.example/" }),
      hasMigrated: () => migrated,
    });
    try {
      const get = (url: string) => app.inject({ method: "GET", url });
      expect((await get("/healthz")).json()).toEqual({ status: "ok" });
      const starting = await get("/readyz");
      expect([starting.statusCode, starting.json()]).toEqual([503, { status: "starting" }]);
      const config = await get("/api/config");
      expect(config.statusCode).toBe(503);
      expect(config.headers["retry-after"]).toBe("5");

      migrated = true;
      const ready = await get("/readyz");
      expect([ready.statusCode, ready.json()]).toEqual([200, { status: "ok" }]);
      expect((await get("/api/config")).json()).toMatchObject({ version: mendVersion });
    } finally {
      await app.close();
      await handle.close();
    }
  });

  it("prints its version", async () => {
    const { stdout } = await mend(["--version"], folder);
    expect(stdout.trim()).toBe(mendVersion);
    expect(mendVersion).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe("`mend backup` and `mend restore` on the embedded database", () => {
  it("backs up while Mend is serving, and restores into an empty folder that then serves the same account", async () => {
    const dataDir = migratedDataDir(path.join(folder, "serving"));
    const server = await spawnMend({ MEND_DATA_DIR: dataDir, DATABASE_URL: "" });
    let email: string;
    const backupFile = path.join(folder, "taken-while-serving.jsonl.gz");
    try {
      ({ email } = await signUp(new TestClient(server.baseUrl), "Robin"));
      expect((await fetch(`${server.baseUrl}/readyz`)).status).toBe(200);
      const { stdout } = await mend(["backup", "--out", backupFile], dataDir);
      expect(stdout).toMatch(/Backed up \d+ rows to .*taken-while-serving/);
      expect(fs.statSync(backupFile).mode & 0o077).toBe(0);
    } finally {
      server.child.kill("SIGTERM");
      await server.exited;
    }

    const restoredDir = path.join(folder, "restored");
    const restored = await mend(["restore", backupFile], restoredDir);
    expect(restored.stdout).toMatch(/Restored \d+ rows/);
    await expect(mend(["restore", backupFile], restoredDir)).rejects.toMatchObject({
      stderr: expect.stringMatching(/already holds data.*--force/s),
    });

    const again = await spawnMend({ MEND_DATA_DIR: restoredDir, DATABASE_URL: "" });
    try {
      const login = await new TestClient(again.baseUrl).post("/api/auth/login", {
        email,
        password: testPassword,
      });
      expect(login.status).toBe(200);
    } finally {
      again.child.kill("SIGTERM");
      await again.exited;
    }
    // Three starts of Mend and a restore: minutes on a busy two-core machine.
  }, 300_000);

  it("says plainly when there is nothing to back up", async () => {
    await expect(mend(["backup"], path.join(folder, "nothing-here"))).rejects.toMatchObject({
      stderr: expect.stringMatching(/There is no Mend data in .*nothing-here/),
    });
  });
});

describe("upgrading", () => {
  it("backs up a database an older Mend set up before migrating it, and not a new one", async () => {
    const entries = JSON.parse(fs.readFileSync(path.join(migrationsFolder, "meta/_journal.json"), "utf8"))
      .entries as { when: number }[];
    const olderMend = migrationsUpTo(entries.at(-2)?.when ?? 0);
    const dataDir = path.join(folder, "upgrading");
    const backupDir = path.join(folder, "upgrade-backups");
    const older = await openPglite(dataDir);
    try {
      await older.migrate(olderMend.folder);
    } finally {
      olderMend.remove();
      await older.close();
    }
    const config = readConfig({
      MEND_DATA_DIR: dataDir,
      MEND_BACKUP_DIR: backupDir,
      PORT: "0",
      // Only the upgrade's backup is looked for here, even when the test runs at the backup hour.
      MEND_BACKUPS: "off",
    });
    const upgraded = await startServer({ ...config, host: "127.0.0.1" });
    await upgraded.stop();
    const backups = fs.readdirSync(backupDir);
    expect(backups).toEqual([expect.stringMatching(/^mend-before-.*\.jsonl\.gz$/)]);
    expect((await verifyBackup(path.join(backupDir, backups[0] ?? ""))).migratedUpTo).toBe(
      entries.at(-2)?.when,
    );

    const fresh = await startServer({
      ...readConfig({
        MEND_DATA_DIR: path.join(folder, "fresh"),
        MEND_BACKUP_DIR: backupDir,
        PORT: "0",
        MEND_BACKUPS: "off",
      }),
      host: "127.0.0.1",
    });
    await fresh.stop();
    expect(fs.readdirSync(backupDir)).toHaveLength(1);
  }, 120_000);
});
