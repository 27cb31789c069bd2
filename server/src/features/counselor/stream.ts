import { sessionIsLive } from "@mend/core/accounts/session-policy";
import type { CounselorStreamEvent } from "@mend/core/counselor/contract";
import type { FastifyBaseLogger } from "fastify";
import { z } from "zod";
import type { Database } from "../../db/database.ts";
import { currentAccount } from "../../http/access-hooks.ts";
import { apiError } from "../../http/api-error-schema.ts";
import { describeError } from "../../http/error-log.ts";
import { notFound } from "../../http/errors.ts";
import type { TypedApp } from "../../http/types.ts";
import type { SpaceEventBus } from "../../realtime/bus.ts";
import { startEventStream } from "../../realtime/event-stream.ts";
import { realtimeRepo } from "../../realtime/repo.ts";
import { spaceParams } from "../spaces/routes.ts";
import { counselorAccess } from "./service.ts";

/** Often enough that a proxy keeps the stream open, and a second look at access between wake-ups. */
const heartbeatMs = 15_000;

const frame = (event: CounselorStreamEvent) => `data: ${JSON.stringify(event)}\n\n`;

/**
 * `GET /api/counselor/spaces/:spaceId/events/stream`: tells a counselor's open page that the shared
 * record moved ("changed", never what), and that access ended ("ended", then the stream closes). Every
 * wake-up of the space, and every heartbeat, first asks again whether both members still agree and the
 * session is live; a member ending access wakes the space, so the stream ends at once, on any app server.
 * Only the space's stream position is compared, which moves only for what both members are told live.
 */
export function registerCounselorStream(
  app: TypedApp,
  deps: { db: Database; clock: () => Date; bus: Pick<SpaceEventBus, "subscribe">; log: FastifyBaseLogger },
): void {
  const { db, bus } = deps;
  const open = new Set<() => void>();
  app.addHook("preClose", async () => {
    for (const close of [...open]) close();
  });

  app.get(
    "/api/counselor/spaces/:spaceId/events/stream",
    {
      config: { access: "counselor" },
      exposeHeadRoute: false,
      schema: {
        tags: ["counselor"],
        summary: "Live word for a counselor's page: the shared record changed, or access ended",
        params: spaceParams,
        response: { 200: z.string().describe("text/event-stream"), 401: apiError, 404: apiError },
      },
    },
    async (request, reply) => {
      const account = currentAccount(request);
      const sessionId = request.session?.sessionId ?? "";
      const { spaceId } = request.params;
      const repo = realtimeRepo(db);
      if (!(await counselorAccess(db, account.id, spaceId))) throw notFound("That space");
      let position = await repo.latestPosition(spaceId);

      const raw = startEventStream(reply);

      let closed = false;
      let unsubscribe: (() => void) | undefined;
      const close = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        unsubscribe?.();
        open.delete(close);
        if (!raw.writableEnded) raw.end();
      };

      let checking = false;
      let again = false;
      async function check(): Promise<void> {
        if (checking) {
          again = true;
          return;
        }
        checking = true;
        try {
          do {
            again = false;
            const [access, sessions] = await Promise.all([
              counselorAccess(db, account.id, spaceId),
              repo.sessionTimes([sessionId]),
            ]);
            const session = sessions.get(sessionId);
            if (!access || !session || !sessionIsLive(session, deps.clock())) {
              if (!closed) raw.write(frame({ kind: "ended" }));
              return close();
            }
            const latest = await repo.latestPosition(spaceId);
            if (latest !== position && !closed) raw.write(frame({ kind: "changed" }));
            position = latest;
          } while (again && !closed);
        } catch (error) {
          deps.log.warn({ err: describeError(error) }, "counselor stream stopped");
          close();
        } finally {
          checking = false;
        }
      }

      const heartbeat = setInterval(() => {
        if (!closed) raw.write(": keep-alive\n\n");
        void check();
      }, heartbeatMs);
      open.add(close);
      raw.on("close", close);
      try {
        const stop = await bus.subscribe(spaceId, () => void check());
        if (closed) stop();
        else unsubscribe = stop;
      } catch (error) {
        deps.log.warn({ err: describeError(error) }, "counselor stream not started");
        close();
      }
    },
  );
}
