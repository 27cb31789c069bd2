import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import type { Database, DatabaseHandle } from "./database.ts";
import { migrationsFolder } from "./migrations-folder.ts";
import { listenOn } from "./pg-listener.ts";
import { queryCounter } from "./query-count.ts";
import * as schema from "./schema.ts";

export async function openPostgres(url: string): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection that the server closes (a restart, a dropped database) must not crash the
  // process: the pool replaces it on the next query, and that query reports any real problem.
  pool.on("error", () => {});
  // Fail at start, with the server's own message, rather than on the first request.
  const probe = await pool.connect();
  probe.release();
  let closed = false;
  const listeners = new Set<() => Promise<void>>();
  const queries = queryCounter();
  return {
    db: drizzle(pool, { schema, logger: queries.logger }) as unknown as Database,
    kind: "postgres",
    queriesSent: queries.sent,
    async migrate(folder = migrationsFolder) {
      // Several app servers may start at once: one migrates while the others wait on this lock,
      // then find nothing left to do.
      const client = await pool.connect();
      try {
        await client.query("select pg_advisory_lock(hashtext('mend.migrations'))");
        await migrate(drizzle(client, { schema }), { migrationsFolder: folder });
      } finally {
        await client.query("select pg_advisory_unlock(hashtext('mend.migrations'))").catch(() => {});
        client.release();
      }
    },
    async listen(channel, onPayload) {
      // LISTEN needs a connection of its own: a pooled one would be handed to other queries.
      const stop = await listenOn(url, channel, onPayload);
      const unlisten = async () => {
        listeners.delete(unlisten);
        await stop();
      };
      listeners.add(unlisten);
      return unlisten;
    },
    // pg's pool.query throws away a connection whose query failed, so an interrupted batch's open
    // transaction never reaches another query.
    executeSql: (text, values) => pool.query(text, values),
    connections: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    async notify(channel, payload) {
      await pool.query("select pg_notify($1, $2)", [channel, payload]);
    },
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all([...listeners].map((unlisten) => unlisten()));
      await pool.end();
    },
  };
}
