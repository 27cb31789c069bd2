import { createHash } from "node:crypto";
import type { NewRecoveryCode, RecoveryCodeProof } from "@mend/core/vault/wire";
import type { Database } from "../../db/database.ts";
import { accountsRepo } from "./repo.ts";

/**
 * The stored form of a value a code is checked by: SHA-256, since a code carries 128 random bits,
 * far beyond guessing. The value is the code's authentication key (a code made in the browser) or the
 * code's own SHA-256 (a code the server made before the vault, whose rows were hashed once more).
 */
function hashProofValue(base64url: string): string {
  return createHash("sha256").update(Buffer.from(base64url, "base64url")).digest("hex");
}

/** The two stored forms a typed code may match, whichever kind of code it is. */
export function proofHashes(proof: RecoveryCodeProof): string[] {
  return [hashProofValue(proof.auth), hashProofValue(proof.legacy)];
}

/**
 * Replaces every recovery code of the account with the ones a browser just made: the server keeps what
 * each is checked by (hashed) and the vault key each wraps, and never sees a code.
 */
export async function replaceRecoveryCodes(
  db: Database,
  accountId: string,
  codes: NewRecoveryCode[],
  now: Date,
): Promise<void> {
  const repo = accountsRepo(db);
  await repo.replaceRecoveryCodes(
    accountId,
    codes.map((code) => ({
      codeHash: hashProofValue(code.auth),
      wrappedVaultKey: code.wrappedVaultKey ?? null,
    })),
    now,
  );
  await repo.recordCredentialEvent(accountId, "recovery_codes_made", now);
}

/** A code that was checked and spent, with the vault key it wraps (null when it wraps none). */
export interface SpentRecoveryCode {
  wrappedVaultKey: string | null;
}

/**
 * Checks a code's proof against the account's unused recovery codes and spends the one it matches, in
 * one statement, so two requests can never both use the same code. Call it inside the transaction of
 * whatever the code unlocks: if that rolls back, the code stays unused.
 */
export function redeemRecoveryCode(
  tx: Database,
  accountId: string,
  proof: RecoveryCodeProof,
  now: Date,
): Promise<SpentRecoveryCode | null> {
  return accountsRepo(tx).useRecoveryCode(accountId, proofHashes(proof), now);
}

/** The vault key an unused code wraps, without spending it; undefined when the proof fits no unused code. */
export async function vaultKeyOfRecoveryCode(
  db: Database,
  accountId: string,
  proof: RecoveryCodeProof,
): Promise<SpentRecoveryCode | undefined> {
  return accountsRepo(db).unusedRecoveryCode(accountId, proofHashes(proof));
}
