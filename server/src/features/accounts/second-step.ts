import type {
  SecondStepInput,
  SecondStepMethod,
  SecondStepProof,
  SecondStepRequiredView,
} from "@mend/core/accounts/second-factor-contract";
import { secondStepMethods } from "@mend/core/accounts/second-factor-contract";
import type { Database } from "../../db/database.ts";
import { AppError } from "../../http/errors.ts";
import { passkeyProofs } from "./passkey-proofs.ts";
import { type Attempter, passwordAttempts } from "./password-attempts.ts";
import { redeemRecoveryCode } from "./recovery-codes.ts";
import type { RelyingParty } from "./relying-party.ts";
import { type AccountRow, accountsRepo } from "./repo.ts";
import { type PendingSignInRow, secondFactorRepo } from "./second-factor-repo.ts";
import { hashToken, newSecretToken } from "./tokens.ts";
import { totpCodes } from "./totp-codes.ts";

/** Long enough to open an authenticator app or find a security key; short enough to be of little use if copied. */
export const pendingSignInLifetimeMs = 5 * 60 * 1000;

export interface SecondStepContext {
  account: AccountRow;
  pending: PendingSignInRow;
  rp: RelyingParty;
  attempter: Attempter;
}

/** One kind of proof that finishes a sign-in after the password. */
export interface SecondStepVerifier<K extends SecondStepMethod> {
  /** Whether this account has this kind of proof set up (so a sign-in asks for a second step). */
  isSetUpFor(accountId: string): Promise<boolean>;
  /** Whether `proof` is good for this sign-in; a wrong one is refused with an error the person can act on. */
  verify(context: SecondStepContext, proof: Extract<SecondStepProof, { kind: K }>): Promise<void>;
}

const wrongRecoveryCode = () =>
  new AppError("validation_failed", "That isn't one of your unused recovery codes. Check it and try again.", {
    fields: { code: "That isn't one of your unused recovery codes." },
  });

export const expiredSignIn = () =>
  new AppError("validation_failed", "This sign-in has expired. Start again with your password.", {
    fields: { token: "This sign-in has expired." },
  });

/**
 * The step between a right password and a session, for accounts with an authenticator app or a
 * passkey. Every kind of proof is a verifier in `verifiers` (with its kind in `secondStepMethods` and
 * `secondStepProof` in the contract). A recovery code is one, for a lost phone or key.
 */
export function secondStepService(deps: { db: Database; clock: () => Date }) {
  const { db, clock } = deps;
  const repo = secondFactorRepo(db);
  const accounts = accountsRepo(db);
  const totp = totpCodes({ db, clock });
  const passkey = passkeyProofs({ db, clock });
  // A recovery code is tried against the same budgets as the password and the app's codes.
  const attempts = passwordAttempts({ repo: accounts, clock });

  const verifiers: { [K in SecondStepMethod]: SecondStepVerifier<K> } = {
    totp: {
      isSetUpFor: async (accountId) => Boolean(await repo.confirmedTotp(accountId)),
      async verify({ account, attempter }, proof) {
        await totp.check(account, proof.code, attempter);
      },
    },
    passkey: {
      isSetUpFor: async (accountId) => (await repo.passkeysOf(accountId)).length > 0,
      async verify({ account, pending, rp }, proof) {
        // Taken out first: a challenge is answered once, whether the answer is good or not.
        if (pending.passkeyChallenge) await repo.setPendingChallenge(pending.id, null);
        await passkey.check(rp, proof.response, pending.passkeyChallenge, account.id);
      },
    },
    recovery_code: {
      isSetUpFor: async (accountId) => (await accounts.unusedRecoveryCodes(accountId)).left > 0,
      async verify({ account, attempter }, proof) {
        const used = await attempts.check(account.email, attempter, () =>
          db.transaction(async (tx) => {
            const now = clock();
            if (!(await redeemRecoveryCode(tx, account.id, proof.code, now))) return false;
            await accountsRepo(tx).recordCredentialEvent(account.id, "recovery_code_used_to_log_in", now);
            return true;
          }),
        );
        if (!used) throw wrongRecoveryCode();
      },
    },
  };

  async function methodsFor(accountId: string): Promise<SecondStepMethod[]> {
    const methods: SecondStepMethod[] = [];
    for (const method of secondStepMethods) {
      if (await verifiers[method].isSetUpFor(accountId)) methods.push(method);
    }
    // Every account has recovery codes; only an app or a passkey makes the password not enough.
    return methods.some((method) => method !== "recovery_code") ? methods : [];
  }

  async function livePending(token: string) {
    const pending = await repo.livePendingSignIn(hashToken(token), clock());
    if (!pending) throw expiredSignIn();
    const account = await accounts.findById(pending.accountId);
    if (!account) throw expiredSignIn();
    return { pending, account };
  }

  return {
    /** After a right password: a pending sign-in when the account asks for more, else undefined. */
    async begin(accountId: string): Promise<SecondStepRequiredView["secondStep"] | undefined> {
      const methods = await methodsFor(accountId);
      if (methods.length === 0) return undefined;
      const token = newSecretToken();
      const now = clock();
      const expiresAt = new Date(now.getTime() + pendingSignInLifetimeMs);
      await repo.insertPendingSignIn({ tokenHash: hashToken(token), accountId, createdAt: now, expiresAt });
      return { token, methods, expiresAt: expiresAt.toISOString() };
    },

    /** Passkey options for a pending sign-in: one of this account's passkeys must sign the challenge. */
    async passkeyOptions(token: string, rp: RelyingParty) {
      const { pending } = await livePending(token);
      const options = await passkey.optionsFor(rp, pending.accountId);
      await repo.setPendingChallenge(pending.id, options.challenge);
      return options;
    },

    /** Checks the proof and uses the pending sign-in up; resolves to the account to start a session for. */
    async finish(input: SecondStepInput, rp: RelyingParty, attempter: Attempter): Promise<AccountRow> {
      const { pending, account } = await livePending(input.token);
      const { proof } = input;
      const context = { account, pending, rp, attempter };
      // A used-up recovery code is answered as a wrong one, by its verifier.
      if (proof.kind !== "recovery_code" && !(await verifiers[proof.kind].isSetUpFor(account.id))) {
        throw expiredSignIn();
      }
      if (proof.kind === "totp") await verifiers.totp.verify(context, proof);
      else if (proof.kind === "passkey") await verifiers.passkey.verify(context, proof);
      else await verifiers.recovery_code.verify(context, proof);
      if (!(await repo.consumePendingSignIn(pending.id))) throw expiredSignIn();
      return account;
    },
  };
}

export type SecondStepService = ReturnType<typeof secondStepService>;
