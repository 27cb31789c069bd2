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

/**
 * Who is in the space, from one member's side: all the rules below need. A `Pair` is one, and so is
 * any feature's own context that knows the reader and the other person.
 */
export interface Sides {
  me: Pick<MemberRow, "id" | "joinedAt">;
  other: Pick<MemberRow, "id"> | undefined;
}

/**
 * A one-person item reaches the caller if it is theirs, or the other's, shared while the caller was here.
 * So someone who joins a space after another left finds nothing of what was written before they came:
 * not the one who left's, and not the one who stayed (who shared it with someone else).
 */
export function reaches(pair: Sides, authorId: string, sharedAt: Date): boolean {
  if (authorId === pair.me.id) return true;
  return pair.other !== undefined && authorId === pair.other.id && sharedAt >= pair.me.joinedAt;
}

/**
 * A standing answer each person gives alone (the closeness ladder's) counts between the two people in
 * the space now unless it was given before someone left: then it may have been meant for the one who
 * left, and a newcomer must learn nothing from it. Answers given while waiting for the first person to
 * join, or after the last departure, count (one given at the very moment of leaving does not).
 */
export function givenSinceLastDeparture(lastDepartureAt: Date | undefined, givenAt: Date): boolean {
  return lastDepartureAt === undefined || givenAt > lastDepartureAt;
}

/**
 * A two-person item (a question, a talk, a request) belongs to the current pair only: after someone
 * leaves, what passed between them is not shown to whoever joins next.
 */
export function betweenUs(pair: Sides, first: string, second: string): boolean {
  const us = new Set([pair.me.id, pair.other?.id]);
  return first !== second && us.has(first) && us.has(second);
}

/** Each current member's side of the space, for records read for everyone at once (progress, trust). */
export function sidesOf(members: readonly Pick<MemberRow, "id" | "joinedAt">[]): Sides[] {
  return members.map((me) => ({ me, other: members.find((member) => member.id !== me.id) }));
}

/**
 * What the space's shared record (the method's phases, trust, consistency) may count: a one-person
 * item that reaches every member in the space now. Both see the same record, so it holds nothing
 * that one of them was never shown.
 */
export function reachesEveryone(
  members: readonly Pick<MemberRow, "id" | "joinedAt">[],
  authorId: string,
  sharedAt: Date,
): boolean {
  return (
    members.some((member) => member.id === authorId) &&
    sidesOf(members).every((sides) => reaches(sides, authorId, sharedAt))
  );
}

/** What the space's shared record may count of a two-person item: one between the two people in it now. */
export function betweenMembers(
  members: readonly Pick<MemberRow, "id" | "joinedAt">[],
  first: string,
  second: string,
): boolean {
  const [sides] = sidesOf(members);
  return sides !== undefined && betweenUs(sides, first, second);
}
