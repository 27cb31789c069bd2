import { sessionIsLive } from "@mend/core/accounts/session-policy";
import type { StreamEvent } from "@mend/core/realtime/contract";
import type { FastifyBaseLogger } from "fastify";
import type { Database } from "../db/database.ts";
import type { MemberRow } from "../features/spaces/repo.ts";
import { describeError } from "../http/error-log.ts";
import type { SpaceEventBus } from "./bus.ts";
import { presentStreamEvent } from "./present.ts";
import { realtimeRepo, type StreamRow } from "./repo.ts";

/** A comment line this often keeps proxies from closing an idle stream, and doubles as a catch-up poll. */
const heartbeatMs = 15_000;
const batchSize = 200;

/** One open event stream, as the space's feed sees it. */
export interface FeedListener {
  readonly accountId: string;
  readonly sessionId: string;
  /** The member this stream was opened for; it ends if the account is no longer that member. */
  readonly me: MemberRow;
  /** The last stream position this stream has been given (or had no business hearing of). */
  cursor: number;
  send(text: string): void;
  /** Ends the stream: the person left, signed out, or the feed could not go on. */
  end(): void;
}

export interface SpaceFeeds {
  /**
   * Starts feeding `listener` everything after its cursor, then every change in its space as it
   * happens. Resolves to the function that stops it; rejects if changes cannot be heard of.
   */
  join(spaceId: string, listener: FeedListener): Promise<() => void>;
}

/** A stream this feed may still serve, and the other member as its person sees them. */
interface Allowed {
  listener: FeedListener;
  other: MemberRow | undefined;
}

const frame = (event: StreamEvent) => `id: ${event.id}\ndata: ${JSON.stringify(event)}\n\n`;

/**
 * One feed per space with open streams on this app server. A wake-up reads what changed once for
 * the whole space (who is still a member, which sessions are live, the new events) and hands each
 * stream its own view of it, so a change costs the same few queries however many streams are open.
 * Each member's view is worked out from the same rows as before: their own ids, their own "by".
 */
export function spaceFeeds(deps: {
  db: Database;
  clock: () => Date;
  bus: SpaceEventBus;
  log: FastifyBaseLogger;
}): SpaceFeeds {
  const repo = realtimeRepo(deps.db);
  const feeds = new Map<string, ReturnType<typeof openFeed>>();

  function openFeed(spaceId: string) {
    const listeners = new Set<FeedListener>();
    let pumping = false;
    let again = false;
    const heartbeat = setInterval(() => {
      for (const listener of listeners) listener.send(": keep-alive\n\n");
      void pump();
    }, heartbeatMs);
    const subscribed = deps.bus.subscribe(spaceId, () => void pump());
    subscribed.catch(() => close());

    function close() {
      clearInterval(heartbeat);
      if (feeds.get(spaceId) === feed) feeds.delete(spaceId);
      subscribed.then(
        (unsubscribe) => unsubscribe(),
        () => {},
      );
    }

    /** Ends the streams whose person may no longer hear of this space; returns the others. */
    async function stillAllowed(): Promise<Allowed[]> {
      const sessionIds = new Set([...listeners].map((listener) => listener.sessionId).filter(Boolean));
      const [members, sessions] = await Promise.all([
        repo.membersOfOpenSpace(spaceId),
        repo.sessionTimes([...sessionIds]),
      ]);
      const now = deps.clock();
      const allowed: Allowed[] = [];
      for (const listener of listeners) {
        const member = members.find((m) => m.accountId === listener.accountId);
        const session = sessions.get(listener.sessionId);
        if (member?.id === listener.me.id && session !== undefined && sessionIsLive(session, now)) {
          allowed.push({ listener, other: members.find((m) => m.id !== listener.me.id) });
        } else {
          listener.end();
        }
      }
      return allowed;
    }

    /** Hands each row to every stream that has not had it yet, presented once per member. */
    function fanOut(rows: readonly StreamRow[], allowed: readonly Allowed[]) {
      for (const row of rows) {
        const framed = new Map<string, string | undefined>();
        for (const { listener, other } of allowed) {
          if (row.position <= listener.cursor || !listeners.has(listener)) continue;
          listener.cursor = row.position;
          let text = framed.get(listener.me.id);
          if (!framed.has(listener.me.id)) {
            const event = presentStreamEvent(row, listener.me, other);
            text = event && frame(event);
            framed.set(listener.me.id, text);
          }
          if (text) listener.send(text);
        }
      }
    }

    async function pump(): Promise<void> {
      if (pumping) {
        again = true;
        return;
      }
      pumping = true;
      try {
        do {
          again = false;
          if (listeners.size === 0) return;
          const allowed = await stillAllowed();
          if (allowed.length === 0) continue;
          let after = Math.min(...allowed.map(({ listener }) => listener.cursor));
          for (;;) {
            const rows = await repo.eventsAfter(spaceId, after, batchSize);
            fanOut(rows, allowed);
            const last = rows.at(-1);
            if (!last || rows.length < batchSize) break;
            after = last.position;
          }
        } while (again);
      } catch (error) {
        deps.log.warn({ err: describeError(error) }, "event stream stopped");
        // Each browser reconnects with its last id and catches up then.
        for (const listener of [...listeners]) listener.end();
      } finally {
        pumping = false;
      }
    }

    const feed = {
      listeners,
      subscribed,
      pump,
      leave(listener: FeedListener) {
        listeners.delete(listener);
        if (listeners.size === 0) close();
      },
    };
    return feed;
  }

  return {
    async join(spaceId, listener) {
      let feed = feeds.get(spaceId);
      if (!feed) {
        feed = openFeed(spaceId);
        feeds.set(spaceId, feed);
      }
      const joined = feed;
      joined.listeners.add(listener);
      const leave = () => joined.leave(listener);
      try {
        await joined.subscribed;
      } catch (error) {
        leave();
        throw error;
      }
      void joined.pump();
      return leave;
    },
  };
}
