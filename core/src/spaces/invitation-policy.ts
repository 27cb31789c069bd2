/** An invitation link works once, for seven days, and only while the space has room for one more. */
export const invitationLifetimeMs = 7 * 24 * 60 * 60 * 1000;
export const maxMembers = 2;

export type InvitationState = "usable" | "expired" | "used" | "revoked";

export function invitationState(
  invitation: { expiresAt: Date; revokedAt: Date | null; acceptedAt: Date | null },
  now: Date,
): InvitationState {
  if (invitation.acceptedAt) return "used";
  if (invitation.revokedAt) return "revoked";
  if (now.getTime() >= invitation.expiresAt.getTime()) return "expired";
  return "usable";
}
