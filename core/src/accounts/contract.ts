import { z } from "zod";
import {
  envelopeSchema,
  keySettings,
  newPasswordKeys,
  newRecoveryCodes,
  recoveryCodeProof,
} from "../vault/wire.ts";
import { emailSchema } from "./email.ts";
import { checkPassword, passwordProblemMessages } from "./password-policy.ts";

export const newPasswordSchema = z.string({ error: "Choose a password." }).superRefine((password, ctx) => {
  const problem = checkPassword(password);
  if (problem) ctx.addIssue({ code: "custom", message: passwordProblemMessages[problem] });
});

export const displayNameSchema = z
  .string({ error: "Tell us what to call you." })
  .trim()
  .min(1, { error: "Tell us what to call you." })
  .max(60, { error: "Keep the name under 60 characters." });

export const signupInput = z.strictObject({
  email: emailSchema,
  password: newPasswordSchema,
  displayName: displayNameSchema,
  /** When sign-up is by invitation only, the invitation link's token that lets this person in. */
  invitationToken: z.string().max(200).optional(),
  /**
   * How the browser derived `password` (the authentication key, never the password itself) from what
   * the person typed. Without it the account signs in the old way until its owner's next sign-in.
   */
  keySettings: keySettings.optional(),
});
export type SignupInput = z.infer<typeof signupInput>;

export const loginInput = z.strictObject({
  email: emailSchema,
  // Existing passwords are checked as typed; the policy applies only when one is chosen.
  password: z.string({ error: "Enter your password." }).min(1, { error: "Enter your password." }).max(1024),
  /**
   * Sent once, on a second try, by a browser told that some accounts still sign in the old way: the
   * password itself, which such an account's stored hash was made from. Checked, then the account moves
   * to signing in with `password` (its authentication key) and this is never needed again.
   */
  legacyPassword: z.string().min(1).max(1024).optional(),
});
export type LoginInput = z.infer<typeof loginInput>;

export const accountView = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
});
export type AccountView = z.infer<typeof accountView>;

export const sessionView = z.object({ account: accountView });
export type SessionView = z.infer<typeof sessionView>;

/** How people may create accounts on this Mend (MEND_SIGNUP). */
export const signupPolicies = ["open", "invite", "closed"] as const;
export const signupPolicy = z.enum(signupPolicies);
export type SignupPolicy = z.infer<typeof signupPolicy>;

const currentPasswordSchema = z
  .string({ error: "Enter your current password." })
  .min(1, { error: "Enter your current password." })
  .max(1024);

export const changePasswordInput = z.strictObject({
  currentPassword: currentPasswordSchema,
  newPassword: newPasswordSchema,
  /** From a browser that derives keys: required once the account does, so its vault key is rewrapped. */
  newKeys: newPasswordKeys.optional(),
});
export type ChangePasswordInput = z.infer<typeof changePasswordInput>;

export const changeEmailInput = z.strictObject({ email: emailSchema, password: currentPasswordSchema });
export type ChangeEmailInput = z.infer<typeof changeEmailInput>;

export const changeNameInput = z.strictObject({ displayName: displayNameSchema });
export type ChangeNameInput = z.infer<typeof changeNameInput>;

export const passwordOnlyInput = z.strictObject({ password: currentPasswordSchema });
export type PasswordOnlyInput = z.infer<typeof passwordOnlyInput>;

/** What a credential change tells the page: how many other sessions it ended. */
export const credentialChangeView = z.object({ account: accountView, otherSessionsEnded: z.number() });
export type CredentialChangeView = z.infer<typeof credentialChangeView>;

/**
 * New recovery codes, made in the browser (vault/recovery-codes.ts): the server gets what each is checked
 * by and the vault key each wraps, never a code.
 */
export const makeRecoveryCodesInput = z.strictObject({
  password: currentPasswordSchema,
  codes: newRecoveryCodes,
});
export type MakeRecoveryCodesInput = z.infer<typeof makeRecoveryCodesInput>;

export const recoveryCodesView = z.object({ otherSessionsEnded: z.number() });
export type RecoveryCodesView = z.infer<typeof recoveryCodesView>;

