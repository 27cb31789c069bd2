/**
 * Sign-in backoff (OWASP ASVS 5.0 §6.3.1) with device cookies (OWASP "Slow Down Online Guessing
 * Attacks with Device Cookies"). A partner may know the other's email and fail on purpose, so:
 * - failures only ever delay the next attempt by a bounded time: there is no lockout, and the delay
 *   never exceeds `maxDelayMs`;
 * - a browser that signed in to the account before spends its own budget ("device") and is never
 *   delayed by guesses made anywhere else;
 * - every other client shares the account's strict budget ("account") and its network address's ("ip").
 * Each attempt is reserved before its password is checked, so guesses sent in parallel queue behind
 * the same delays as guesses sent one by one.
 */
export type ThrottleScope = "device" | "account" | "ip";

export const throttlePolicy: Record<
  ThrottleScope,
  { freeFailures: number; baseDelayMs: number; maxDelayMs: number; windowMs: number }
> = {
  device: { freeFailures: 5, baseDelayMs: 1_000, maxDelayMs: 60_000, windowMs: 60 * 60 * 1000 },
  account: { freeFailures: 5, baseDelayMs: 1_000, maxDelayMs: 60_000, windowMs: 60 * 60 * 1000 },
  ip: { freeFailures: 20, baseDelayMs: 1_000, maxDelayMs: 120_000, windowMs: 60 * 60 * 1000 },
};

/** How long a browser stays trusted after its last sign-in, and for how many accounts at once. */
export const trustedDevicePolicy = {
  lifetimeMs: 365 * 24 * 60 * 60 * 1000,
  /** Two people sharing one computer each keep their own budget on it. */
  accountsPerBrowser: 4,
} as const;

export interface ThrottleState {
  failures: number;
  windowStartedAt: Date;
  blockedUntil: Date | null;
}

export type Reservation = { granted: true; next: ThrottleState } | { granted: false; waitMs: number };

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

/**
 * Claims the next attempt: refused while a delay runs, otherwise counted as a failure up front (the
 * password has not been checked yet). A correct password gives the attempt back with `refundAttempt`.
 */
export function reserveAttempt(
  state: ThrottleState | undefined,
  scope: ThrottleScope,
  now: Date,
): Reservation {
  const waitMs = waitBeforeAttempt(state, now);
  if (waitMs > 0) return { granted: false, waitMs };
  return { granted: true, next: recordFailure(state, scope, now) };
}

/**
 * Takes back an attempt whose password was right. A delay already running is kept unless the count
 * falls back within the free failures, so a success never lengthens or starts one.
 */
export function refundAttempt(state: ThrottleState, scope: ThrottleScope): ThrottleState {
  const failures = Math.max(0, state.failures - 1);
  const withinFree = failures <= throttlePolicy[scope].freeFailures;
  return { ...state, failures, blockedUntil: withinFree ? null : state.blockedUntil };
}
