import type { SQL } from "drizzle-orm";
import type { Database } from "./database.ts";

/**
 * Runs a raw SQL query and returns its rows. Both drivers (PGlite and node-postgres) answer with
 * `{ rows }`, which Drizzle's driver-neutral type cannot promise.
 */
export async function rawRows<Row>(db: Database, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as { rows: Row[] };
  return result.rows;
}
