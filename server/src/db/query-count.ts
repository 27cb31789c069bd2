import type { Logger } from "drizzle-orm";

/** Counts the statements the query builder sends: what a request or a live update costs the database. */
export function queryCounter(): { logger: Logger; sent(): number } {
  let sent = 0;
  return {
    logger: {
      logQuery() {
        sent += 1;
      },
    },
    sent: () => sent,
  };
}
