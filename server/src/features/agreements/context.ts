import type { Person } from "@mend/core/agreements/fields";
import { type RepairRole, resolveRoles, type BreachView as StatedView } from "@mend/core/spaces/roles";
import type { Database } from "../../db/database.ts";
import { AppError } from "../../http/errors.ts";
import type { PromiseBundle } from "../promises/repo.ts";
import { reaches } from "../spaces/pair.ts";
import { otherMember } from "../spaces/presenters.ts";
import { type MemberRow, type MemberWithName, spacesRepo } from "../spaces/repo.ts";
import { requireMembership, spaceNotFound } from "../spaces/service.ts";
import type { AgreementBundle, BoundaryBundle } from "./repo.ts";

/** The reader of a space and the other person, as every agreement and promise rule needs them. */
export interface SpaceContext {
  spaceId: string;
  me: MemberWithName;
  other: MemberWithName | undefined;
  role: RepairRole;
}

/** The membership gate (404 to anyone else), then who is who. */
export async function spaceContext(db: Database, accountId: string, spaceId: string): Promise<SpaceContext> {
  const { member } = await requireMembership(db, accountId, spaceId);
  return contextAmong(spaceId, member, await spacesRepo(db).activeMembers(spaceId));
}

/** Who is who, for `member` among the space's current `members`. */
export function contextAmong(spaceId: string, member: MemberRow, members: MemberWithName[]): SpaceContext {
  const me = members.find((m) => m.id === member.id);
  if (!me) throw spaceNotFound();
  const other = otherMember(members, member);
  const roles = resolveRoles(me.view as StatedView, other?.view as StatedView | undefined);
  return { spaceId, me, other, role: roles.own };
}

/** The other person, for things that take two; a clear next step when they haven't joined yet. */
export function requireOther(context: SpaceContext, what: string): MemberWithName {
  if (!context.other) {
    throw new AppError(
      "conflict",
      `${what} need two people. Invite the other person first; meanwhile you can write your own boundaries.`,
    );
  }
  return context.other;
}

/**
 * An agreement is its proposer's, shared as it is proposed (`reaches` in spaces/pair.ts): someone who
 * joins after the proposal was made, with someone who has since left, never sees it.
 */
export function agreementReaches(context: SpaceContext, bundle: Pick<AgreementBundle, "agreement">): boolean {
  return reaches(context, bundle.agreement.proposedByMemberId, bundle.agreement.createdAt);
}

/** A boundary is its owner's, shared as it is set: the same rule as an agreement's. */
export function boundaryReaches(context: SpaceContext, bundle: Pick<BoundaryBundle, "boundary">): boolean {
  return reaches(context, bundle.boundary.ownerMemberId, bundle.boundary.createdAt);
}

/** A promise is its maker's, shared as it is made: the same rule as an agreement's. */
export function promiseReaches(context: SpaceContext, bundle: Pick<PromiseBundle, "promise">): boolean {
  return reaches(context, bundle.promise.makerMemberId, bundle.promise.createdAt);
}

/** Member ids never leave the server: a record's author is "you", "other" or a former member. */
export function personOf(context: SpaceContext, memberId: string): Person {
  if (memberId === context.me.id) return "you";
  if (memberId === context.other?.id) return "other";
  return "former_member";
}
