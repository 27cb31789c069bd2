import type { SignedOutReason } from "./session.ts";

/**
 * What pages hand each other through React Router's location state (kept in memory and in this tab's
 * history entry, never in storage): where to return after signing in, and a message to show on arrival.
 */
export interface NavigationState {
  from?: string;
  notice?: string;
  reason?: SignedOutReason;
}

function read(state: unknown): NavigationState {
  return typeof state === "object" && state !== null ? (state as NavigationState) : {};
}

/** Only a path inside Mend is followed, so a crafted link cannot send someone to another site. */
export function returnPath(state: unknown): string {
  const from = read(state).from;
  if (typeof from !== "string" || !from.startsWith("/") || from.startsWith("//") || from.startsWith("/\\")) {
    return "/";
  }
  return from;
}

export function hasReturnPath(state: unknown): boolean {
  return returnPath(state) !== "/";
}

export function noticeFrom(state: unknown): string | null {
  const notice = read(state).notice;
  return typeof notice === "string" && notice ? notice : null;
}

export function reasonFrom(state: unknown): SignedOutReason | undefined {
  return read(state).reason;
}

export const signedOutNotices: Record<SignedOutReason, string> = {
  "logged-out": "You've logged out.",
  "logged-out-everywhere": "You've been logged out on every device, including this one.",
  expired: "You've been logged out. Please log in again to carry on.",
};
