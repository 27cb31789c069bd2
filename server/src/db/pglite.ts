import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { lockDataDir } from "./data-dir-lock.ts";
import type { Database, DatabaseHandle } from "./database.ts";
import { migrationsFolder } from "./migrations-folder.ts";
import { queryCounter } from "./query-count.ts";
import * as schema from "./schema.ts";

/**
 * PGlite's own defaults, minus "-F": PGlite normally runs PostgreSQL with fsync off, which can lose
 * acknowledged writes when the machine crashes. Mend keeps fsync on.
 */
export const durableStartParams = [
  "--single",
  "-O",
  "-j",
  "-c",
  "search_path=public",
  "-c",
  "exit_on_error=false",
  "-c",
  "log_checkpoints=false",
  "-c",
  "max_worker_processes=0",
  "-c",
  "max_parallel_workers=0",
  "-c",
  "max_parallel_workers_per_gather=0",
  "-c",
  "io_method=sync",
  "-c",
  "max_parallel_maintenance_workers=0",
];

/**
 * Opens the embedded database in `dataDir`, or in memory when `dataDir` is undefined (tests).
 * `startFrom` is a dump of another database's folder to start from (tests start from a migrated copy).
 */
export async function openPglite(dataDir: string | undefined, startFrom?: Blob): Promise<DatabaseHandle> {
  const release = dataDir ? lockDataDir(dataDir) : () => {};
  let client: PGlite;
  try {
    client = await PGlite.create(dataDir ? path.join(dataDir, "pg") : undefined, {
      startParams: durableStartParams,
      loadDataDir: startFrom,
    });
  } catch (error) {
    release();
    throw error;
  }
  let closed = false;
  const queries = queryCounter();
  const db = drizzle(client, { schema, logger: queries.logger });
  return {
    db: db as unknown as Database,
    kind: "pglite",
    queriesSent: queries.sent,
    // The data-directory lock guarantees this process is the only one migrating.
    migrate: (folder = migrationsFolder) => migrate(db, { migrationsFolder: folder }),
    async listen(channel, onPayload) {
      const unlisten = await client.listen(channel, onPayload);
      return () => unlisten();
    },
    async executeSql(text, values) {
      if (values) return client.query(text, values);
      // PGlite is one connection: a batch whose BEGIN … COMMIT stopped at an error would leave it inside
      // an aborted transaction, and every request after it would fail. Inside PGlite's own transaction
      // the batch's BEGIN and COMMIT only warn, and an error rolls everything back while the connection
      // is still held. The last statement's rows are the answer, as pg-boss expects.
      const results = await client.transaction((tx) => tx.exec(text));
      return results.at(-1) ?? { rows: [] };
    },
    async notify(channel, payload) {
      await client.query("select pg_notify($1, $2)", [channel, payload]);
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        await client.exec("CHECKPOINT");
        await client.close();
      } finally {
        release();
      }
    },
  };
}
