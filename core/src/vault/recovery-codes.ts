import { deriveRecoveryCodeKeys, toBase64Url, unwrapVaultKey, wrapVaultKey } from "./keys.ts";
import { loadSodium } from "./sodium.ts";
import { type NewRecoveryCode, type RecoveryCodeProof, recoveryCodeCount } from "./wire.ts";

const codeBytes = 16;

/** A code as people type it back: case, spaces and dashes do not matter. */
export function normalizeRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, "");
}

/** Four-character groups of hexadecimal, easy to read out and type: "3f9a-0c1b-…". */
async function newRecoveryCode(): Promise<string> {
  const sodium = await loadSodium();
  const bytes = sodium.randombytes_buf(codeBytes);
  return sodium.to_hex(bytes).match(/.{4}/g)?.join("-") ?? "";
}

/**
 * What the browser sends instead of a typed code, so the server never receives the code itself (which
 * would derive the key that unwraps the vault):
 *
 *   auth    the authentication key of `deriveRecoveryCodeKeys`: what a code made in the browser is checked by
 *   legacy  SHA-256 of the normalized code: what a code the server made (before the vault) is checked by
 *
 * The server stores only SHA-256 of one of the two, and checks both against its rows. Neither tells
 * anything about the key-encryption key: that comes from another BLAKE2b derivation of the code.
 */
export async function recoveryCodeProof(code: string): Promise<RecoveryCodeProof> {
  const sodium = await loadSodium();
  const normalized = normalizeRecoveryCode(code);
  const { authSecret, keyEncryptionKey } = await deriveRecoveryCodeKeys(normalized);
  sodium.memzero(keyEncryptionKey);
  const legacy = await toBase64Url(sodium.crypto_hash_sha256(sodium.from_string(normalized)));
  return { auth: authSecret, legacy };
}

export interface MadeRecoveryCodes {
  /** Shown once to the person, never sent. */
  codes: string[];
  /** Sent to the server: each code's authentication key, and the vault key wrapped by the code's key. */
  stored: NewRecoveryCode[];
}

/**
 * Makes a new set of recovery codes in the browser. With the vault key at hand, each code also wraps it
 * (one wrap per code), so any one code can open the vault later; without one, the codes only let their
 * holder choose a new password.
 */
export async function makeRecoveryCodes(
  accountId: string,
  vaultKey: Uint8Array | null,
): Promise<MadeRecoveryCodes> {
  const sodium = await loadSodium();
  const codes: string[] = [];
  const stored: NewRecoveryCode[] = [];
  for (let index = 0; index < recoveryCodeCount; index++) {
    const code = await newRecoveryCode();
    const keys = await deriveRecoveryCodeKeys(code);
    const wrappedVaultKey = vaultKey
      ? await wrapVaultKey(keys.keyEncryptionKey, vaultKey, accountId, "recovery-code")
      : undefined;
    sodium.memzero(keys.keyEncryptionKey);
    codes.push(code);
    stored.push(wrappedVaultKey ? { auth: keys.authSecret, wrappedVaultKey } : { auth: keys.authSecret });
  }
  return { codes, stored };
}

/**
 * Opens the vault key one code wrapped. A code typed wrong, a wrap from another account or one changed on
 * the server is a `VaultError` ("refused", from the envelope): never a wrong key that would show garbage.
 */
export async function vaultKeyFromRecoveryCode(
  code: string,
  wrappedVaultKey: string,
  accountId: string,
): Promise<Uint8Array> {
  const sodium = await loadSodium();
  const { keyEncryptionKey } = await deriveRecoveryCodeKeys(normalizeRecoveryCode(code));
  try {
    return await unwrapVaultKey(keyEncryptionKey, wrappedVaultKey, accountId, "recovery-code");
  } finally {
    sodium.memzero(keyEncryptionKey);
  }
}
