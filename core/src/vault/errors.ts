/**
 * Why an envelope could not be opened. Every reason is thrown, never answered with empty or garbled
 * text: a person must see that something is wrong, not read words that are not theirs.
 */
export type VaultErrorReason =
  /** Not an envelope at all, or cut short. */
  | "malformed"
  /** Written by a newer Mend than this one. */
  | "unsupported_version"
  /** The key is wrong, the ciphertext was changed, or it belongs to another item or kind. */
  | "refused"
  /** Asked to derive a key with less memory or fewer passes than Mend's floor (or absurdly more). */
  | "unsafe_parameters";

const messages: Record<VaultErrorReason, string> = {
  malformed: "This vault item is damaged: it is not in a form Mend can read.",
  unsupported_version: "This vault item was written by a newer version of Mend. Reload the page to update.",
  refused:
    "This vault item could not be opened: the key does not fit, or the item was changed or moved since it was written.",
  unsafe_parameters:
    "The server asked for key settings outside what Mend allows, so nothing was derived or sent. Tell whoever runs your Mend.",
};

export class VaultError extends Error {
  readonly reason: VaultErrorReason;

  constructor(reason: VaultErrorReason) {
    super(messages[reason]);
    this.name = "VaultError";
    this.reason = reason;
  }
}
