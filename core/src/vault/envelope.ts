import { VaultError } from "./errors.ts";
import { type VaultAddress, vaultItemKinds } from "./kinds.ts";
import { loadSodium, type SodiumLibrary } from "./sodium.ts";

/**
 * The vault's envelope, version 1: XChaCha20-Poly1305 (IETF AEAD, libsodium) under a 256-bit key,
 * with a fresh random 192-bit nonce for every seal, so nonces never repeat in practice.
 *
 *   text form:        "mv1." + base64url without padding of (nonce ‖ ciphertext ‖ 16-byte tag)
 *   associated data:  UTF-8 of "mend-vault/1" NUL kind NUL itemId
 *
 * The associated data is authenticated but not stored: opening must name the same version, kind and
 * item id as sealing did, so an envelope copied onto another row or read as another kind fails.
 * A later version gets a new prefix ("mv2."); this code refuses prefixes it does not know.
 */
export const envelopeVersion = 1;
const prefix = `mv${envelopeVersion}.`;
const anyVersion = /^mv(\d+)\./;
const nonceBytes = 24;
const tagBytes = 16;
export const vaultKeyBytes = 32;

const knownKinds = new Set<string>(vaultItemKinds);

function associatedData(address: VaultAddress): string {
  // Checked at run time too: the kind and id come from rows and routes, not only from typed code.
  if (!knownKinds.has(address.kind)) throw new TypeError(`Unknown vault item kind: ${address.kind}`);
  if (address.itemId.length === 0 || address.itemId.includes("\u0000")) {
    throw new TypeError("A vault item id must be non-empty and hold no NUL character.");
  }
  return `mend-vault/${envelopeVersion}\u0000${address.kind}\u0000${address.itemId}`;
}

function checkKey(key: Uint8Array): void {
  if (key.length !== vaultKeyBytes) throw new TypeError(`A vault key is ${vaultKeyBytes} bytes.`);
}

function seal(sodium: SodiumLibrary, key: Uint8Array, address: VaultAddress, plaintext: Uint8Array): string {
  checkKey(key);
  const nonce = sodium.randombytes_buf(nonceBytes);
  const sealed = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
    plaintext,
    associatedData(address),
    null,
    nonce,
    key,
  );
  const payload = new Uint8Array(nonceBytes + sealed.length);
  payload.set(nonce, 0);
  payload.set(sealed, nonceBytes);
  return prefix + sodium.to_base64(payload, sodium.base64_variants.URLSAFE_NO_PADDING);
}

function open(sodium: SodiumLibrary, key: Uint8Array, address: VaultAddress, envelope: string): Uint8Array {
  checkKey(key);
  const ad = associatedData(address);
  if (!envelope.startsWith(prefix)) {
    throw new VaultError(anyVersion.test(envelope) ? "unsupported_version" : "malformed");
  }
  let payload: Uint8Array;
  try {
    payload = sodium.from_base64(envelope.slice(prefix.length), sodium.base64_variants.URLSAFE_NO_PADDING);
  } catch {
    throw new VaultError("malformed");
  }
  if (payload.length < nonceBytes + tagBytes) throw new VaultError("malformed");
  try {
    return sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      payload.subarray(nonceBytes),
      ad,
      payload.subarray(0, nonceBytes),
      key,
    );
  } catch {
    throw new VaultError("refused");
  }
}

/** Seals text for one item under `key` (the vault key). */
export async function sealText(key: Uint8Array, address: VaultAddress, text: string): Promise<string> {
  const sodium = await loadSodium();
  return seal(sodium, key, address, sodium.from_string(text));
}

/** Opens what `sealText` sealed for the same item; throws a `VaultError` for anything else. */
export async function openText(key: Uint8Array, address: VaultAddress, envelope: string): Promise<string> {
  const sodium = await loadSodium();
  const bytes = open(sodium, key, address, envelope);
  try {
    // libsodium decodes with a fatal UTF-8 decoder: bad bytes throw instead of becoming U+FFFD.
    return sodium.to_string(bytes);
  } catch {
    // Authentic bytes that are not UTF-8 were never text written by Mend.
    throw new VaultError("malformed");
  } finally {
    sodium.memzero(bytes);
  }
}

/** Seals a key (the vault key, wrapped by another key). */
export async function sealBytes(key: Uint8Array, address: VaultAddress, bytes: Uint8Array): Promise<string> {
  return seal(await loadSodium(), key, address, bytes);
}

/** Opens what `sealBytes` sealed for the same item; throws a `VaultError` for anything else. */
export async function openBytes(
  key: Uint8Array,
  address: VaultAddress,
  envelope: string,
): Promise<Uint8Array> {
  return open(await loadSodium(), key, address, envelope);
}
