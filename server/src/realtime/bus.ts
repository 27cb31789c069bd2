import type { FastifyBaseLogger } from "fastify";
import type { DatabaseHandle } from "../db/database.ts";
import { describeError } from "../http/error-log.ts";

/** What the realtime layer needs from the database: PostgreSQL's LISTEN and NOTIFY. */
export type Notifications = Pick<DatabaseHandle, "listen" | "notify">;

/** One channel for every space; a notification names only the space, never what happened in it. */
export const spaceEventsChannel = "mend_space_events";

/** What a feature service uses after it commits a change both people should see at once. */
export interface SpaceEventPublisher {
  /** Wakes every open stream of the space, on every app server. Never throws: the change is already saved. */
  publish(spaceId: string): Promise<void>;
}

export interface SpaceEventBus extends SpaceEventPublisher {
  /** Calls `wake` whenever something may have happened in the space. */
  subscribe(spaceId: string, wake: () => void): Promise<() => void>;
  close(): Promise<void>;
}

/**
 * Fan-out across app servers through PostgreSQL: one LISTEN per app server, shared by all its
 * streams. The only state held here is which open connections want which space.
 */
export function spaceEventBus(notifications: Notifications, log: FastifyBaseLogger): SpaceEventBus {
  const subscribers = new Map<string, Set<() => void>>();
  let listening: Promise<() => Promise<void>> | undefined;

  const onPayload = (payload: string) => {
    let spaceId: unknown;
    try {
      spaceId = (JSON.parse(payload) as { spaceId?: unknown }).spaceId;
    } catch {
      return;
    }
    if (typeof spaceId !== "string") return;
    for (const wake of subscribers.get(spaceId) ?? []) wake();
  };

  return {
    async publish(spaceId) {
      try {
        await notifications.notify(spaceEventsChannel, JSON.stringify({ spaceId }));
      } catch (error) {
        // Open streams still catch up on their next heartbeat.
        log.warn({ err: describeError(error) }, "space event not announced");
      }
    },

    async subscribe(spaceId, wake) {
      listening ??= notifications.listen(spaceEventsChannel, onPayload);
      try {
        await listening;
      } catch (error) {
        listening = undefined;
        throw error;
      }
      let set = subscribers.get(spaceId);
      if (!set) {
        set = new Set();
        subscribers.set(spaceId, set);
      }
      set.add(wake);
      return () => {
        set.delete(wake);
        if (set.size === 0 && subscribers.get(spaceId) === set) subscribers.delete(spaceId);
      };
    },

    async close() {
      const started = listening;
      listening = undefined;
      subscribers.clear();
      const unlisten = await started?.catch(() => undefined);
      await unlisten?.();
    },
  };
}
