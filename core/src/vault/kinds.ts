/**
 * Every kind of thing the vault holds. The kind is bound into each envelope, with the item's id, so a
 * ciphertext moved to another item, or read as another kind, is refused instead of shown.
 */
export const vaultItemKinds = [
  // The vault key itself, wrapped by the key from the password or by one recovery code.
  "vault-key-by-password",
  "vault-key-by-recovery-code",
  "journal-entry",
  "unsent-letter",
  "private-reflection",
  "checkin-note",
  "talk-reflection",
  "trigger-note",
  "draft",
  "readiness-answers",
  // The path for one person alone: each entry's words sealed whole, under the entry's id.
  "solo-timeline",
  "solo-supporter",
  "solo-own-amend",
  "solo-prompt-answer",
  "solo-decision",
] as const;

export type VaultItemKind = (typeof vaultItemKinds)[number];

/** Where an envelope belongs: sealing and opening must name the same kind and id. */
export interface VaultAddress {
  kind: VaultItemKind;
  itemId: string;
}
