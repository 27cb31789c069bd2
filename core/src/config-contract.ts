import { z } from "zod";
import { signupPolicy } from "./accounts/contract.ts";

/** What GET /api/config answers: the few settings the web app needs before anyone signs in. */
export const publicConfigView = z.object({
  quickExitUrl: z.string(),
  version: z.string(),
  /** Who may create an account here right now ("open" while an invite-only Mend has no account yet). */
  signup: signupPolicy,
  /** Whether this Mend can send email (MEND_SMTP_URL is set): reminder emails, reset links by email. */
  email: z.boolean(),
});
export type PublicConfig = z.infer<typeof publicConfigView>;