/** Recovery codes are typed by hand: spaces, dashes and capitals are forgiven. */
export const recoveryCodeSchema = z
  .string({ error: "Enter one of your recovery codes." })
  .max(200, { error: "That isn't one of your recovery codes." })
  .transform((code) => code.toLowerCase().replace(/[\s-]/g, ""))
  .pipe(z.string().min(1, { error: "Enter one of your recovery codes." }));

/** The recovery form as typed; the browser sends `recoverInput`, with the code turned into its proof. */
export const recoverForm = z.strictObject({
  email: emailSchema,
  recoveryCode: recoveryCodeSchema,
  newPassword: newPasswordSchema,
});
export type RecoverForm = z.infer<typeof recoverForm>;

export const recoverInput = z.strictObject({
  email: emailSchema,
  recoveryCode: recoveryCodeProof,
  newPassword: newPasswordSchema,
  /** With `wrappedByPassword` when the code opened the vault: it stays open under the new password. */
  newKeys: newPasswordKeys.optional(),
});
export type RecoverInput = z.infer<typeof recoverInput>;

/** Asked before recovering: the vault key the code wraps, so the browser can rewrap it for the new password. */
export const recoveryCodeVaultKeyInput = z.strictObject({
  email: emailSchema,
  recoveryCode: recoveryCodeProof,
});
export type RecoveryCodeVaultKeyInput = z.infer<typeof recoveryCodeVaultKeyInput>;

/**
 * The account the code belongs to (its wrap is sealed for that account), and the wrap: null for a code
 * that wraps nothing, one the server made before the vault or made while no vault was open. Only a
 * holder of an unused code is told either.
 */
export const recoveryCodeVaultKeyView = z.object({
  accountId: z.string(),
  wrappedVaultKey: envelopeSchema.nullable(),
});
export type RecoveryCodeVaultKeyView = z.infer<typeof recoveryCodeVaultKeyView>;

const resetToken = z.string({ error: "This reset link is incomplete." }).min(1).max(200);

export const resetPasswordInput = z.strictObject({
  token: resetToken,
  newPassword: newPasswordSchema,
  newKeys: newPasswordKeys.optional(),
});
export type ResetPasswordInput = z.infer<typeof resetPasswordInput>;

/** Asks whether a reset link can still be used, without using it: the page says so before anything is typed. */
export const resetLinkCheckInput = z.strictObject({ token: resetToken });
export type ResetLinkCheckInput = z.infer<typeof resetLinkCheckInput>;

export const sessionIdParams = z.strictObject({ sessionId: z.uuid({ error: "No such session." }) });

/** Things that happened to an account's sign-in, shown only to its owner. */
export const credentialEventKinds = [
  "password_changed",
  "email_changed",
  "name_changed",
  "recovery_codes_made",
  "recovered_with_code",
  "reset_link_made",
  "password_reset_by_link",
  "signed_out_everywhere",
  "other_sessions_ended",
  "session_ended",
  "account_disabled",
  "account_enabled",
  "account_created_by_operator",
  "authenticator_app_added",
  "authenticator_app_removed",
  "passkey_added",
  "passkey_removed",
  "recovery_code_used_to_log_in",
  "recovery_code_used_to_open_vault",
] as const;
export const credentialEventKind = z.enum(credentialEventKinds);
export type CredentialEventKind = z.infer<typeof credentialEventKind>;

export const signedInSessionView = z.object({
  id: z.string(),
  /** Browser family and operating system, read once from the sign-in request; never the raw header. */
  browser: z.string().nullable(),
  os: z.string().nullable(),
  startedAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime(),
  current: z.boolean(),
});
export type SignedInSessionView = z.infer<typeof signedInSessionView>;

export const accountSecurityView = z.object({
  sessions: z.array(signedInSessionView),
  history: z.array(z.object({ id: z.string(), kind: credentialEventKind, at: z.iso.datetime() })),
  recoveryCodesLeft: z.number(),
  /** Whether the unused codes can open the vault (codes the server made before the vault cannot). */
  recoveryCodesOpenVault: z.boolean(),
});
export type AccountSecurityView = z.infer<typeof accountSecurityView>;
