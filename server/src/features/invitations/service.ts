import type { AccountView } from "@mend/core/accounts/contract";
import type {
  CreatedInvitationView,
  InvitationPreviewView,
  JoinSpaceInput,
} from "@mend/core/spaces/contract";
import { invitationLifetimeMs, invitationState, maxMembers } from "@mend/core/spaces/invitation-policy";
import type { Database } from "../../db/database.ts";
import { AppError, notFound } from "../../http/errors.ts";
import { hashToken, newSecretToken } from "../accounts/tokens.ts";
import { presentInvitation } from "../spaces/presenters.ts";
import { isUuid, spacesRepo } from "../spaces/repo.ts";
import { requireMembership } from "../spaces/service.ts";
import { type InvitationRow, invitationsRepo } from "./repo.ts";

const unusable: Record<"expired" | "used" | "revoked", string> = {
  expired: "This invitation link has expired. Ask the person who sent it for a new one.",
  used: "This invitation link has already been used. Ask the person who sent it for a new one if you need to.",
  revoked: "This invitation link is no longer valid. Ask the person who sent it for a new one.",
};

const invitationNotFound = () => notFound("That invitation");

/** Locks the space and refuses when nobody more can join it: two people are already in. */
export async function lockRoomToInvite(tx: Database, spaceId: string): Promise<void> {
  const repo = spacesRepo(tx);
  await repo.lockSpace(spaceId);
  if ((await repo.activeMembers(spaceId)).length >= maxMembers) {
    throw new AppError("conflict", "This space already has two people in it, so no one else can be invited.");
  }
}

/**
 * Opens a new invitation to a space inside the caller's transaction, after `lockRoomToInvite`: any
 * open one is cancelled, only the new token's hash is kept, and the space's record says so.
 */
export async function openInvitation(
  tx: Database,
  spaceId: string,
  memberId: string,
  now: Date,
): Promise<{ invitation: InvitationRow; token: string }> {
  const invitations = invitationsRepo(tx);
  await invitations.revokeAllOpen(spaceId, now);
  const token = newSecretToken();
  const invitation = await invitations.insert({
    spaceId,
    createdByMemberId: memberId,
    tokenHash: hashToken(token),
    createdAt: now,
    expiresAt: new Date(now.getTime() + invitationLifetimeMs),
  });
  await spacesRepo(tx).recordEvent({ spaceId, memberId, kind: "invitation.created", at: now });
  return { invitation, token };
}

export function invitationsService(deps: { db: Database; clock: () => Date }) {
  const { db, clock } = deps;

  /** Finds the invitation behind a link and checks that `account` may use it now. */
  async function usableInvitation(
    tx: Database,
    account: AccountView,
    token: string,
    lock: boolean,
  ): Promise<InvitationRow> {
    const invitation = await invitationsRepo(tx).findByTokenHash(hashToken(token), { lock });
    if (!invitation) throw invitationNotFound();
    const state = invitationState(invitation, clock());
    if (state !== "usable") throw new AppError("gone", unusable[state]);
    const repo = spacesRepo(tx);
    if (lock) await repo.lockSpace(invitation.spaceId);
    const members = await repo.activeMembers(invitation.spaceId);
    if (members.length === 0) throw new AppError("gone", unusable.revoked);
    if (members.some((m) => m.accountId === account.id)) {
      throw new AppError(
        "conflict",
        "You are already in this space. This link is for the other person: copy it and send it to them.",
      );
    }
    if (members.length >= maxMembers) throw new AppError("gone", unusable.used);
    return invitation;
  }

  return {
    /** A new link replaces any open one, so only one link to a space works at a time. */
    async create(account: AccountView, spaceId: string): Promise<CreatedInvitationView> {
      return db.transaction(async (tx) => {
        const { member } = await requireMembership(tx, account.id, spaceId);
        await lockRoomToInvite(tx, spaceId);
        const { invitation, token } = await openInvitation(tx, spaceId, member.id, clock());
        return { ...presentInvitation(invitation), token };
      });
    },

    async revoke(account: AccountView, spaceId: string, invitationId: string): Promise<void> {
      await db.transaction(async (tx) => {
        const { member } = await requireMembership(tx, account.id, spaceId);
        const invitations = invitationsRepo(tx);
        const invitation = isUuid(invitationId)
          ? await invitations.findInSpace(spaceId, invitationId)
          : undefined;
        if (!invitation) throw invitationNotFound();
        const now = clock();
        if (invitationState(invitation, now) !== "usable") return;
        await invitations.revoke(invitation.id, now);
        await spacesRepo(tx).recordEvent({
          spaceId,
          memberId: member.id,
          kind: "invitation.revoked",
          at: now,
        });
      });
    },

    async preview(account: AccountView, token: string): Promise<InvitationPreviewView> {
      const invitation = await usableInvitation(db, account, token, false);
      const repo = spacesRepo(db);
      const [members, space] = await Promise.all([
        repo.activeMembers(invitation.spaceId),
        repo.findSpace(invitation.spaceId),
      ]);
      if (!space) throw invitationNotFound();
      return {
        inviterName: members[0]?.displayName ?? "",
        relationship: space.relationship as InvitationPreviewView["relationship"],
        expectedName: space.expectedName,
      };
    },

    async accept(account: AccountView, token: string, input: JoinSpaceInput): Promise<{ spaceId: string }> {
      return db.transaction(async (tx) => {
        const invitation = await usableInvitation(tx, account, token, true);
        const now = clock();
        const repo = spacesRepo(tx);
        const member = await repo.insertMember({
          spaceId: invitation.spaceId,
          accountId: account.id,
          view: input.view,
          joinedAt: now,
        });
        await invitationsRepo(tx).markAccepted(invitation.id, now);
        await repo.recordEvent({
          spaceId: invitation.spaceId,
          memberId: member.id,
          kind: "member.joined",
          at: now,
        });
        return { spaceId: invitation.spaceId };
      });
    },
  };
}

export type InvitationsService = ReturnType<typeof invitationsService>;
