import type { RecoveryCodeVaultKeyView } from "@mend/core/accounts/contract";
import type { KeySettingsView, VaultView } from "@mend/core/vault/contract";
import type { KeySettings } from "@mend/core/vault/wire";
import { ApiError, api, isApiError } from "../../api/client.ts";

/**
 * The vault's keys in this tab's memory, and nowhere else: never in storage, never sent. The key from
 * the password is held only between a password sign-in and opening the vault; the vault key is held
 * until the person locks the vault, signs out or uses quick exit.
 *
 * `@mend/core/vault/keys` (and libsodium with it) is imported on first use, so the first page loads
 * without it.
 */
const keys = () => import("@mend/core/vault/keys");
const codes = () => import("@mend/core/vault/recovery-codes");

interface Held {
  accountId: string;
  vaultKey: Uint8Array;
}

let passwordKey: Uint8Array | null = null;
let held: Held | null = null;

function wipe(bytes: Uint8Array | null) {
  bytes?.fill(0);
}

/** Clears every key from memory: "lock the vault now", signing out and quick exit all end here. */
export function lockVault(): void {
  wipe(passwordKey);
  passwordKey = null;
  wipe(held?.vaultKey ?? null);
  held = null;
}

export function vaultKeyOf(accountId: string): Uint8Array | null {
  return held?.accountId === accountId ? held.vaultKey : null;
}

async function derive(password: string, settings: KeySettings) {
  const { deriveAccountKeys, fromBase64Url } = await keys();
  return deriveAccountKeys(password, await fromBase64Url(settings.salt), settings);
}

/** The keys a sign-in needs, from the settings the server answers for this email (any email gets some). */
export async function keysForSignIn(email: string, password: string) {
  const settings = await api.post<KeySettingsView>("/api/auth/key-settings", { email }, { renew: false });
  const derived = await derive(password, settings);
  return {
    authSecret: derived.authSecret,
    keyEncryptionKey: derived.keyEncryptionKey,
    upgradeOpen: settings.upgradeOpen,
  };
}

/** Fresh settings (a new random salt) for a new password, and the keys they derive. */
export async function keysForNewPassword(password: string) {
  return (await keys()).keysForNewPassword(password);
}

/** Keeps the key from the password just proved, until the vault is opened with it. */
export function holdPasswordKey(keyEncryptionKey: Uint8Array): void {
  wipe(passwordKey);
  passwordKey = keyEncryptionKey;
}

/** The account's vault as the server keeps it, or null for an account that still signs in the old way. */
export async function fetchVault(): Promise<VaultView | null> {
  try {
    return await api.get<VaultView>("/api/vault");
  } catch (error) {
    if (error instanceof ApiError && error.code === "conflict") return null;
    throw error;
  }
}

/**
 * What the server checks a typed password against: the authentication key once the account derives
 * keys (from its own settings), the password itself before. Used wherever a signed-in person confirms
 * their password.
 */
export async function passwordProof(password: string): Promise<string> {
  const vault = await fetchVault();
  if (!vault) return password;
  return (await derive(password, vault.settings)).authSecret;
}

export type VaultState = "open" | "locked" | "closed";

/** Where the page keeps the account's vault as the server answered it. */
export const vaultQueryKey = ["vault"] as const;

/** Where the page keeps the state of the vault in this tab (the query cache; the key itself never goes there). */
export const vaultStateKey = ["vault-state"] as const;

/**
 * Opens the vault with the key held since sign-in: unwraps the vault key, or makes the first one when
 * the account has none yet. "locked" means a recovery or a reset link replaced the password and the
 * old vault waits to be opened again; "closed" means no key from the password is at hand (a passkey
 * sign-in, a reload): the password opens it.
 */
export async function openVault(accountId: string): Promise<VaultState> {
  const kek = passwordKey;
  if (!kek) return vaultKeyOf(accountId) ? "open" : "closed";
  const vault = await fetchVault();
  if (!vault) return "closed";
  const { newVaultKey, unwrapVaultKey, wrapVaultKey } = await keys();
  if (vault.wrappedByPassword) {
    held = { accountId, vaultKey: await unwrapVaultKey(kek, vault.wrappedByPassword, accountId, "password") };
  } else if (!vault.locked) {
    const vaultKey = await newVaultKey();
    await api.post<VaultView>("/api/vault/key", {
      wrappedByPassword: await wrapVaultKey(kek, vaultKey, accountId, "password"),
    });
    held = { accountId, vaultKey };
  }
  if (!held) return "locked";
  // Wiped once used: the vault key is all the tab needs from here on. While the vault is locked, the
  // key is kept instead: the page needs it to rewrap the old vault or to make a new one.
  wipe(kek);
  passwordKey = null;
  return "open";
}

