import { dictionary } from "@zxcvbn-ts/language-common";

import { passwordRules } from "./password-rules.ts";

export { passwordRules };

let commonPasswords: Set<string> | undefined;

function isCommon(password: string): boolean {
  commonPasswords ??= new Set(dictionary["passwords-common"]);
  return commonPasswords.has(password.toLowerCase());
}

export type PasswordProblem = "too_short" | "too_long" | "too_common";

/** Counts characters as people see them (code points), so an emoji is one character, not two. */
function characterCount(password: string): number {
  return [...password].length;
}

export function checkPassword(password: string): PasswordProblem | undefined {
  const length = characterCount(password);
  if (length < passwordRules.minLength) return "too_short";
  if (length > passwordRules.maxLength) return "too_long";
  if (isCommon(password)) return "too_common";
  return undefined;
}

export const passwordProblemMessages: Record<PasswordProblem, string> = {
  too_short: `Use at least ${passwordRules.minLength} characters. A short phrase of a few words is easy to remember and hard to guess.`,
  too_long: `That is longer than ${passwordRules.maxLength} characters. Please choose a shorter passphrase.`,
  too_common:
    "That password appears on lists of commonly used passwords. Please choose something less predictable.",
};
