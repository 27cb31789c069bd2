import { randomBytes } from "node:crypto";
import fs from "node:fs";
import pg from "pg";
import { inject } from "vitest";
import type { DatabaseHandle } from "../../src/db/database.ts";
import { openPglite } from "../../src/db/pglite.ts";
import { openPostgres } from "../../src/db/postgres.ts";

export type DatabaseKind = "pglite" | "postgres";

/**
 * Every integration suite runs on the embedded database, and again on PostgreSQL when
 * TEST_DATABASE_URL is set (the test command and CI always set it).
 */
export const databaseKinds: DatabaseKind[] = process.env.TEST_DATABASE_URL
  ? ["pglite", "postgres"]
  : ["pglite"];

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * A PostgreSQL database of its own for one test file, dropped when closed, so runs never collide.
 * With `template`, it starts as a copy of that database (the run's migrated one); otherwise empty.
 */
export async function createScratchPostgres(
  template?: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("TEST_DATABASE_URL is not set");
  const name = `mend_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}${template ? ` template ${template}` : ""}`);
  await admin.end();
  return {
    url: withDatabase(adminUrl, name),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

/**
 * A fresh, migrated database of the given kind for one test file. Each starts as a copy of the one
 * that Vitest's global setup migrated (`template-databases.ts`); `migrate` then finds nothing to do.
 */
export async function openTestDatabase(kind: DatabaseKind): Promise<DatabaseHandle> {
  if (kind === "pglite") {
    const template = new Blob([fs.readFileSync(inject("pgliteTemplateFile"))]);
    const handle = await openPglite(undefined, template);
    await handle.migrate();
    return handle;
  }
  const scratch = await createScratchPostgres(inject("postgresTemplateName"));
  const handle = await openPostgres(scratch.url);
  await handle.migrate();
  return {
    ...handle,
    async close() {
      await handle.close();
      await scratch.drop();
    },
  };
}

/**
 * Makes `dir` hold a migrated embedded database, as a `mend` process leaves it when it stops: a copy of
 * the one Vitest's global setup made. Creating one from nothing takes several seconds more, so only
 * tests of that first start (or of an empty folder) begin without one. Returns `dir`.
 */
export function migratedDataDir(dir: string): string {
  fs.cpSync(inject("pgliteTemplateDir"), dir, { recursive: true });
  return dir;
}
