import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDemo, demoPassword, keepingUpCouple, repairingCouple } from "../src/cli/demo/index.ts";
import { openDemoWorld } from "../src/cli/demo/world.ts";
import type { Database, DatabaseHandle } from "../src/db/database.ts";
import { rawRows } from "../src/db/raw-rows.ts";
import { restoreBackup, takeBackup } from "../src/operations/backup.ts";
import { storedTables } from "../src/operations/catalog.ts";
import { moveDatabase } from "../src/operations/move.ts";
import { databaseKinds, openTestDatabase } from "./support/databases.ts";
import { buildPair, signUp } from "./support/factories.ts";
import { startTestServer } from "./support/test-server.ts";

const withPostgres = databaseKinds.includes("postgres");

/** Each table's row count and a digest of its contents, read the same way on either database. */
async function tableDigests(db: Database): Promise<Record<string, string>> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local timezone = 'UTC'`);
    const digests: Record<string, string> = {};
    for (const table of await storedTables(tx)) {
      const [row] = await rawRows<{ rows: string | number; digest: string }>(
        tx,
        sql`select count(*) as rows,
              md5(coalesce(string_agg(row_to_json(t)::text, '|' order by row_to_json(t)::text), '')) as digest
            from ${sql.identifier(table.name)} t`,
      );
      digests[table.name] = `${Number(row?.rows)} rows, ${row?.digest}`;
    }
    return digests;
  });
}

/** An empty database of the given kind, not migrated, as a fresh data folder or database would be. */
async function emptyDatabase(kind: "pglite" | "postgres"): Promise<DatabaseHandle> {
  const handle = await openTestDatabase(kind);
  // The test databases start migrated; drop Mend's tables to stand for a database nobody set up.
  await handle.db.execute(sql`drop schema public cascade`);
  await handle.db.execute(sql`create schema public`);
  await handle.db.execute(sql`drop schema if exists drizzle cascade`);
  return handle;
}

describe("backups, restore and moving to PostgreSQL", () => {
  const now = new Date("2026-05-04T09:00:00Z");
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "mend-backup-test-"));
  const backupFile = path.join(folder, "demo.jsonl.gz");
  let source: DatabaseHandle;
  let sourceDigests: Record<string, string>;
  const opened: DatabaseHandle[] = [];
  const open = async (kind: "pglite" | "postgres") => {
    const handle = await emptyDatabase(kind);
    opened.push(handle);
    return handle;
  };

  beforeAll(async () => {
    source = await openTestDatabase("pglite");
    await createDemo(source, now);
    await takeBackup(source.db, backupFile);
    sourceDigests = await tableDigests(source.db);
  }, 300_000);
  afterAll(async () => {
    for (const handle of opened) await handle.close();
    await source?.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it("restores the demo into an empty embedded database with every table equal", async () => {
    expect(Object.keys(sourceDigests).length).toBeGreaterThan(30);
    expect(sourceDigests.checkins).not.toMatch(/^0 rows/);
    const target = await open("pglite");
    const { rows } = await restoreBackup(target, backupFile, { force: false });
    expect(rows).toBeGreaterThan(500);
    expect(await tableDigests(target.db)).toEqual(sourceDigests);
  });

  it.runIf(withPostgres)(
    "restores the same backup into an empty PostgreSQL database with every table equal",
    async () => {
      const target = await open("postgres");
      await restoreBackup(target, backupFile, { force: false });
      expect(await tableDigests(target.db)).toEqual(sourceDigests);
    },
  );

  it.runIf(withPostgres)(
    "moves the demo to PostgreSQL, where both couples read the same insights",
    async () => {
      const target = await open("postgres");
      const counts = await moveDatabase(source, target);
      expect(counts.find((count) => count.table === "space_events")?.rows).toBeGreaterThan(100);
      const later = new Date(now.getTime() + 60_000);
      const before = await openDemoWorld(source, later);
      const after = await openDemoWorld(target, later);
      try {
        for (const couple of [repairingCouple, keepingUpCouple]) {
          for (const person of [couple.brokeTrust, couple.hurt]) {
            const read = async (world: typeof before) => {
              const reader = world.person(person.email, demoPassword);
              const { spaces } = (await reader.get("/api/spaces")) as { spaces: { id: string }[] };
              const spaceId = spaces[0]?.id;
              return Promise.all(
                ["insights", "journey"].map((page) => reader.get(`/api/spaces/${spaceId}/${page}`)),
              );
            };
            expect(await read(after)).toEqual(await read(before));
          }
        }
      } finally {
        await before.close();
        await after.close();
      }
    },
  );

  it("refuses a damaged or cut backup before touching the database", async () => {
    const lines = gunzipSync(fs.readFileSync(backupFile)).toString("utf8").split("\n");
    const damaged = path.join(folder, "damaged.jsonl.gz");
    const changedRow = lines.map((line, index) => (index === 5 ? line.replace(/"/, '"x') : line));
    fs.writeFileSync(damaged, gzipSync(changedRow.join("\n")));
    const cut = path.join(folder, "cut.jsonl.gz");
    fs.writeFileSync(cut, gzipSync(lines.slice(0, -2).join("\n")));
    const notBackup = path.join(folder, "other.jsonl.gz");
    fs.writeFileSync(notBackup, gzipSync('{"hello":"world"}\n'));

    const target = await open("pglite");
    await expect(restoreBackup(target, damaged, { force: false })).rejects.toThrow(/checksum/);
    await expect(restoreBackup(target, cut, { force: false })).rejects.toThrow(/cut short/);
    await expect(restoreBackup(target, notBackup, { force: false })).rejects.toThrow(/not a Mend backup/);
    const [tables] = await rawRows<{ count: string | number }>(
      target.db,
      sql`select count(*) as count from pg_tables where schemaname = 'public'`,
    );
    expect(Number(tables?.count)).toBe(0);
  });

  it("refuses to restore over data unless told to replace it", async () => {
    const target = await openTestDatabase("pglite");
    opened.push(target);
    const server = await startTestServer("pglite");
    try {
      await signUp(server.client(), "Robin");
      await takeBackup(server.handle.db, path.join(folder, "one-account.jsonl.gz"));
    } finally {
      await server.close();
    }
    await restoreBackup(target, path.join(folder, "one-account.jsonl.gz"), { force: false });
    await expect(restoreBackup(target, backupFile, { force: false })).rejects.toThrow(/already holds data/);
    expect((await tableDigests(target.db)).accounts).toMatch(/^1 rows/);
    await restoreBackup(target, backupFile, { force: true });
    expect(await tableDigests(target.db)).toEqual(sourceDigests);
  });
});

describe.each(databaseKinds)("a backup taken during writes on %s", (kind) => {
  it("holds whole transactions only", async () => {
    const server = await startTestServer(kind);
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "mend-backup-burst-"));
    try {
      const author = server.client();
      const space = await buildPair(author, server.client());
      let writing = true;
      const writes = (async () => {
        let written = 0;
        while (writing || written < 20) {
          const response = await author.post(`/api/spaces/${space.id}/checkins`, {
            kind: "daily",
            trustNow: 5,
            utcOffsetMinutes: 0,
          });
          expect(response.status).toBe(201);
          written += 1;
        }
        return written;
      })();
      await new Promise((resolve) => setTimeout(resolve, 200));
      const file = path.join(folder, "burst.jsonl.gz");
      await takeBackup(server.handle.db, file);
      writing = false;
      const written = await writes;

      const target = await emptyDatabase("pglite");
      try {
        await restoreBackup(target, file, { force: false });
        const [counts] = await rawRows<{ checkins: string | number; events: string | number }>(
          target.db,
          sql`select (select count(*) from checkins) as checkins,
                (select count(*) from space_events where kind = 'checkin.submitted') as events`,
        );
        // Each check-in and its event are written in one transaction: a backup has both or neither.
        expect(Number(counts?.checkins)).toBe(Number(counts?.events));
        expect(Number(counts?.checkins)).toBeGreaterThan(0);
        expect(Number(counts?.checkins)).toBeLessThanOrEqual(written);
      } finally {
        await target.close();
      }
    } finally {
      await server.close();
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
