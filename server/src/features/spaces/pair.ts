import type { Party } from "@mend/core/spaces/party";
import { type BreachView, type RoleResolution, resolveRoles } from "@mend/core/spaces/roles";
import type { Database } from "../../db/database.ts";
import { AppError } from "../../http/errors.ts";
import { type MemberRow, type SpaceRow, spacesRepo } from "./repo.ts";
import { requireMembership } from "./service.ts";

/** The caller and the other person in a space, with their roles as the caller sees them. */
export interface Pair {
  space: SpaceRow;
  me: MemberRow;
  /** Undefined until the other person joins (or after they left). */
  other: MemberRow | undefined;
  roles: RoleResolution;
}

/** The membership gate, plus who the other person is: what every two-person feature needs first. */
export async function requirePair(db: Database, accountId: string, spaceId: string): Promise<Pair> {
  const { space, member } = await requireMembership(db, accountId, spaceId);
  const other = (await spacesRepo(db).activeMembers(spaceId)).find((m) => m.id !== member.id);
  const roles = resolveRoles(member.view as BreachView, other?.view as BreachView | undefined);
  return { space, me: member, other, roles };
}

/** The other person, or a kind refusal for things that need two people. */
export function requireOther(pair: Pair, what: string): MemberRow {
  if (pair.other) return pair.other;
  throw new AppError(
    "conflict",
    `${what} once ${pair.space.expectedName} has joined the space. Until then, what you write stays private to you.`,
  );
}

/** Who a stored member is from the caller's side; undefined for someone no longer in the space. */
export function partyOf(pair: Pair, memberId: string): Party | undefined {
  if (memberId === pair.me.id) return "you";
  if (pair.other && memberId === pair.other.id) return "other";
  return undefined;
}

/** A one-person item reaches the caller if it is theirs, or the other's, shared while the caller was here. */
export function reaches(pair: Pair, authorId: string, sharedAt: Date): boolean {
  if (authorId === pair.me.id) return true;
  return pair.other !== undefined && authorId === pair.other.id && sharedAt >= pair.me.joinedAt;
}

/**
 * A two-person item (a question, a talk, a request) belongs to the current pair only: after someone
 * leaves, what passed between them is not shown to whoever joins next.
 */
export function betweenUs(pair: Pair, first: string, second: string): boolean {
  const us = new Set([pair.me.id, pair.other?.id]);
  return first !== second && us.has(first) && us.has(second);
}
