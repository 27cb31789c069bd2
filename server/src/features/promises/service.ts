import type { Database } from "../../db/database.ts";
import type { SpaceEventPublisher } from "../../realtime/bus.ts";
import type { SharedReminders } from "../reminders/hand-over.ts";
import { calendarService } from "./calendar-service.ts";
import { promiseItemsService } from "./items-service.ts";
import { transparencyService } from "./transparency-service.ts";

/** Everything the promises routes need, built once from the same database and clock. */
export function promisesService(deps: {
  db: Database;
  clock: () => Date;
  events: SpaceEventPublisher;
  /** Reminders a deliberate act makes due for the other person, handed over after commit. */
  reminders?: SharedReminders;
}) {
  return {
    promises: promiseItemsService(deps),
    transparency: transparencyService(deps),
    calendar: calendarService(deps),
  };
}

export type PromisesService = ReturnType<typeof promisesService>;
