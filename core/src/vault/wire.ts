import { z } from "zod";

const base64url = (bytes: number) =>
  z
    .string()
    .length(Math.ceil((bytes * 4) / 3))
    .regex(/^[A-Za-z0-9_-]+$/, { error: "Expected base64url." });

/** A sealed envelope ("mv1." + base64url); the server stores it as it comes and never reads inside. */
export const envelopeSchema = z
  .string()
  .max(200_000)
  .regex(/^mv\d+\.[A-Za-z0-9_-]+$/, { error: "Expected a sealed vault envelope." });

/** How the browser derives an account's keys from its password: Argon2id's salt and costs. */
export const keySettings = z.strictObject({
  salt: base64url(16),
  memoryKiB: z.number().int().min(65_536).max(1_048_576),
  passes: z.number().int().min(3).max(16),
});
export type KeySettings = z.infer<typeof keySettings>;

/** What a new password brings along from a browser that derives keys: the new settings and the rewrapped vault key. */
export const newPasswordKeys = z.strictObject({
  settings: keySettings,
  wrappedByPassword: envelopeSchema.optional(),
});
export type NewPasswordKeys = z.infer<typeof newPasswordKeys>;

/**
 * A recovery code as the browser sends it (vault/recovery-codes.ts): two one-way values, never the code,
 * which would derive the key that unwraps the vault.
 */
export const recoveryCodeProof = z.strictObject({ auth: base64url(32), legacy: base64url(32) });
export type RecoveryCodeProof = z.infer<typeof recoveryCodeProof>;

/** One recovery code made in the browser: what it is checked by, and the vault key it wraps (if any). */
export const newRecoveryCode = z.strictObject({
  auth: base64url(32),
  wrappedVaultKey: envelopeSchema.optional(),
});
export type NewRecoveryCode = z.infer<typeof newRecoveryCode>;

/** Ten codes, each 128 random bits: the count and the look people have always been shown. */
export const recoveryCodeCount = 10;

/** A new set of codes: always ten, each checked by a different value. */
export const newRecoveryCodes = z
  .array(newRecoveryCode)
  .length(recoveryCodeCount, { error: `Send all ${recoveryCodeCount} new recovery codes.` })
  .refine((codes) => new Set(codes.map((code) => code.auth)).size === codes.length, {
    error: "Each recovery code must be different.",
  });
