import type { SpaceReads } from "../../db/space-reads.ts";
import type { SourceContribution } from "../insights/evidence-sources.ts";
import { checkinFromRow } from "./presenters.ts";
import { checkinsRepo } from "./repo.ts";

/**
 * Check-ins are feelings, not evidence about anyone's actions, so they add no `TrustEvidence`: a low
 * rating must never count against the other person. They supply the facts behind the "how it feels"
 * charts, streak milestones and the help rules, in full; insights and help decide per viewer what
 * of another person's check-in may be used (only what they shared).
 */
export async function checkinEvidence({ db, spaceId }: SpaceReads, now: Date): Promise<SourceContribution> {
  const rows = await checkinsRepo(db).inSpace(spaceId);
  const checkins = rows
    .map(checkinFromRow)
    .filter((checkin) => checkin.submittedAt.getTime() <= now.getTime());
  return { facts: { checkins } };
}
