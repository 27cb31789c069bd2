import { LRUCache } from "lru-cache";

/**
 * How long a derived page may be served again while nothing new is recorded. Progress also moves
 * with time alone (a promise comes due, evidence fades, a week turns), so a page is derived afresh
 * at least this often even in a quiet space.
 */
export const freshForMs = 60_000;

/** Everything a derived page depends on, as read from the database in the same request. */
export interface ProgressVersion {
  /** The member reading: a page derived for one person is never served to the other. */
  viewerId: string;
  /** Where the space's record stands: its row, its members and its latest event. */
  record: unknown;
  now: Date;
  /** What the request asked for beyond the space, such as the reader's UTC offset. */
  request?: unknown;
}

/** The pages served from a cache: the same object each time, so each is written out once. */
const rememberedPages = new WeakSet<object>();

/** Whether `page` came from a progress cache and is never changed once derived. */
export const isRememberedPage = (page: unknown): page is object =>
  typeof page === "object" && page !== null && rememberedPages.has(page);

export interface ProgressCache<T> {
  /** The page for `version`: derived once, then served again until the version moves on. */
  view(version: ProgressVersion, derive: () => Promise<T>): Promise<T>;
}

/**
 * The progress pages derive everything from the whole history, so a space's thousandth day would
 * cost far more to show than its first. Each app server remembers the pages it derived, keyed by
 * what the database says now, never by anything the server itself remembers: after a write on any
 * server, the key read by every server has moved on, so no server serves a stale page. Concurrent
 * readers of the same version share one derivation.
 */
export function progressCache<T extends object>(entries = 200): ProgressCache<T> {
  const remembered = new LRUCache<string, Promise<T>>({ max: entries });
  return {
    view(version, derive) {
      const key = JSON.stringify([
        version.viewerId,
        Math.floor(version.now.getTime() / freshForMs),
        version.record,
        version.request ?? null,
      ]);
      const known = remembered.get(key);
      if (known) return known;
      const deriving = derive().then((page) => {
        rememberedPages.add(page);
        return page;
      });
      remembered.set(key, deriving);
      deriving.catch(() => {
        if (remembered.get(key) === deriving) remembered.delete(key);
      });
      return deriving;
    },
  };
}
