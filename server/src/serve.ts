import type { FastifyInstance } from "fastify";
import { buildApp } from "./app.ts";
import type { Config } from "./config.ts";
import type { DatabaseHandle } from "./db/database.ts";
import { openDatabase } from "./db/open.ts";
import { serveAdminSocket } from "./operations/admin-socket.ts";

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
    app = await buildApp({ db: handle.db, notifications: handle, config, hasMigrated: () => migrated });
    const url = await app.listen({ port: config.port, host: config.host });
    await handle.migrate();
    migrated = true;
    // Only the embedded database needs it: a PostgreSQL server can be backed up directly.
    const closeAdminSocket = config.databaseUrl
      ? async () => {}
      : await serveAdminSocket(config.dataDir, handle.db);
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
