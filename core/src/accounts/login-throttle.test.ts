import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  recordFailure,
  refundAttempt,
  reserveAttempt,
  type ThrottleState,
  throttlePolicy,
  waitBeforeAttempt,
} from "./login-throttle.ts";

const start = new Date("2026-03-01T10:00:00Z");

function failTimes(count: number, scope: "device" | "account" | "ip", at = start): ThrottleState {
  let state = recordFailure(undefined, scope, at);
  for (let i = 1; i < count; i++) state = recordFailure(state, scope, at);
  return state;
}

describe("login throttle", () => {
  it("lets the first few failures through without delay", () => {
    expect(waitBeforeAttempt(failTimes(5, "account"), start)).toBe(0);
  });

  it("doubles the delay after each further failure", () => {
    expect(waitBeforeAttempt(failTimes(6, "account"), start)).toBe(1_000);
    expect(waitBeforeAttempt(failTimes(7, "account"), start)).toBe(2_000);
    expect(waitBeforeAttempt(failTimes(8, "account"), start)).toBe(4_000);
  });

  it("never delays longer than the cap, however many failures: backoff, not lockout", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.constantFrom("device" as const, "account" as const, "ip" as const),
        (n, scope) => {
          expect(waitBeforeAttempt(failTimes(n, scope), start)).toBeLessThanOrEqual(
            throttlePolicy[scope].maxDelayMs,
          );
        },
      ),
    );
  });

  it("starts counting again once the window has passed", () => {
    const later = new Date(start.getTime() + throttlePolicy.account.windowMs + 1);
    const state = recordFailure(failTimes(9, "account"), "account", later);
    expect(state.failures).toBe(1);
    expect(waitBeforeAttempt(state, later)).toBe(0);
  });

  it("allows an attempt once the wait has passed", () => {
    const state = failTimes(8, "account");
    expect(waitBeforeAttempt(state, new Date(start.getTime() + 4_000))).toBe(0);
  });

  it("reserves attempts one by one: the first refusal comes right after the free ones", () => {
    let state: ThrottleState | undefined;
    const granted: boolean[] = [];
    for (let i = 0; i < 10; i++) {
      const reservation = reserveAttempt(state, "account", start);
      granted.push(reservation.granted);
      if (reservation.granted) state = reservation.next;
    }
    expect(granted.filter(Boolean)).toHaveLength(throttlePolicy.account.freeFailures + 1);
    expect(reserveAttempt(state, "account", start)).toEqual({ granted: false, waitMs: 1_000 });
  });

  it("gives back a right password's attempt without lengthening any delay", () => {
    const refunded = refundAttempt(failTimes(6, "ip"), "ip");
    expect(refunded.failures).toBe(5);
    expect(refunded.blockedUntil).toBeNull();
    const busy = failTimes(25, "ip");
    expect(refundAttempt(busy, "ip").blockedUntil).toEqual(busy.blockedUntil);
    expect(refundAttempt({ failures: 0, windowStartedAt: start, blockedUntil: null }, "ip").failures).toBe(0);
  });
});
