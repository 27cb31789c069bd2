import { createHash, randomBytes } from "node:crypto";
import type { Database } from "../../db/database.ts";
import { accountsRepo } from "./repo.ts";

/** Ten codes, each 128 random bits: far beyond guessing, so a fast SHA-256 is enough to store them. */
export const recoveryCodeCount = 10;
const codeBytes = 16;

/** Four-character groups of hexadecimal, easy to read out and type: "3f9a-0c1b-…". */
function newRecoveryCode(): string {
  return randomBytes(codeBytes).toString("hex").match(/.{4}/g)?.join("-") ?? "";
}

/** The stored form of a code as the person typed it (case, spaces and dashes do not matter). */
export function hashRecoveryCode(code: string): string {
  return createHash("sha256").update(code.toLowerCase().replace(/[\s-]/g, "")).digest("hex");
}

/**
 * Replaces every recovery code of the account with ten new ones and answers them: this is the only
 * moment they exist outside the person's hands.
 */
export async function makeRecoveryCodes(db: Database, accountId: string, now: Date): Promise<string[]> {
  const codes = Array.from({ length: recoveryCodeCount }, newRecoveryCode);
  const repo = accountsRepo(db);
  await repo.replaceRecoveryCodes(accountId, codes.map(hashRecoveryCode), now);
  await repo.recordCredentialEvent(accountId, "recovery_codes_made", now);
  return codes;
}

/**
 * Checks `code` against the account's unused recovery codes and spends it if it matches, in one
 * statement, so two requests can never both use the same code. Call it inside the transaction of
 * whatever the code unlocks: if that rolls back, the code stays unused.
 */
export function redeemRecoveryCode(
  tx: Database,
  accountId: string,
  code: string,
  now: Date,
): Promise<boolean> {
  return accountsRepo(tx).useRecoveryCode(accountId, hashRecoveryCode(code), now);
}
