import fs from "node:fs";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { buildApp } from "./app.ts";
import type { Config } from "./config.ts";
import type { DatabaseHandle } from "./db/database.ts";
import { latestMigration } from "./db/migrations-journal.ts";
import { openDatabase } from "./db/open.ts";
import { serveMetrics } from "./http/metrics.ts";
import { serveAdminSocket } from "./operations/admin-socket.ts";
import { takeBackup } from "./operations/backup.ts";
import { appliedMigrationsUpTo } from "./operations/catalog.ts";
import { mendVersion } from "./version.ts";

export interface RunningServer {
  app: FastifyInstance;
  handle: DatabaseHandle;
  url: string;
  stop(): Promise<void>;
}

/**
 * Opens the database, listens, and brings the database up to date (until then `/readyz` says
 * "starting" and other requests get 503); `stop` drains requests, then flushes and closes.
 */
export async function startServer(config: Config): Promise<RunningServer> {
  const handle = await openDatabase(config);
  let app: FastifyInstance | undefined;
  try {
    let migrated = false;
    app = await buildApp({
      db: handle.db,
      notifications: handle,
      config,
      hasMigrated: () => migrated,
      ...(config.metrics ? { metricsOf: handle } : {}),
    });
    const url = await app.listen({ port: config.port, host: config.host });
    await backUpBeforeUpgrade(handle, config);
    await handle.migrate();
    migrated = true;
    // Only the embedded database needs it: a PostgreSQL server can be backed up directly.
    const closeAdminSocket = config.databaseUrl
      ? async () => {}
      : await serveAdminSocket(config.dataDir, handle.db);
    const metrics =
      config.metrics && app.metrics ? await serveMetrics(app.metrics, config.metrics) : undefined;
    const running = app;
    let stopping: Promise<void> | undefined;
    return {
      app: running,
      handle,
      url,
      stop() {
        stopping ??= (async () => {
          try {
            await closeAdminSocket();
            await metrics?.close();
            await running.close();
          } finally {
            await handle.close();
          }
        })();
        return stopping;
      },
    };
  } catch (error) {
    await app?.close();
    await handle.close();
    throw error;
  }
}

/**
 * A database that an older Mend set up is backed up before this one migrates it, so an upgrade that
 * goes wrong can be undone with `mend restore`. A new, empty database needs no backup.
 */
async function backUpBeforeUpgrade(handle: DatabaseHandle, config: Config): Promise<void> {
  const applied = await appliedMigrationsUpTo(handle.db);
  if (applied === 0 || applied >= latestMigration()) return;
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const file = path.join(config.backupDir, `mend-before-${mendVersion}-${stamp}.jsonl.gz`);
  await fs.promises.mkdir(config.backupDir, { recursive: true });
  await takeBackup(handle.db, file);
}
