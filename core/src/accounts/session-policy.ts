/**
 * Session lifetimes (OWASP ASVS 5.0 §7.3). A shared or borrowed device is a real risk for people
 * in this situation, so an idle session ends after half an hour and any session after twelve hours.
 */
export const sessionPolicy = {
  idleTimeoutMs: 30 * 60 * 1000,
  absoluteTimeoutMs: 12 * 60 * 60 * 1000,
  /** Refreshing the idle clock costs a write; once a minute is precise enough. */
  touchIntervalMs: 60 * 1000,
} as const;

export function sessionIsLive(session: { lastUsedAt: Date; expiresAt: Date }, now: Date): boolean {
  return (
    now.getTime() < session.expiresAt.getTime() &&
    now.getTime() - session.lastUsedAt.getTime() < sessionPolicy.idleTimeoutMs
  );
}
