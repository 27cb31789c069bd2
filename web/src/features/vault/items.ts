import type { VaultAddress } from "@mend/core/vault/kinds";
import type { QueryClient } from "@tanstack/react-query";
import { vaultKeyOf } from "./vault-keys.ts";

/**
 * Sealing and opening the things a person keeps in their vault, in this tab only.
 *
 * The item's id is bound into its envelope, so the browser makes the id before it seals: a new vault
 * item gets `newVaultItemId()`, is sealed under that id, and is sent with it. The server stores the
 * envelope as it comes and never sees the text.
 *
 * Text opened from the vault may sit in the query cache while the page shows it: a query that holds
 * such text carries `meta: vaultTextMeta`, and locking the vault drops every one of them.
 */
export const newVaultItemId = (): string => crypto.randomUUID();

export const vaultTextMeta = { holdsVaultText: true } as const;

/** Thrown when the vault is not open in this tab: the page asks for the password instead of failing. */
export class VaultClosedError extends Error {
  constructor() {
    super("Your vault is locked in this tab. Open it with your password, then try again.");
    this.name = "VaultClosedError";
  }
}

const envelope = () => import("@mend/core/vault/envelope");

function keyOrThrow(accountId: string): Uint8Array {
  const key = vaultKeyOf(accountId);
  if (!key) throw new VaultClosedError();
  return key;
}

export async function sealForVault(accountId: string, address: VaultAddress, text: string): Promise<string> {
  const { sealText } = await envelope();
  return sealText(keyOrThrow(accountId), address, text);
}

/** Opens one item; a wrong key or a changed envelope throws a `VaultError`, never shows garbage. */
export async function openFromVault(
  accountId: string,
  address: VaultAddress,
  sealed: string,
): Promise<string> {
  const { openText } = await envelope();
  return openText(keyOrThrow(accountId), address, sealed);
}

/** Drops every opened vault text from the query cache: locking the vault leaves none in memory. */
export function forgetOpenedVaultText(client: QueryClient): void {
  client.removeQueries({ predicate: (query) => query.meta?.holdsVaultText === true });
}
