import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type * as schema from "./schema.ts";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DatabaseHandle {
  db: Database;
  kind: "pglite" | "postgres";
  /**
   * Applies the committed SQL migrations that have not run yet, or those of `folder`, a copy of the
   * migrations folder that stops at an earlier one (restoring an older backup).
   */
  migrate(folder?: string): Promise<void>;
  /**
   * Calls `onPayload` for every notification on `channel` (PostgreSQL LISTEN), whichever app server
   * sent it. Resolves once listening; the returned function stops listening.
   */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  /** Sends `payload` to every listener on `channel` (PostgreSQL NOTIFY). */
  notify(channel: string, payload: string): Promise<void>;
  /**
   * Raw SQL for the job queue (pg-boss): one statement with `$n` parameters, or, without `values`,
   * several statements that pg-boss wraps in its own BEGIN … COMMIT. A batch that fails part-way is
   * rolled back before the connection serves anything else.
   */
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  /** Statements sent through the query builder since the database was opened, for metrics and tests. */
  queriesSent(): number;
  /** The PostgreSQL pool's connections by state, for metrics (the embedded database has none). */
  connections?(): { total: number; idle: number; waiting: number };
  /** Flushes everything to disk and releases the database; safe to call twice. */
  close(): Promise<void>;
}
