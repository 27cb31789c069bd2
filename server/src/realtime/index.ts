import type { Database } from "../db/database.ts";
import type { TypedApp } from "../http/types.ts";
import { type Notifications, type SpaceEventBus, type SpaceEventPublisher, spaceEventBus } from "./bus.ts";
import { registerEventStream } from "./stream.ts";

/**
 * Adds the live event stream and returns what feature services use to announce their changes, and
 * to hear of a space's changes (the counselor's stream, which has its own rules of who may listen).
 */
export function registerRealtime(
  app: TypedApp,
  deps: { db: Database; clock: () => Date; notifications: Notifications },
): SpaceEventPublisher & Pick<SpaceEventBus, "subscribe"> {
  const bus = spaceEventBus(deps.notifications, app.log);
  registerEventStream(app, { db: deps.db, clock: deps.clock, bus, log: app.log });
  return {
    publish: (spaceId) => bus.publish(spaceId),
    subscribe: (spaceId, wake) => bus.subscribe(spaceId, wake),
  };
}
