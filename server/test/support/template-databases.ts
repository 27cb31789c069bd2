import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { migrationsFolder } from "../../src/db/migrations-folder.ts";
import { durableStartParams, openPglite } from "../../src/db/pglite.ts";
import { openPostgres } from "../../src/db/postgres.ts";
import { withDatabase } from "./databases.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** A dump of a migrated embedded database's folder, which each test database starts from. */
    pgliteTemplateFile: string;
    /** A migrated embedded database's data folder (closed), which tests copy for `mend` processes. */
    pgliteTemplateDir: string;
    /** A migrated PostgreSQL database that each test database is created from, when PostgreSQL runs. */
    postgresTemplateName: string | undefined;
    /** The server built once into one file, as `npm run build` does: what tests run as `mend`. */
    mendBundle: string;
  }
}

const serverRoot = fileURLToPath(new URL("../..", import.meta.url));

/**
 * Vitest's global setup: migrates one database of each kind once per run, so that the test files'
 * own databases are copies instead of each running every migration again (seconds per file); keeps
 * one on disk too, since creating an embedded database's folder from nothing takes longer still; and
 * builds the server bundle, so that each `mend` process a test starts skips transpiling TypeScript.
 */
export default async function setup(project: TestProject) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "mend-test-template-"));
  const bundleFolder = testBundleFolder();
  const mendBundle = path.join(bundleFolder, "mend.js");
  execFileSync(process.execPath, ["scripts/build.mjs", mendBundle], { cwd: serverRoot, stdio: "inherit" });
  project.provide("mendBundle", mendBundle);

  const pgliteTemplateFile = path.join(folder, "pglite.tar");
  const embedded = await PGlite.create({ startParams: durableStartParams });
  await migrate(drizzle(embedded), { migrationsFolder });
  const dump = await embedded.dumpDataDir("none");
  await embedded.close();
  fs.writeFileSync(pgliteTemplateFile, Buffer.from(await dump.arrayBuffer()));
  project.provide("pgliteTemplateFile", pgliteTemplateFile);

  const pgliteTemplateDir = path.join(folder, "pglite-data");
  const onDisk = await openPglite(pgliteTemplateDir, dump);
  await onDisk.migrate();
  await onDisk.close();
  project.provide("pgliteTemplateDir", pgliteTemplateDir);

  const adminUrl = process.env.TEST_DATABASE_URL;
  const postgresTemplateName = adminUrl ? `mend_template_${randomBytes(6).toString("hex")}` : undefined;
  if (adminUrl && postgresTemplateName) {
    await adminQuery(adminUrl, `create database ${postgresTemplateName}`);
    const server = await openPostgres(withDatabase(adminUrl, postgresTemplateName));
    await server.migrate();
    await server.close();
  }
  project.provide("postgresTemplateName", postgresTemplateName);

  return async () => {
    fs.rmSync(folder, { recursive: true, force: true });
    fs.rmSync(bundleFolder, { recursive: true, force: true });
    if (adminUrl && postgresTemplateName) {
      await adminQuery(adminUrl, `drop database if exists ${postgresTemplateName} with (force)`);
    }
  };
}

/**
 * A folder of this run's own for the server bundle, inside the server package, where the bundle finds
 * its package.json (see scripts/build.mjs). It is named after this process, so that a run can clear
 * away the folders of runs that were interrupted before they could remove their own.
 */
function testBundleFolder(): string {
  const dist = path.join(serverRoot, "dist");
  fs.mkdirSync(dist, { recursive: true });
  for (const name of fs.readdirSync(dist)) {
    const pid = /^test-(\d+)$/.exec(name)?.[1];
    if (pid && !processIsRunning(Number(pid)))
      fs.rmSync(path.join(dist, name), { recursive: true, force: true });
  }
  const folder = path.join(dist, `test-${process.pid}`);
  fs.mkdirSync(folder, { recursive: true });
  return folder;
}

function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function adminQuery(adminUrl: string, sql: string) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}
