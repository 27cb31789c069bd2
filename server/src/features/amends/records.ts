import type { AmendRecord, AmendStep } from "@mend/core/amends/lifecycle";
import type { SpaceReads } from "../../db/space-reads.ts";
import { betweenMembers } from "../spaces/pair.ts";
import { readActiveMembers } from "../spaces/repo.ts";
import { amendRecord, amendStep } from "./presenters.ts";
import { readAmendSteps, readAmends } from "./repo.ts";

/**
 * The amends between the two people in the space now, with their steps and which were replaced by
 * another: what trust and the journey count (someone who joins later finds none of the earlier ones).
 */
export async function sharedAmends(reads: SpaceReads) {
  const members = await reads.read(readActiveMembers);
  const rows = (await reads.read(readAmends)).filter((row) =>
    betweenMembers(members, row.makerMemberId, row.receiverMemberId),
  );
  const ids = new Set(rows.map((row) => row.id));
  const amends: AmendRecord[] = rows.map(amendRecord);
  const steps: AmendStep[] = (await reads.read(readAmendSteps))
    .filter((s) => ids.has(s.amendId))
    .map(amendStep);
  const countered = new Set(rows.flatMap((row) => (row.counterToId ? [row.counterToId] : [])));
  return { amends, steps, countered };
}
