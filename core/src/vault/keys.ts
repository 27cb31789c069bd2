import { openBytes, sealBytes, vaultKeyBytes } from "./envelope.ts";
import { VaultError } from "./errors.ts";
import { loadSodium } from "./sodium.ts";

/**
 * How a password becomes keys (Standard Notes' and Bitwarden's pattern):
 *
 *   master key          = Argon2id(password in NFC, per-account salt, 64 MiB, 3 passes, 1 lane), 32 bytes
 *   authentication key  = libsodium KDF (BLAKE2b) of the master key, id 1, context "MendKeys"
 *   key-encryption key  = the same KDF, id 2
 *
 * The authentication key is what the browser sends to sign in (the server stores only an Argon2id hash
 * of it); the key-encryption key never leaves the browser and wraps the account's random vault key.
 * Knowing one subkey says nothing about the other, so the server cannot unwrap the vault.
 */
export interface KdfParams {
  memoryKiB: number;
  passes: number;
}

/** The settings every new derivation uses (Argon2id at 64 MiB and t=3, as the issue and Bitwarden's default). */
export const accountKdf: KdfParams = { memoryKiB: 65_536, passes: 3 };
/** Never derive below this: a server asking for less is refused rather than obeyed. */
const floor: KdfParams = { memoryKiB: 65_536, passes: 3 };
/** Nor absurdly above it: a browser tab must not be made to hang or run out of memory. */
const ceiling: KdfParams = { memoryKiB: 1_048_576, passes: 16 };
export const saltBytes = 16;

const keysContext = "MendKeys";
const codeContext = "MendCode";

export interface DerivedKeys {
  /** Sent to the server to sign in, base64url (43 characters). */
  authSecret: string;
  /** Stays in memory in the browser; wraps the vault key. */
  keyEncryptionKey: Uint8Array;
}

export function checkKdfParams(params: KdfParams): void {
  const inRange = (value: number, low: number, high: number) =>
    Number.isInteger(value) && value >= low && value <= high;
  if (
    !inRange(params.memoryKiB, floor.memoryKiB, ceiling.memoryKiB) ||
    !inRange(params.passes, floor.passes, ceiling.passes)
  ) {
    throw new VaultError("unsafe_parameters");
  }
}

/** Derives the two keys of the scheme above. Runs Argon2id: about a third of a second on a laptop. */
export async function deriveAccountKeys(
  password: string,
  salt: Uint8Array,
  params: KdfParams,
): Promise<DerivedKeys> {
  checkKdfParams(params);
  if (salt.length !== saltBytes) throw new TypeError(`An account salt is ${saltBytes} bytes.`);
  const sodium = await loadSodium();
  // The same words typed on another system may arrive in another Unicode form; NFC makes them one.
  const master = sodium.crypto_pwhash(
    32,
    sodium.from_string(password.normalize("NFC")),
    salt,
    params.passes,
    params.memoryKiB * 1024,
    sodium.crypto_pwhash_ALG_ARGON2ID13,
  );
  try {
    const auth = sodium.crypto_kdf_derive_from_key(32, 1, keysContext, master);
    const authSecret = sodium.to_base64(auth, sodium.base64_variants.URLSAFE_NO_PADDING);
    sodium.memzero(auth);
    return { authSecret, keyEncryptionKey: sodium.crypto_kdf_derive_from_key(32, 2, keysContext, master) };
  } finally {
    sodium.memzero(master);
  }
}

/**
 * The same split for a recovery code. A code carries 128 random bits, so it needs no stretching: a
 * BLAKE2b hash of its normalized form (case, spaces and dashes do not matter) is the master.
 */
export async function deriveRecoveryCodeKeys(code: string): Promise<DerivedKeys> {
  const sodium = await loadSodium();
  const master = sodium.crypto_generichash(32, code.toLowerCase().replace(/[\s-]/g, ""), null);
  try {
    const auth = sodium.crypto_kdf_derive_from_key(32, 1, codeContext, master);
    const authSecret = sodium.to_base64(auth, sodium.base64_variants.URLSAFE_NO_PADDING);
    sodium.memzero(auth);
    return { authSecret, keyEncryptionKey: sodium.crypto_kdf_derive_from_key(32, 2, codeContext, master) };
  } finally {
    sodium.memzero(master);
  }
}

/**
 * The settings a new password gets (a fresh random salt and today's Argon2id cost) and the keys they
 * derive: what sign-up, a password change and an operator's new account all start from.
 */
export async function keysForNewPassword(
  password: string,
): Promise<DerivedKeys & { settings: KdfParams & { salt: string } }> {
  const settings = { salt: await toBase64Url(await newSalt()), ...accountKdf };
  return { settings, ...(await deriveAccountKeys(password, await fromBase64Url(settings.salt), settings)) };
}

export async function newSalt(): Promise<Uint8Array> {
  return (await loadSodium()).randombytes_buf(saltBytes);
}

/** A new random vault key: 256 bits from the system's generator. */
export async function newVaultKey(): Promise<Uint8Array> {
  return (await loadSodium()).randombytes_buf(vaultKeyBytes);
}

/** What wraps the vault key: the password's key-encryption key or one recovery code's. */
export type VaultKeyWrapper = "password" | "recovery-code";

const wrapKind = {
  password: "vault-key-by-password",
  "recovery-code": "vault-key-by-recovery-code",
} as const;

/** Wraps the vault key for one account, so a wrap cannot be moved to another account's row. */
export function wrapVaultKey(
  wrappingKey: Uint8Array,
  vaultKey: Uint8Array,
  accountId: string,
  by: VaultKeyWrapper,
): Promise<string> {
  return sealBytes(wrappingKey, { kind: wrapKind[by], itemId: accountId }, vaultKey);
}

/** Unwraps the vault key; a wrong password or code is a `VaultError` ("refused"), never a wrong key. */
export function unwrapVaultKey(
  wrappingKey: Uint8Array,
  wrapped: string,
  accountId: string,
  by: VaultKeyWrapper,
): Promise<Uint8Array> {
  return openBytes(wrappingKey, { kind: wrapKind[by], itemId: accountId }, wrapped);
}

export async function toBase64Url(bytes: Uint8Array): Promise<string> {
  const sodium = await loadSodium();
  return sodium.to_base64(bytes, sodium.base64_variants.URLSAFE_NO_PADDING);
}

export async function fromBase64Url(text: string): Promise<Uint8Array> {
  const sodium = await loadSodium();
  return sodium.from_base64(text, sodium.base64_variants.URLSAFE_NO_PADDING);
}
