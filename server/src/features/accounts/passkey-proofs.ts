import type { PasskeyAuthenticationResponse } from "@mend/core/accounts/second-factor-contract";
import type { Database } from "../../db/database.ts";
import { AppError } from "../../http/errors.ts";
import { authenticationOptions, challengeOf, verifiedAuthentication } from "./passkeys.ts";
import type { RelyingParty } from "./relying-party.ts";
import { type PasskeyRow, secondFactorRepo } from "./second-factor-repo.ts";

export const passkeyRefused = () =>
  new AppError(
    "validation_failed",
    "That passkey couldn't be used here. Try again, or use another way to log in.",
  );

/** Checking that a passkey signed a challenge we gave out. */
export function passkeyProofs(deps: { db: Database; clock: () => Date }) {
  const { db, clock } = deps;
  const repo = secondFactorRepo(db);

  return {
    /** Sign-in options for one account's passkeys. */
    async optionsFor(rp: RelyingParty, accountId: string) {
      return authenticationOptions(rp, await repo.passkeysOf(accountId));
    },

    /**
     * Accepts `response` when it is the signature of `expectedChallenge` by one of the account's
     * passkeys (any account's when `accountId` is null), and records the passkey's use.
     */
    async check(
      rp: RelyingParty,
      response: PasskeyAuthenticationResponse,
      expectedChallenge: string | null,
      accountId: string | null,
    ): Promise<PasskeyRow> {
      if (!expectedChallenge || challengeOf(response) !== expectedChallenge) throw passkeyRefused();
      const passkey = await repo.passkeyByCredential(response.id);
      if (!passkey || (accountId !== null && passkey.accountId !== accountId)) throw passkeyRefused();
      const signCount = await verifiedAuthentication(rp, response, expectedChallenge, passkey);
      if (signCount === undefined) throw passkeyRefused();
      await repo.recordPasskeyUse(passkey.id, signCount, clock());
      return passkey;
    },
  };
}
