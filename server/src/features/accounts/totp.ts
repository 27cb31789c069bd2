import { Secret, TOTP } from "otpauth";

/** RFC 6238 as every authenticator app reads it: SHA-1, six digits, thirty seconds. */
function totpFor(secret: string, label = "") {
  return new TOTP({
    issuer: "Mend",
    label,
    secret: Secret.fromBase32(secret),
    algorithm: "SHA1",
    digits: 6,
    period: 30,
  });
}

/** A new 160-bit secret (RFC 4226's recommended length) and the otpauth:// address its QR code holds. */
export function newTotpSecret(label: string): { secret: string; uri: string } {
  const secret = new Secret({ size: 20 }).base32;
  return { secret, uri: totpFor(secret, label).toString() };
}

/**
 * The time step `code` belongs to, or undefined when it is wrong. One step either side is accepted,
 * for a phone whose clock is a little off or a code typed as it changed.
 */
export function totpStepOf(secret: string, code: string, now: Date): number | undefined {
  const totp = totpFor(secret);
  const delta = totp.validate({ token: code, timestamp: now.getTime(), window: 1 });
  if (delta === null) return undefined;
  return totp.counter({ timestamp: now.getTime() }) + delta;
}