/** Opens the vault with the password typed on the account page, after a reload or a passkey sign-in. */
export async function openWithPassword(accountId: string, password: string): Promise<VaultState> {
  const vault = await fetchVault();
  if (!vault) return "closed";
  const derived = await derive(password, vault.settings);
  if (vault.wrappedByPassword) {
    const { unwrapVaultKey } = await keys();
    try {
      await unwrapVaultKey(derived.keyEncryptionKey, vault.wrappedByPassword, accountId, "password");
    } catch {
      wipe(derived.keyEncryptionKey);
      throw wrongPassword("password");
    }
  }
  holdPasswordKey(derived.keyEncryptionKey);
  return openVault(accountId);
}

function wrongPassword(field: string) {
  return new ApiError(
    400,
    "validation_failed",
    "That password doesn't open this vault. Nothing was changed.",
    {
      [field]: "That password doesn't open this vault.",
    },
  );
}

/**
 * Opens the locked vault with the password it was sealed by (the one replaced by a recovery or a reset
 * link), and makes it the vault again, sealed by the current password's key.
 */
export async function openLockedWithOldPassword(accountId: string, oldPassword: string): Promise<VaultState> {
  const vault = await fetchVault();
  const kek = passwordKey;
  if (!vault?.locked || !kek) return "closed";
  const old = await derive(oldPassword, vault.locked.settings);
  const { unwrapVaultKey, wrapVaultKey } = await keys();
  let vaultKey: Uint8Array;
  try {
    vaultKey = await unwrapVaultKey(
      old.keyEncryptionKey,
      vault.locked.wrappedByPassword,
      accountId,
      "password",
    );
  } catch {
    throw wrongPassword("oldPassword");
  } finally {
    wipe(old.keyEncryptionKey);
  }
  await api.post<VaultView>("/api/vault/unlock", {
    wrappedByPassword: await wrapVaultKey(kek, vaultKey, accountId, "password"),
  });
  held = { accountId, vaultKey };
  wipe(kek);
  passwordKey = null;
  return "open";
}

/** Starts a new, empty vault beside the locked one, which stays as it is until the person deletes it. */
export async function startNewVault(accountId: string): Promise<VaultState> {
  const kek = passwordKey;
  if (!kek) return "closed";
  const { newVaultKey, wrapVaultKey } = await keys();
  const vaultKey = await newVaultKey();
  await api.post<VaultView>("/api/vault/key", {
    wrappedByPassword: await wrapVaultKey(kek, vaultKey, accountId, "password"),
  });
  held = { accountId, vaultKey };
  wipe(kek);
  passwordKey = null;
  return "open";
}

/** Whether this tab holds the key from the current password (needed to open or replace a locked vault). */
export function holdsPasswordKey(): boolean {
  return passwordKey !== null;
}

/**
 * What a password change sends: proof of the current password and, for an account that derives keys,
 * the new settings with the vault key rewrapped. The vault key is opened with the current password
 * here (so a wrong current password is caught before anything is sent); a locked or not yet made vault
 * has none to rewrap.
 */
export async function passwordChange(accountId: string, currentPassword: string, newPassword: string) {
  const vault = await fetchVault();
  const next = await keysForNewPassword(newPassword);
  if (!vault) {
    // An account of the old way moves to the new one with this change.
    return { currentPassword, newPassword: next.authSecret, newKeys: { settings: next.settings } };
  }
  const current = await derive(currentPassword, vault.settings);
  const { unwrapVaultKey, wrapVaultKey } = await keys();
  let wrappedByPassword: string | undefined;
  if (vault.wrappedByPassword) {
    let vaultKey: Uint8Array;
    try {
      vaultKey = await unwrapVaultKey(
        current.keyEncryptionKey,
        vault.wrappedByPassword,
        accountId,
        "password",
      );
    } catch {
      throw new ApiError(400, "validation_failed", "That isn't your current password. Nothing was changed.", {
        currentPassword: "That isn't your current password.",
      });
    }
    wrappedByPassword = await wrapVaultKey(next.keyEncryptionKey, vaultKey, accountId, "password");
    wipe(vaultKey);
  }
  wipe(current.keyEncryptionKey);
  wipe(next.keyEncryptionKey);
  return {
    currentPassword: current.authSecret,
    newPassword: next.authSecret,
    newKeys: { settings: next.settings, ...(wrappedByPassword ? { wrappedByPassword } : {}) },
  };
}

