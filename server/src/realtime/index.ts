import type { Database } from "../db/database.ts";
import type { TypedApp } from "../http/types.ts";
import { type Notifications, type SpaceEventPublisher, spaceEventBus } from "./bus.ts";
import { registerEventStream } from "./stream.ts";

/** Adds the live event stream and returns what feature services use to announce their changes. */
export function registerRealtime(
  app: TypedApp,
  deps: { db: Database; clock: () => Date; notifications: Notifications },
): SpaceEventPublisher {
  const bus = spaceEventBus(deps.notifications, app.log);
  registerEventStream(app, { db: deps.db, clock: deps.clock, bus, log: app.log });
  return { publish: (spaceId) => bus.publish(spaceId) };
}
