import fs from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import { type Config, readConfig } from "../config.ts";
import { DataDirInUseError } from "../db/data-dir-lock.ts";
import type { DatabaseHandle } from "../db/database.ts";
import { openDatabase } from "../db/open.ts";
import { openPglite } from "../db/pglite.ts";
import { openPostgres } from "../db/postgres.ts";
import { backupThroughRunningServer } from "../operations/admin-socket.ts";
import { restoreBackup, takeBackup } from "../operations/backup.ts";
import { moveDatabase } from "../operations/move.ts";
import { terminalProgress } from "./progress.ts";

function backupFileName(now: Date): string {
  return `mend-backup-${now.toISOString().replace(/[:.]/g, "-")}.jsonl.gz`;
}

async function withDatabase<T>(config: Config, work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = await openDatabase(config);
  try {
    return await work(handle);
  } finally {
    await handle.close();
  }
}

function hasEmbeddedData(dataDir: string): boolean {
  return fs.existsSync(path.join(dataDir, "pg", "PG_VERSION"));
}

export function registerOperationsCommands(program: Command) {
  program
    .command("backup")
    .description("Write a backup of everything to one file (works while Mend is serving)")
    .option("-o, --out <file>", "where to write it (default: a dated file in MEND_BACKUP_DIR)")
    .action(async (options: { out?: string }) => {
      const config = readConfig();
      const file = path.resolve(options.out ?? path.join(config.backupDir, backupFileName(new Date())));
      fs.mkdirSync(path.dirname(file), { recursive: true });
      if (!config.databaseUrl && !hasEmbeddedData(config.dataDir)) {
        throw new Error(`There is no Mend data in ${config.dataDir} to back up (set MEND_DATA_DIR).`);
      }
      let summary: { rows: number; sha256: string };
      const progress = terminalProgress("Backing up");
      try {
        summary = await withDatabase(config, (handle) => takeBackup(handle.db, file, progress.report));
      } catch (error) {
        if (!(error instanceof DataDirInUseError)) throw error;
        progress.report(0, 1, "(asking the running Mend)");
        summary = await backupThroughRunningServer(config.dataDir, file);
      } finally {
        progress.finish();
      }
      process.stdout.write(`Backed up ${summary.rows} rows to ${file} (SHA-256 ${summary.sha256}).\n`);
    });

  program
    .command("restore <file>")
    .description("Restore a backup into an empty data folder or an empty PostgreSQL database")
    .option("--force", "replace everything the database holds with the backup")
    .action(async (file: string, options: { force?: boolean }) => {
      const config = readConfig();
      const progress = terminalProgress("Restoring");
      const { rows } = await withDatabase(config, (handle) =>
        restoreBackup(handle, path.resolve(file), {
          force: options.force === true,
          progress: progress.report,
        }),
      ).finally(progress.finish);
      const where = config.databaseUrl ? "the PostgreSQL database (DATABASE_URL)" : config.dataDir;
      process.stdout.write(`Restored ${rows} rows into ${where}. Start Mend with \`mend serve\`.\n`);
    });

  program
    .command("move-to <postgresUrl>")
    .description("Copy everything from the embedded database into an empty PostgreSQL database")
    .action(async (postgresUrl: string) => {
      const config = readConfig();
      if (!/^postgres(ql)?:\/\//.test(postgresUrl)) {
        throw new Error("Give a PostgreSQL address such as postgres://user:password@host:5432/mend.");
      }
      if (!hasEmbeddedData(config.dataDir)) {
        throw new Error(`There is no Mend data in ${config.dataDir} to move (set MEND_DATA_DIR).`);
      }
      const source = await openPglite(config.dataDir);
      try {
        const target = await openPostgres(postgresUrl);
        try {
          const progress = terminalProgress("Copying");
          const counts = await moveDatabase(source, target, progress.report).finally(progress.finish);
          const rows = counts.reduce((sum, count) => sum + count.rows, 0);
          process.stdout.write(
            `Copied ${rows} rows in ${counts.length} tables; every table's count matches.\n` +
              `Start Mend on PostgreSQL with:\n  DATABASE_URL=${postgresUrl} mend serve\n` +
              `The embedded database in ${config.dataDir} is unchanged; keep it until you are sure.\n`,
          );
        } finally {
          await target.close();
        }
      } finally {
        await source.close();
      }
    });
}
