import { randomBytes } from "node:crypto";
import { trustedDevicePolicy } from "@mend/core/accounts/login-throttle";
import { describe, expect, it } from "vitest";
import { renewedDeviceCookie, trustedDeviceNonce } from "./device-cookies.ts";

const key = randomBytes(32);
const now = new Date("2026-05-04T09:00:00Z");

describe("device cookies", () => {
  it("trust the login they were issued for, and no other", () => {
    const cookie = renewedDeviceCookie(undefined, "robin@example.org", key, now);
    expect(trustedDeviceNonce(cookie, "robin@example.org", key, now)).toBeDefined();
    expect(trustedDeviceNonce(cookie, "kit@example.org", key, now)).toBeUndefined();
    expect(trustedDeviceNonce(cookie, "robin@example.org", randomBytes(32), now)).toBeUndefined();
    expect(cookie).not.toContain("robin");
  });

  it("stop being trusted once their lifetime has passed", () => {
    const cookie = renewedDeviceCookie(undefined, "robin@example.org", key, now);
    const later = new Date(now.getTime() + trustedDevicePolicy.lifetimeMs + 1000);
    expect(trustedDeviceNonce(cookie, "robin@example.org", key, later)).toBeUndefined();
  });

  it("are renewed at every sign-in and keep other accounts' entries, up to the limit", () => {
    let cookie = renewedDeviceCookie(undefined, "robin@example.org", key, now);
    const first = trustedDeviceNonce(cookie, "robin@example.org", key, now);
    cookie = renewedDeviceCookie(cookie, "kit@example.org", key, now);
    cookie = renewedDeviceCookie(cookie, "robin@example.org", key, now);
    expect(trustedDeviceNonce(cookie, "robin@example.org", key, now)).not.toBe(first);
    expect(trustedDeviceNonce(cookie, "kit@example.org", key, now)).toBeDefined();
    expect(cookie.split("~")).toHaveLength(2);
    for (let i = 0; i < trustedDevicePolicy.accountsPerBrowser; i++)
      cookie = renewedDeviceCookie(cookie, `other-${i}@example.org`, key, now);
    expect(cookie.split("~")).toHaveLength(trustedDevicePolicy.accountsPerBrowser);
    expect(trustedDeviceNonce(cookie, "kit@example.org", key, now)).toBeUndefined();
  });

  it("ignore anything that is not an entry Mend made", () => {
    for (const junk of ["", "~~~", "a.b.c", `${"x".repeat(5000)}`, "..."]) {
      expect(trustedDeviceNonce(junk, "robin@example.org", key, now)).toBeUndefined();
      expect(renewedDeviceCookie(junk, "robin@example.org", key, now).split("~")).toHaveLength(1);
    }
  });
});
