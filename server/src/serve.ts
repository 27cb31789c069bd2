import type { FastifyInstance } from "fastify";
import { buildApp } from "./app.ts";
import type { Config } from "./config.ts";
import type { DatabaseHandle } from "./db/database.ts";
import { openDatabase } from "./db/open.ts";

export interface RunningServer {
  app: FastifyInstance;
  handle: DatabaseHandle;
  url: string;
  stop(): Promise<void>;
}

/** Opens the database, brings it up to date, and listens; `stop` drains requests, then flushes and closes. */
export async function startServer(config: Config): Promise<RunningServer> {
  const handle = await openDatabase(config);
  try {
    await handle.migrate();
    const app = await buildApp({ db: handle.db, notifications: handle, config });
    const url = await app.listen({ port: config.port, host: config.host });
    let stopping: Promise<void> | undefined;
    return {
      app,
      handle,
      url,
      stop() {
        stopping ??= (async () => {
          try {
            await app.close();
          } finally {
            await handle.close();
          }
        })();
        return stopping;
      },
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
