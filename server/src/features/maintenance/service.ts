import type { AccountView } from "@mend/core/accounts/contract";
import type { MaintenanceView } from "@mend/core/maintenance/contract";
import { maintenanceStatus } from "@mend/core/maintenance/rules";
import type { Database } from "../../db/database.ts";
import { AppError } from "../../http/errors.ts";
import { requireOpenMembership } from "../ending/guard.ts";
import { factsContext } from "../journey/facts.ts";
import { spacesRepo } from "../spaces/repo.ts";
import { requireMembership } from "../spaces/service.ts";
import { presentMaintenance } from "./presenters.ts";
import { maintenanceRepo } from "./repo.ts";
import { gatherMaintenanceInputs, type MaintenanceSource, maintenanceSources } from "./sources.ts";

/** Where a space stands at `now`: still repairing, or keeping it up (with the monthly conversation's dates). */
export async function spaceMaintenanceStatus(
  db: Database,
  spaceId: string,
  now: Date,
  sources: MaintenanceSource[] = maintenanceSources,
) {
  const context = await factsContext(db, spaceId, now);
  return maintenanceStatus(await gatherMaintenanceInputs(context, sources), now);
}

export function maintenanceService(deps: { db: Database; clock: () => Date; sources?: MaintenanceSource[] }) {
  const { db, clock } = deps;
  const sources = deps.sources ?? maintenanceSources;
  const status = (tx: Database, spaceId: string, now: Date) =>
    spaceMaintenanceStatus(tx, spaceId, now, sources);

  return {
    async view(account: AccountView, spaceId: string): Promise<MaintenanceView> {
      const { member } = await requireMembership(db, account.id, spaceId);
      return presentMaintenance(await status(db, spaceId, clock()), member.id);
    },

    /** Either member can mark the monthly conversation as held, once the space is in maintenance. */
    async markReviewHeld(account: AccountView, spaceId: string): Promise<MaintenanceView> {
      return db.transaction(async (tx) => {
        const now = clock();
        const { member } = await requireOpenMembership(tx, account.id, spaceId, now);
        if ((await status(tx, spaceId, now)).stage !== "maintaining") {
          throw new AppError(
            "conflict",
            "The monthly conversation begins once the earlier parts of the repair have been completed.",
          );
        }
        await maintenanceRepo(tx).insertReview({ spaceId, memberId: member.id, heldAt: now });
        await spacesRepo(tx).recordEvent({
          spaceId,
          memberId: member.id,
          kind: "maintenance.review_held",
          at: now,
        });
        return presentMaintenance(await status(tx, spaceId, now), member.id);
      });
    },
  };
}

export type MaintenanceService = ReturnType<typeof maintenanceService>;
