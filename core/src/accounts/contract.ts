import { z } from "zod";
import { checkPassword, passwordProblemMessages } from "./password-policy.ts";

export const emailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .max(254, { error: "That email address is too long." })
  .pipe(z.email({ error: "Enter a valid email address, like name@example.com." }));

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
});
export type SignupInput = z.infer<typeof signupInput>;

export const loginInput = z.strictObject({
  email: emailSchema,
  // Existing passwords are checked as typed; the policy applies only when one is chosen.
  password: z.string({ error: "Enter your password." }).min(1, { error: "Enter your password." }).max(1024),
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
