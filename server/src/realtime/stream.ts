import type { FastifyBaseLogger } from "fastify";
import { z } from "zod";
import type { Database } from "../db/database.ts";
import { spaceParams } from "../features/spaces/routes.ts";
import { requireMembership } from "../features/spaces/service.ts";
import { currentAccount } from "../http/access-hooks.ts";
import { apiError } from "../http/api-error-schema.ts";
import { describeError } from "../http/error-log.ts";
import type { TypedApp } from "../http/types.ts";
import type { SpaceEventBus } from "./bus.ts";
import { startEventStream } from "./event-stream.ts";
import { positionOfMemberEventId } from "./present.ts";
import { realtimeRepo } from "./repo.ts";
import { type FeedListener, spaceFeeds } from "./space-feed.ts";

const eventId = z.string().regex(/^\d{1,15}$/);

function parseEventId(value: unknown): number | undefined {
  const parsed = eventId.safeParse(value);
  return parsed.success ? Number(parsed.data) : undefined;
}

export interface EventStreamDeps {
  db: Database;
  clock: () => Date;
  bus: SpaceEventBus;
  log: FastifyBaseLogger;
}

/**
 * `GET /api/spaces/:spaceId/events/stream`: Server-Sent Events for one space. Membership is checked
 * before anything is sent (a stranger gets the usual 404), and again on every wake-up and heartbeat,
 * together with the session: the stream ends when the person leaves the space, signs out, or their
 * session runs out. The streams of one space share a feed (`space-feed.ts`), so a change is read once.
 */
export function registerEventStream(app: TypedApp, deps: EventStreamDeps): void {
  const { db, bus } = deps;
  const feeds = spaceFeeds(deps);
  const open = new Set<() => void>();
  // Open streams would otherwise keep the server from shutting down.
  app.addHook("preClose", async () => {
    for (const close of [...open]) close();
  });
  app.addHook("onClose", () => bus.close());

  app.get(
    "/api/spaces/:spaceId/events/stream",
    {
      config: { access: "space" },
      // A HEAD request would hold a stream open with nothing to show for it.
      exposeHeadRoute: false,
      schema: {
        tags: ["realtime"],
        summary: "Live updates for a space (Server-Sent Events; ids and kinds only, never content)",
        description:
          "Each message's data is a StreamEvent (core/src/realtime/contract.ts). Reconnect with Last-Event-ID, or pass ?after=<id> on a first connection, to receive what was missed.",
        params: spaceParams,
        querystring: z.strictObject({ after: eventId.optional() }),
        response: { 200: z.string().describe("text/event-stream"), 401: apiError, 404: apiError },
      },
    },
    async (request, reply) => {
      const account = currentAccount(request);
      const sessionId = request.session?.sessionId ?? "";
      const { spaceId } = request.params;
      const { member: me } = await requireMembership(db, account.id, spaceId);
      const repo = realtimeRepo(db);
      const latest = await repo.latestPosition(spaceId);
      const requested = parseEventId(request.headers["last-event-id"]) ?? parseEventId(request.query.after);
      // An id from the future (or from before an upgrade) can only mean "from now on".
      const cursor =
        requested === undefined ? latest : Math.min(positionOfMemberEventId(requested, me), latest);

      const raw = startEventStream(reply);

      let closed = false;
      let leave: (() => void) | undefined;
      const close = () => {
        if (closed) return;
        closed = true;
        leave?.();
        open.delete(close);
        if (!raw.writableEnded) raw.end();
      };
      open.add(close);
      raw.on("close", close);
      const listener: FeedListener = {
        accountId: account.id,
        sessionId,
        me,
        cursor,
        send: (text) => {
          if (!closed) raw.write(text);
        },
        end: close,
      };
      try {
        leave = await feeds.join(spaceId, listener);
      } catch (error) {
        deps.log.warn({ err: describeError(error) }, "event stream not started");
        return close();
      }
      if (closed) leave();
    },
  );
}
