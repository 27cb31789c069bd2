import { z } from "zod";
import { emailSchema } from "../accounts/email.ts";
import { envelopeSchema, keySettings, recoveryCodeProof } from "./wire.ts";

export const keySettingsInput = z.strictObject({ email: emailSchema });
export type KeySettingsInput = z.infer<typeof keySettingsInput>;

/**
 * Answered for any email, with an account or without (a made-up salt, the same every time), so asking
 * tells nobody whether an account exists. `upgradeOpen` is about the whole Mend, never one account:
 * while some account still signs in the old way, a refused sign-in is tried once more in that way.
 */
export const keySettingsView = keySettings.extend({ upgradeOpen: z.boolean() }).strict();
export type KeySettingsView = z.infer<typeof keySettingsView>;

/**
 * The owner's vault as the server keeps it: the settings to derive the key-encryption key again, the
 * vault key wrapped by it (null until the browser makes one), and, after a reset by link or a recovery
 * by code, the vault key still wrapped by the password that was replaced ("locked").
 */
export const vaultView = z.object({
  settings: keySettings,
  wrappedByPassword: envelopeSchema.nullable(),
  locked: z.object({ settings: keySettings, wrappedByPassword: envelopeSchema }).nullable(),
});
export type VaultView = z.infer<typeof vaultView>;

/** The vault key, newly made or opened again, wrapped by the key from the current password. */
export const passwordWrapInput = z.strictObject({ wrappedByPassword: envelopeSchema });
export type PasswordWrapInput = z.infer<typeof passwordWrapInput>;

/** The locked vault, opened in the browser with a recovery code, rewrapped by the current password; the code is spent. */
export const unlockWithCodeInput = z.strictObject({
  recoveryCode: recoveryCodeProof,
  wrappedByPassword: envelopeSchema,
});
export type UnlockWithCodeInput = z.infer<typeof unlockWithCodeInput>;
