import { endedRefusal } from "@mend/core/ending/content";
import { endingState } from "@mend/core/ending/rules";
import type { Database } from "../../db/database.ts";
import { AppError } from "../../http/errors.ts";
import { requireMembership } from "../spaces/service.ts";
import { endingRepo } from "./repo.ts";

/**
 * Refuses new shared things once the repair in a space has ended. Reading, downloading, deleting
 * your own things and taking back what you shared stay possible until the space closes, so only
 * the paths that add or share something call this.
 */
export async function refuseWhenEnded(db: Database, spaceId: string, now: Date): Promise<void> {
  const ending = await endingRepo(db).find(spaceId);
  if (ending && endingState(ending.endedAt, now).status !== "open") {
    throw new AppError("conflict", endedRefusal);
  }
}

/** `requireMembership` for writes that add or share something: also refused once the repair has ended. */
export async function requireOpenMembership(db: Database, accountId: string, spaceId: string, now: Date) {
  const found = await requireMembership(db, accountId, spaceId);
  await refuseWhenEnded(db, spaceId, now);
  return found;
}

export async function hasEnded(db: Database, spaceId: string, now: Date): Promise<boolean> {
  const ending = await endingRepo(db).find(spaceId);
  return ending !== undefined && endingState(ending.endedAt, now).status !== "open";
}
