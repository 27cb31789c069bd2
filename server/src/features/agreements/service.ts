import type { Database } from "../../db/database.ts";
import type { SpaceEventPublisher } from "../../realtime/bus.ts";
import { boundariesService } from "./boundaries-service.ts";
import { breachesService } from "./breaches-service.ts";
import { consistencyService } from "./consistency-service.ts";
import { agreementItemsService } from "./items-service.ts";

/** Everything the agreements routes need, built once from the same database and clock. */
export function agreementsService(deps: { db: Database; clock: () => Date; events: SpaceEventPublisher }) {
  return {
    agreements: agreementItemsService(deps),
    boundaries: boundariesService(deps),
    breaches: breachesService(deps),
    consistency: consistencyService(deps),
  };
}

export type AgreementsService = ReturnType<typeof agreementsService>;
