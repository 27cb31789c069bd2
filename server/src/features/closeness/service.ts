import type { Database } from "../../db/database.ts";
import type { SpaceEventPublisher } from "../../realtime/bus.ts";
import type { SharedReminders } from "../reminders/hand-over.ts";
import { appreciationsService } from "./appreciations-service.ts";
import { ladderService } from "./ladder-service.ts";
import { timeTogetherService } from "./time-together-service.ts";

/** Closeness: appreciations, time together, and the closeness ladder. */
export function closenessService(deps: {
  db: Database;
  clock: () => Date;
  events: SpaceEventPublisher;
  /** Reminders a deliberate act makes due for the other person, handed over after commit. */
  reminders?: SharedReminders;
}) {
  return {
    appreciations: appreciationsService(deps),
    timeTogether: timeTogetherService(deps),
    ladder: ladderService(deps),
  };
}

export type ClosenessService = ReturnType<typeof closenessService>;