/**
 * New recovery codes, made here with libsodium's generator: each wraps the vault key this tab holds, so
 * any one of them opens the vault later. With no vault key held (no vault yet, or a locked one), they
 * wrap nothing; the server refuses such codes while the account has a vault.
 */
export async function makeRecoveryCodesHere(accountId: string) {
  const { makeRecoveryCodes } = await codes();
  return makeRecoveryCodes(accountId, vaultKeyOf(accountId));
}

/** A typed recovery code as the server checks it: two one-way values, never the code itself. */
export async function recoveryCodeProofOf(code: string) {
  return (await codes()).recoveryCodeProof(code);
}

function codeDoesNotOpen() {
  return new ApiError(
    400,
    "validation_failed",
    "That recovery code doesn't open this vault: what the server holds for it was changed or damaged. Nothing was changed. Try another code.",
    { recoveryCode: "That recovery code doesn't open this vault." },
  );
}

/**
 * Asks for the vault key an unused code wraps (the code stays unused) and opens it here. Null when the
 * code wraps nothing (a code from before the vault). A wrap that does not open is said loudly.
 */
async function vaultKeyByCode(email: string, code: string, refusedAs?: () => ApiError) {
  const proof = await recoveryCodeProofOf(code);
  let answer: RecoveryCodeVaultKeyView;
  try {
    answer = await api.post<RecoveryCodeVaultKeyView>(
      "/api/auth/recover/vault-key",
      { email, recoveryCode: proof },
      { renew: false },
    );
  } catch (error) {
    if (refusedAs && isApiError(error) && error.code === "validation_failed") throw refusedAs();
    throw error;
  }
  if (!answer.wrappedVaultKey) return { proof, accountId: answer.accountId, vaultKey: null };
  try {
    const vaultKey = await (await codes()).vaultKeyFromRecoveryCode(
      code,
      answer.wrappedVaultKey,
      answer.accountId,
    );
    return { proof, accountId: answer.accountId, vaultKey };
  } catch {
    throw codeDoesNotOpen();
  }
}

/**
 * What recovering with a code sends: the code's proof, the new password's key and settings and, when
 * the code wraps the vault key, that key sealed again for the new password, so the vault stays open.
 */
export async function recoveryWithCode(email: string, code: string, newPassword: string) {
  const opened = await vaultKeyByCode(email, code);
  const next = await keysForNewPassword(newPassword);
  let wrappedByPassword: string | undefined;
  if (opened.vaultKey) {
    const { wrapVaultKey } = await keys();
    wrappedByPassword = await wrapVaultKey(
      next.keyEncryptionKey,
      opened.vaultKey,
      opened.accountId,
      "password",
    );
    wipe(opened.vaultKey);
  }
  wipe(next.keyEncryptionKey);
  return {
    recoveryCode: opened.proof,
    newPassword: next.authSecret,
    newKeys: { settings: next.settings, ...(wrappedByPassword ? { wrappedByPassword } : {}) },
    opensVault: wrappedByPassword !== undefined,
  };
}

/**
 * Opens the locked vault with a recovery code made while it was open, seals its key again for the
 * current password and spends the code: the same end as opening it with the old password.
 */
export async function openLockedWithRecoveryCode(
  accountId: string,
  email: string,
  code: string,
): Promise<VaultState> {
  const kek = passwordKey;
  if (!kek) return "closed";
  // Signed in, the person is not asked for an email: a refusal speaks of the code alone.
  const opened = await vaultKeyByCode(
    email,
    code,
    () =>
      new ApiError(
        400,
        "validation_failed",
        "That isn't one of your unused recovery codes. Check it and try again. Nothing was changed.",
        { recoveryCode: "That isn't one of your unused recovery codes." },
      ),
  );
  if (!opened.vaultKey || opened.accountId !== accountId) {
    throw new ApiError(
      400,
      "validation_failed",
      "That recovery code was made before your vault, or while it was locked, so it cannot open it. It is still unused.",
      { recoveryCode: "This code cannot open your vault." },
    );
  }
  const { wrapVaultKey } = await keys();
  await api.post<VaultView>("/api/vault/unlock-with-code", {
    recoveryCode: opened.proof,
    wrappedByPassword: await wrapVaultKey(kek, opened.vaultKey, accountId, "password"),
  });
  held = { accountId, vaultKey: opened.vaultKey };
  wipe(kek);
  passwordKey = null;
  return "open";
}
