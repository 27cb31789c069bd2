import type { ProgressVersion } from "../../db/progress-cache.ts";
import { type SpaceReads, spaceReads } from "../../db/space-reads.ts";
import { type MemberRow, type MemberWithName, readActiveMembers, type SpaceRow, spacesRepo } from "./repo.ts";
import { requireMembership } from "./service.ts";

export interface OpenedProgress {
  space: SpaceRow;
  /** The reader's membership. */
  member: MemberRow;
  members: MemberWithName[];
  /** The space's records for this request, the members already among them. */
  reads: SpaceReads;
  now: Date;
  /** The key of the reader's derived pages (see db/progress-cache.ts). */
  version: ProgressVersion;
}

/**
 * The membership gate (404 to anyone else), then where the space's record stands: its members and
 * latest event, read in the one query that a progress page makes for its members anyway, so a page
 * served again costs two queries and a page derived afresh costs none more than before.
 */
export async function openProgress(
  db: Parameters<typeof requireMembership>[0],
  accountId: string,
  spaceId: string,
  now: Date,
): Promise<OpenedProgress> {
  const { space, member } = await requireMembership(db, accountId, spaceId);
  const { members, latestEvent } = await spacesRepo(db).activeMembersAndLatestEvent(space.id);
  const reads = spaceReads(db, space.id);
  reads.provide(readActiveMembers, members);
  return {
    space,
    member,
    members,
    reads,
    now,
    version: { viewerId: member.id, record: [space, members, latestEvent], now },
  };
}
