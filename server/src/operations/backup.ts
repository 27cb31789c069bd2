import fs from "node:fs";
import { sql } from "drizzle-orm";
import type { ProgressReport } from "../cli/progress.ts";
import type { Database, DatabaseHandle } from "../db/database.ts";
import { latestMigration, migrationsUpTo } from "../db/migrations-journal.ts";
import { rawRows } from "../db/raw-rows.ts";
import { mendVersion } from "../version.ts";
import {
  BackupFileError,
  type BackupHeader,
  backupFormat,
  backupFormatVersion,
  backupRows,
  backupWriter,
  verifyBackup,
} from "./backup-file.ts";
import { appliedMigrationsUpTo, storedTables } from "./catalog.ts";

export interface BackupSummary {
  file: string;
  rows: number;
  sha256: string;
}

/** Rows read per query, so one large table never has to fit in memory at once. */
const pageSize = 2_000;

/**
 * Writes every row of every table to `file` from one snapshot of the database (a read-only,
 * repeatable-read transaction), so a backup taken during writes holds whole transactions only.
 * The file appears under its name only once it is complete and on disk.
 */
export async function takeBackup(
  db: Database,
  file: string,
  progress?: ProgressReport,
): Promise<BackupSummary> {
  const partial = `${file}.partial`;
  try {
    const summary = await db.transaction(
      async (tx) => {
        const tables = await storedTables(tx);
        const header: BackupHeader = {
          format: backupFormat,
          formatVersion: backupFormatVersion,
          createdAt: new Date().toISOString(),
          mendVersion,
          migratedUpTo: await appliedMigrationsUpTo(tx),
          tables: tables.map((table) => table.name),
        };
        const writer = backupWriter(partial, header);
        for (const [index, table] of tables.entries()) {
          progress?.(index, tables.length, `tables (${table.name})`);
          // Pages follow the rows' physical positions, which the snapshot keeps still.
          let after = "(0,0)";
          for (;;) {
            const page = await rawRows<{ position: string; row: string }>(
              tx,
              sql`
              select t.ctid::text as position, row_to_json(t)::text as row
              from ${sql.identifier(table.name)} t
              where t.ctid > ${after}::tid order by t.ctid limit ${pageSize}`,
            );
            for (const { row } of page) await writer.row(table.name, row);
            const last = page.at(-1);
            if (!last || page.length < pageSize) break;
            after = last.position;
          }
        }
        return writer.finish();
      },
      { isolationLevel: "repeatable read", accessMode: "read only" },
    );
    fs.renameSync(partial, file);
    return { file, ...summary };
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
}

export class RestoreRefusedError extends Error {
  override name = "RestoreRefusedError";
}

async function tablesHoldingRows(db: Database): Promise<number> {
  let total = 0;
  for (const table of await storedTables(db)) {
    const result = await rawRows<{ present: boolean }>(
      db,
      sql`select exists (select 1 from ${sql.identifier(table.name)}) as present`,
    );
    if (result[0]?.present) total += 1;
  }
  return total;
}

/** Rows inserted per statement while restoring. */
const insertBatch = 500;

/**
 * Restores `file` into the database behind `handle`: checks the whole file against its checksum
 * first, refuses a database that holds anything unless `force` (which empties it), brings the
 * database to the migration the backup was taken at, inserts every row in one transaction, and then
 * applies this Mend's newer migrations, so an older backup comes back up to date.
 */
export async function restoreBackup(
  handle: DatabaseHandle,
  file: string,
  options: { force: boolean; progress?: ProgressReport },
): Promise<{ rows: number }> {
  const header = await verifyBackup(file);
  if (header.migratedUpTo > latestMigration()) {
    throw new RestoreRefusedError(
      `This backup was made by a newer Mend (${header.mendVersion}) than this one (${mendVersion}). ` +
        "Restore it with that version or a later one.",
    );
  }
  const present = await appliedMigrationsUpTo(handle.db);
  if (present > header.migratedUpTo) {
    throw new RestoreRefusedError(
      "This database was set up by a newer Mend than the one that made the backup. Restore into an " +
        "empty data folder or an empty PostgreSQL database: Mend brings it up to date after restoring.",
    );
  }
  if (!options.force && (await tablesHoldingRows(handle.db)) > 0) {
    throw new RestoreRefusedError(
      "This database already holds data. Restore into an empty data folder or an empty PostgreSQL " +
        "database, or add --force to replace everything in it with the backup.",
    );
  }
  const levelOfBackup = migrationsUpTo(header.migratedUpTo);
  try {
    await handle.migrate(levelOfBackup.folder);
  } finally {
    levelOfBackup.remove();
  }
  await handle.db.transaction(async (tx) => {
    const tables = await storedTables(tx);
    const known = new Set(tables.map((table) => table.name));
    const missing = header.tables.filter((name) => !known.has(name));
    if (missing.length > 0) {
      throw new BackupFileError(`The backup has tables this database lacks: ${missing.join(", ")}.`);
    }
    if (tables.length > 0) {
      await tx.execute(
        sql`truncate ${sql.join(
          tables.map((table) => sql.identifier(table.name)),
          sql`, `,
        )} restart identity cascade`,
      );
    }
    let batch: { table: string; rows: unknown[] } | undefined;
    let restored = 0;
    const flush = async () => {
      if (!batch || batch.rows.length === 0) return;
      const target = sql.identifier(batch.table);
      await tx.execute(sql`
        insert into ${target} select * from json_populate_recordset(null::${target}, ${JSON.stringify(batch.rows)}::json)`);
      batch.rows = [];
    };
    for await (const { table, row } of backupRows(file)) {
      if (batch?.table !== table || batch.rows.length >= insertBatch) {
        await flush();
        batch = { table, rows: [] };
      }
      batch.rows.push(row);
      restored += 1;
      if (restored % insertBatch === 0) options.progress?.(restored, header.rows, "rows");
    }
    await flush();
    for (const table of tables) {
      for (const sequence of table.sequences) {
        await tx.execute(sql`
          select setval(${sequence.name}::regclass,
            coalesce((select max(${sql.identifier(sequence.column)}) from ${sql.identifier(table.name)}), 0) + 1,
            false)`);
      }
    }
  });
  await handle.migrate();
  return { rows: header.rows };
}
