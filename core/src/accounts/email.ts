import { z } from "zod";

/**
 * An email address as Mend keeps it. A module of its own, so that a form asking only for an address
 * (an invitation by email, a reset link) does not pull the password checker and its word lists into
 * the page's JavaScript.
 */
export const emailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .max(254, { error: "That email address is too long." })
  .pipe(z.email({ error: "Enter a valid email address, like name@example.com." }));
