/** OWASP ASVS 5.0 §6.2: at least 8 characters, 15 recommended, no composition rules, no truncation. */
export const passwordRules = {
  minLength: 8,
  recommendedLength: 15,
  // Long enough for any passphrase, short enough that hashing stays cheap for the server.
  maxLength: 256,
} as const;
