import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import type { Database, DatabaseHandle } from "./database.ts";
import { migrationsFolder } from "./migrations-folder.ts";
import * as schema from "./schema.ts";

export async function openPostgres(url: string): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // Fail at start, with the server's own message, rather than on the first request.
  const probe = await pool.connect();
  probe.release();
  let closed = false;
  return {
    db: drizzle(pool, { schema }) as unknown as Database,
    kind: "postgres",
    async migrate() {
      // Several app servers may start at once: one migrates while the others wait on this lock,
      // then find nothing left to do.
      const client = await pool.connect();
      try {
        await client.query("select pg_advisory_lock(hashtext('mend.migrations'))");
        await migrate(drizzle(client, { schema }), { migrationsFolder });
      } finally {
        await client.query("select pg_advisory_unlock(hashtext('mend.migrations'))").catch(() => {});
        client.release();
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
