import { isSharedWithOther } from "@mend/core/checkins/present";
import type { MemberFacts, SpaceFacts } from "@mend/core/method/index";
import type { Database } from "../../db/database.ts";
import { type SpaceReads, spaceReads } from "../../db/space-reads.ts";
import { agreementsFacts } from "../agreements/facts.ts";
import { amendsFacts } from "../amends/facts.ts";
import { checkinFromRow } from "../checkins/presenters.ts";
import { checkinsRepo } from "../checkins/repo.ts";
import { closenessFacts } from "../closeness/facts.ts";
import { forgivenessFacts } from "../forgiveness/facts.ts";
import { readinessRepo } from "../readiness/repo.ts";
import { reachesEveryone } from "../spaces/pair.ts";
import { readActiveMembers } from "../spaces/repo.ts";
import { type MemberRoles, rolesOf } from "../spaces/roles.ts";
import { talkingFacts } from "../talks/progress.ts";

export interface FactsContext {
  db: Database;
  spaceId: string;
  now: Date;
  roles: MemberRoles;
  /** The space's records that several sources read, each read once (see db/space-reads.ts). */
  reads: SpaceReads;
}

/** The context for one reading of a space's facts; `db` may be a transaction, `reads` already begun. */
export async function factsContext(
  db: Database,
  spaceId: string,
  now: Date,
  reads: SpaceReads = spaceReads(db, spaceId),
): Promise<FactsContext> {
  return { db, spaceId, now, reads, roles: rolesOf(await reads.read(readActiveMembers)) };
}

/** What one feature adds to a space's snapshot: only shared facts, never drafts or private notes. */
export interface FactsPatch {
  space?: Omit<SpaceFacts, "members">;
  members?: Record<string, Omit<Partial<MemberFacts>, "id" | "role">>;
}

export type FactsSource = (context: FactsContext) => Promise<FactsPatch>;

/** The readiness check contributes only that a member took it, not when or what they said. */
const readinessFacts: FactsSource = async ({ db, spaceId, roles }) => {
  const first = await readinessRepo(db).firstCompletions(
    spaceId,
    roles.members.map((m) => m.id),
  );
  return {
    members: Object.fromEntries(
      [...first].map(([memberId, at]) => [memberId, { readinessChecksCompleted: [at] }]),
    ),
  };
};

/**
 * A check-in counts for the shared record only once the other person can see some of it: a sharing
 * switch over an empty section shows them nothing, so it must not show up here either. Like every
 * source, only what reaches both members now counts: someone who left takes their habits with them,
 * and whoever joins next starts from their own arrival.
 */
const checkinFacts: FactsSource = async ({ db, spaceId, now, roles }) => {
  const rows = await checkinsRepo(db).inSpace(spaceId);
  const shared = rows
    .map(checkinFromRow)
    .filter(
      (checkin) =>
        reachesEveryone(roles.members, checkin.authorId, checkin.submittedAt) &&
        checkin.submittedAt <= now &&
        isSharedWithOther(checkin),
    )
    .map((checkin) => checkin.submittedAt);
  return { space: { checkins: shared } };
};

/** Every feature that holds evidence of progress plugs in here. */
export const factsSources: FactsSource[] = [
  readinessFacts,
  checkinFacts,
  forgivenessFacts,
  closenessFacts,
  talkingFacts,
  agreementsFacts,
  amendsFacts,
];

function mergeLists<T extends object>(target: T, patch: Partial<T>): T {
  const merged = { ...target } as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    const existing = merged[key];
    merged[key] = Array.isArray(existing) && Array.isArray(value) ? [...existing, ...value] : value;
  }
  return merged as T;
}

export async function spaceFacts(
  context: FactsContext,
  sources: FactsSource[] = factsSources,
): Promise<SpaceFacts> {
  let facts: SpaceFacts = {
    members: context.roles.members.map((m) => ({ id: m.id, role: context.roles.roleOf(m.id) })),
  };
  // One source at a time: the handle may be a transaction, whose connection takes one query at a time.
  for (const source of sources) {
    const patch = await source(context);
    const { members, ...rest } = facts;
    facts = {
      ...mergeLists(rest, patch.space ?? {}),
      members: members.map((member) => mergeLists(member, patch.members?.[member.id] ?? {})),
    };
  }
  return facts;
}
