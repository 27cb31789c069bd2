import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { ProgressReport } from "../cli/progress.ts";
import type { Database, DatabaseHandle } from "../db/database.ts";
import { rawRows } from "../db/raw-rows.ts";
import { restoreBackup, takeBackup } from "./backup.ts";
import { storedTables } from "./catalog.ts";

export interface TableCount {
  table: string;
  rows: number;
}

/** How many rows each of Mend's tables holds, by table name. */
export async function rowCounts(db: Database): Promise<TableCount[]> {
  const counts: TableCount[] = [];
  for (const table of await storedTables(db)) {
    const [result] = await rawRows<{ rows: string | number }>(
      db,
      sql`select count(*) as rows from ${sql.identifier(table.name)}`,
    );
    counts.push({ table: table.name, rows: Number(result?.rows ?? 0) });
  }
  return counts.sort((a, b) => a.table.localeCompare(b.table));
}

export class MoveMismatchError extends Error {
  override name = "MoveMismatchError";
}

/**
 * Copies everything from `source` into `target` (which must be empty) through a backup file, then
 * compares the row count of every table and refuses to call the move done when any differs.
 */
export async function moveDatabase(
  source: DatabaseHandle,
  target: DatabaseHandle,
  progress?: ProgressReport,
): Promise<TableCount[]> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "mend-move-"));
  try {
    const file = path.join(folder, "move.mend-backup");
    await takeBackup(source.db, file, progress);
    await restoreBackup(target, file, { force: false, progress });
    const before = await rowCounts(source.db);
    const after = new Map((await rowCounts(target.db)).map((count) => [count.table, count.rows]));
    const different = before.filter((count) => after.get(count.table) !== count.rows);
    if (different.length > 0) {
      throw new MoveMismatchError(
        `The copy differs in ${different.map((count) => count.table).join(", ")}: nothing was lost ` +
          "from the embedded database; empty the PostgreSQL database and try again.",
      );
    }
    return before;
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
