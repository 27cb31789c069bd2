import type {
  PasskeyAuthenticationResponse,
  PasskeyRegistrationResponse,
} from "@mend/core/accounts/second-factor-contract";
import {
  type AuthenticatorTransport,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from "@simplewebauthn/server";
import { decodeClientDataJSON, isoBase64URL } from "@simplewebauthn/server/helpers";
import type { RelyingParty } from "./relying-party.ts";
import type { PasskeyRow } from "./second-factor-repo.ts";

/** How long the browser may take to answer a passkey request, and how long its challenge lives. */
export const passkeyChallengeLifetimeMs = 5 * 60 * 1000;

const transportsOf = (row: PasskeyRow) => row.transports as AuthenticatorTransport[];

/**
 * Options for making a passkey: discoverable (so it can sign in without an email), with the
 * device's own check (PIN, fingerprint, face), and without attestation: we do not ask which device.
 */
export function registrationOptions(
  rp: RelyingParty,
  account: { id: string; email: string; displayName: string },
  existing: PasskeyRow[],
) {
  return generateRegistrationOptions({
    rpName: "Mend",
    rpID: rp.id,
    userName: account.email,
    userDisplayName: account.displayName,
    userID: new TextEncoder().encode(account.id),
    timeout: passkeyChallengeLifetimeMs,
    attestationType: "none",
    excludeCredentials: existing.map((row) => ({ id: row.credentialId, transports: transportsOf(row) })),
    authenticatorSelection: { residentKey: "required", userVerification: "required" },
  });
}

/** The new credential, or undefined when the answer does not prove one was made for this challenge. */
export async function verifiedRegistration(
  rp: RelyingParty,
  response: PasskeyRegistrationResponse,
  expectedChallenge: string,
) {
  try {
    const result = await verifyRegistrationResponse({
      response,
      expectedChallenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      requireUserVerification: true,
    });
    if (!result.verified) return undefined;
    const { credential } = result.registrationInfo;
    return {
      credentialId: credential.id,
      publicKey: isoBase64URL.fromBuffer(credential.publicKey),
      signCount: credential.counter,
      transports: credential.transports ?? [],
    };
  } catch {
    return undefined;
  }
}

/** Options for signing in with a passkey: any of `allowed`, or (when none is given) whichever the person picks. */
export function authenticationOptions(rp: RelyingParty, allowed: PasskeyRow[] = []) {
  return generateAuthenticationOptions({
    rpID: rp.id,
    timeout: passkeyChallengeLifetimeMs,
    userVerification: "required",
    allowCredentials: allowed.map((row) => ({ id: row.credentialId, transports: transportsOf(row) })),
  });
}

/** The challenge an answer claims to sign; checked against the stored one by `verifiedAuthentication`. */
export function challengeOf(response: PasskeyAuthenticationResponse): string | undefined {
  try {
    return decodeClientDataJSON(response.response.clientDataJSON).challenge;
  } catch {
    return undefined;
  }
}

/** The passkey's new signature counter, or undefined when the answer is not its signature on this challenge. */
export async function verifiedAuthentication(
  rp: RelyingParty,
  response: PasskeyAuthenticationResponse,
  expectedChallenge: string,
  passkey: PasskeyRow,
): Promise<number | undefined> {
  try {
    const result = await verifyAuthenticationResponse({
      response,
      expectedChallenge,
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      requireUserVerification: true,
      credential: {
        id: passkey.credentialId,
        publicKey: isoBase64URL.toBuffer(passkey.publicKey),
        counter: passkey.signCount,
        transports: transportsOf(passkey),
      },
    });
    return result.verified ? result.authenticationInfo.newCounter : undefined;
  } catch {
    return undefined;
  }
}
