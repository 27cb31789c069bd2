import type { Database } from "./database.ts";

/** One read of a space's records: given the same database and space, it reads the same rows. */
export type SpaceRead<T> = (db: Database, spaceId: string) => Promise<T>;

/**
 * The reads of one space during one request, each done once however many progress sources ask for
 * it. The progress pages are gathered from every feature, and several features read the same
 * records (questions feed facts, trust evidence and conversation health): the insights page asked
 * for the same tables up to four times.
 */
export interface SpaceReads {
  readonly db: Database;
  readonly spaceId: string;
  read<T>(read: SpaceRead<T>): Promise<T>;
  /** What `read` would return, already learned by a query that read more, so it is not read again. */
  provide<T>(read: SpaceRead<T>, rows: T): void;
}

export function spaceReads(db: Database, spaceId: string): SpaceReads {
  const started = new Map<SpaceRead<unknown>, Promise<unknown>>();
  return {
    db,
    spaceId,
    read<T>(read: SpaceRead<T>): Promise<T> {
      let rows = started.get(read);
      if (rows === undefined) {
        rows = read(db, spaceId);
        started.set(read, rows);
      }
      return rows as Promise<T>;
    },
    provide<T>(read: SpaceRead<T>, rows: T): void {
      started.set(read, Promise.resolve(rows));
    },
  };
}
