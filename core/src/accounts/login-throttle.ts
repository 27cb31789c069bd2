/**
 * Sign-in backoff (OWASP ASVS 5.0 §6.3.1). A partner may know the other's email and try to lock
 * them out by failing on purpose, so failures only ever delay the next attempt by a bounded time:
 * there is no lockout, and the delay never exceeds `maxDelayMs`.
 */
export type ThrottleScope = "account" | "ip";

export const throttlePolicy: Record<
  ThrottleScope,
  { freeFailures: number; baseDelayMs: number; maxDelayMs: number; windowMs: number }
> = {
  account: { freeFailures: 5, baseDelayMs: 1_000, maxDelayMs: 60_000, windowMs: 60 * 60 * 1000 },
  ip: { freeFailures: 20, baseDelayMs: 1_000, maxDelayMs: 120_000, windowMs: 60 * 60 * 1000 },
};

export interface ThrottleState {
  failures: number;
  windowStartedAt: Date;
  blockedUntil: Date | null;
}

/** Milliseconds to wait before another attempt is accepted; 0 when one may be made now. */
export function waitBeforeAttempt(state: ThrottleState | undefined, now: Date): number {
  if (!state?.blockedUntil) return 0;
  return Math.max(0, state.blockedUntil.getTime() - now.getTime());
}

export function recordFailure(
  state: ThrottleState | undefined,
  scope: ThrottleScope,
  now: Date,
): ThrottleState {
  const policy = throttlePolicy[scope];
  const windowExpired = !state || now.getTime() - state.windowStartedAt.getTime() > policy.windowMs;
  const failures = windowExpired ? 1 : state.failures + 1;
  const windowStartedAt = windowExpired ? now : state.windowStartedAt;
  const over = failures - policy.freeFailures;
  if (over <= 0) return { failures, windowStartedAt, blockedUntil: null };
  const delay = Math.min(policy.baseDelayMs * 2 ** (over - 1), policy.maxDelayMs);
  return { failures, windowStartedAt, blockedUntil: new Date(now.getTime() + delay) };
}
