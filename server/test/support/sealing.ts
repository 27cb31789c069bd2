import { randomBytes, randomUUID } from "node:crypto";
import { openText, sealText } from "@mend/core/vault/envelope";
import type { VaultItemKind } from "@mend/core/vault/kinds";

/**
 * A stand-in for a person's browser in server tests: a vault key of its own, sealing and opening the
 * way the web does. The server only ever sees the envelopes.
 */
export function testVault() {
  const key = new Uint8Array(randomBytes(32));
  return {
    newId: (): string => randomUUID(),
    seal: (kind: VaultItemKind, itemId: string, text: string) => sealText(key, { kind, itemId }, text),
    open: (kind: VaultItemKind, itemId: string, envelope: string) =>
      openText(key, { kind, itemId }, envelope),
  };
}
