import { z } from "zod";
import { recoveryCodeProof } from "../vault/wire.ts";
import { accountView } from "./contract.ts";

/** A six-digit code from an authenticator app; spaces people type while copying it are ignored. */
export const totpCodeSchema = z
  .string({ error: "Enter the 6-digit code from your authenticator app." })
  .max(32, { error: "Enter the 6-digit code from your authenticator app." })
  .transform((code) => code.replace(/\s+/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, { error: "Enter the 6-digit code from your authenticator app." }));

const currentPassword = z
  .string({ error: "Enter your password." })
  .min(1, { error: "Enter your password." })
  .max(1024);

const base64url = (max: number) =>
  z
    .string({ error: "The passkey's answer was incomplete. Try again." })
    .max(max, { error: "The passkey's answer was too long." })
    .regex(/^[A-Za-z0-9_-]*$/, { error: "The passkey's answer was not readable. Try again." });

/** What `navigator.credentials.create()` gives, as JSON (WebAuthn Level 3's RegistrationResponseJSON). */
export const passkeyRegistrationResponse = z.object({
  id: base64url(1024).min(1),
  rawId: base64url(1024).min(1),
  type: z.literal("public-key"),
  authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional(),
  response: z.object({
    clientDataJSON: base64url(4096),
    attestationObject: base64url(65_536),
    authenticatorData: base64url(65_536).optional(),
    transports: z.array(z.string().max(32)).max(10).optional(),
    publicKeyAlgorithm: z.number().int().min(-65_536).max(65_536).optional(),
    publicKey: base64url(4096).optional(),
  }),
  clientExtensionResults: z.object({ credProps: z.object({ rk: z.boolean().optional() }).optional() }),
});
export type PasskeyRegistrationResponse = z.infer<typeof passkeyRegistrationResponse>;

/** What `navigator.credentials.get()` gives, as JSON (AuthenticationResponseJSON). */
export const passkeyAuthenticationResponse = z.object({
  id: base64url(1024).min(1),
  rawId: base64url(1024).min(1),
  type: z.literal("public-key"),
  authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional(),
  response: z.object({
    clientDataJSON: base64url(4096),
    authenticatorData: base64url(65_536),
    signature: base64url(4096),
    userHandle: base64url(1024).optional(),
  }),
  clientExtensionResults: z.object({}),
});
export type PasskeyAuthenticationResponse = z.infer<typeof passkeyAuthenticationResponse>;

/** WebAuthn options for the browser; their full shape is the WebAuthn library's, on both ends. */
export const passkeyOptionsView = z.object({ options: z.looseObject({ challenge: z.string() }) });
export type PasskeyOptionsView = z.infer<typeof passkeyOptionsView>;

export const passkeyName = z
  .string({ error: "Give this passkey a name." })
  .trim()
  .min(1, { error: "Give this passkey a name, like “My phone”." })
  .max(60, { error: "Keep the name under 60 characters." });

export const addPasskeyInput = z.strictObject({ name: passkeyName, response: passkeyRegistrationResponse });
export type AddPasskeyInput = z.infer<typeof addPasskeyInput>;

export const passkeyView = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
export type PasskeyView = z.infer<typeof passkeyView>;

export const secondFactorView = z.object({
  totp: z.object({ enabled: z.boolean() }),
  passkeys: z.array(passkeyView),
});
export type SecondFactorView = z.infer<typeof secondFactorView>;

/** A new authenticator-app secret, shown once while it is being set up (as a QR code and as text). */
export const totpSetupView = z.object({ secret: z.string(), uri: z.string() });
export type TotpSetupView = z.infer<typeof totpSetupView>;

export const confirmTotpInput = z.strictObject({ code: totpCodeSchema });
export type ConfirmTotpInput = z.infer<typeof confirmTotpInput>;

/** Turning a sign-in method off asks for the password again, so a session left open is not enough. */
export const passwordConfirmationInput = z.strictObject({ password: currentPassword });
export type PasswordConfirmationInput = z.infer<typeof passwordConfirmationInput>;

/**
 * The kinds of proof that can finish a sign-in after the password. Each kind has one verifier on the
 * server (second-step.ts); a recovery code is meant to join this list as one more kind.
 */
/** A recovery code stands in for a lost phone or key; on its own it never asks for a second step. */
export const secondStepMethods = ["totp", "passkey", "recovery_code"] as const;
export type SecondStepMethod = (typeof secondStepMethods)[number];

const pendingToken = z
  .string({ error: "This sign-in has expired. Start again with your password." })
  .min(1, { error: "This sign-in has expired. Start again with your password." })
  .max(128, { error: "This sign-in has expired. Start again with your password." });

export const secondStepProof = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("totp"), code: totpCodeSchema }),
  z.strictObject({ kind: z.literal("passkey"), response: passkeyAuthenticationResponse }),
  // Sent as its proof, never as the code, which would derive the key that unwraps the vault.
  z.strictObject({ kind: z.literal("recovery_code"), code: recoveryCodeProof }),
]);
export type SecondStepProof = z.infer<typeof secondStepProof>;

export const secondStepInput = z.strictObject({ token: pendingToken, proof: secondStepProof });
export type SecondStepInput = z.infer<typeof secondStepInput>;

export const secondStepOptionsInput = z.strictObject({ token: pendingToken });

/** The password was right, and the account asks for one more proof before a session starts. */
export const secondStepRequiredView = z.object({
  secondStep: z.object({
    token: z.string(),
    methods: z.array(z.enum(secondStepMethods)),
    expiresAt: z.string(),
  }),
});
export type SecondStepRequiredView = z.infer<typeof secondStepRequiredView>;

export const loginResultView = z.union([z.object({ account: accountView }), secondStepRequiredView]);
export type LoginResultView = z.infer<typeof loginResultView>;

export const passkeySignInInput = z.strictObject({ response: passkeyAuthenticationResponse });
export type PasskeySignInInput = z.infer<typeof passkeySignInInput>;
