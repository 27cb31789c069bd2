import type { InvitationView, SpaceSummaryView, SpaceView } from "@mend/core/spaces/contract";
import { type BreachView, resolveRoles } from "@mend/core/spaces/roles";
import type { InvitationRow } from "../invitations/repo.ts";
import type { MemberRow, MemberWithName, SpaceRow } from "./repo.ts";

export function presentInvitation(row: InvitationRow): InvitationView {
  return { id: row.id, createdAt: row.createdAt.toISOString(), expiresAt: row.expiresAt.toISOString() };
}

/**
 * When the space began for a member: for whoever joined after someone left, the day they came, so
 * nothing tells them how long the space had been in use before.
 */
const startedFor = (space: SpaceRow, member: MemberRow) =>
  new Date(Math.max(member.joinedAt.getTime(), space.createdAt.getTime())).toISOString();

/**
 * The space as one member sees it. Built field by field so nothing about the other person leaks by
 * default: from them, only their chosen name and role.
 */
export function presentSpace(input: {
  space: SpaceRow;
  me: MemberWithName;
  other: MemberWithName | undefined;
  otherLeft: boolean;
  invitation: InvitationRow | undefined;
}): SpaceView {
  const { space, me, other } = input;
  const roles = resolveRoles(me.view as BreachView, other?.view as BreachView | undefined);
  const solo = other === undefined;
  return {
    id: space.id,
    relationship: space.relationship as SpaceView["relationship"],
    breachKinds: space.breachKinds as SpaceView["breachKinds"],
    createdAt: startedFor(space, me),
    you: { displayName: me.displayName, role: roles.own, view: me.view as BreachView },
    other: other ? { displayName: other.displayName, role: roles.other } : null,
    expectedName: space.expectedName,
    viewsDiffer: roles.viewsDiffer,
    otherLeft: solo && input.otherLeft,
    invitation: solo && input.invitation ? presentInvitation(input.invitation) : null,
    can: { invite: solo, leave: true },
  };
}

export function presentSpaceSummary(
  space: SpaceRow,
  member: MemberRow,
  other: MemberWithName | undefined,
): SpaceSummaryView {
  return {
    id: space.id,
    relationship: space.relationship as SpaceSummaryView["relationship"],
    createdAt: startedFor(space, member),
    expectedName: space.expectedName,
    otherName: other?.displayName ?? null,
  };
}

export const otherMember = (members: MemberWithName[], me: MemberRow) => members.find((m) => m.id !== me.id);
