import type {
  AddPasskeyInput,
  PasskeyAuthenticationResponse,
  PasskeyView,
  SecondFactorView,
  TotpSetupView,
} from "@mend/core/accounts/second-factor-contract";
import type { Database } from "../../db/database.ts";
import { AppError, notFound, notSignedIn } from "../../http/errors.ts";
import { passkeyProofs, passkeyRefused } from "./passkey-proofs.ts";
import {
  authenticationOptions,
  challengeOf,
  passkeyChallengeLifetimeMs,
  registrationOptions,
  verifiedRegistration,
} from "./passkeys.ts";
import { type Attempter, passwordAttempts } from "./password-attempts.ts";
import { verifyPassword } from "./passwords.ts";
import type { RelyingParty } from "./relying-party.ts";
import { type AccountRow, accountsRepo } from "./repo.ts";
import { type PasskeyRow, secondFactorRepo } from "./second-factor-repo.ts";
import { newTotpSecret } from "./totp.ts";
import { totpCodes } from "./totp-codes.ts";

/** Who is changing their sign-in methods: the account and the session they are doing it from. */
export interface Changer {
  accountId: string;
  sessionId: string;
  attempter: Attempter;
}

export function presentPasskey(row: PasskeyRow): PasskeyView {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  };
}

const wrongPassword = () =>
  new AppError("validation_failed", "That password isn't right. Nothing was changed; try again.", {
    fields: { password: "That password isn't right." },
  });

/**
 * An account's authenticator app and passkeys. Every change ends the account's other sessions: whoever
 * else may be signed in must now get through the new sign-in rules.
 */
export function secondFactorService(deps: { db: Database; clock: () => Date }) {
  const { db, clock } = deps;
  const repo = secondFactorRepo(db);
  const accounts = accountsRepo(db);
  const attempts = passwordAttempts({ repo: accounts, clock });
  const totp = totpCodes({ db, clock });
  const passkeys = passkeyProofs({ db, clock });

  async function accountOf(accountId: string): Promise<AccountRow> {
    const account = await accounts.findById(accountId);
    if (!account) throw notSignedIn();
    return account;
  }

  /** Asks for the password again, spending the same budgets as sign-in. */
  async function confirmPassword(changer: Changer, password: string): Promise<void> {
    const account = await accountOf(changer.accountId);
    const valid = await attempts.check(account.email, changer.attempter, () =>
      verifyPassword(account.passwordHash, password),
    );
    if (!valid) throw wrongPassword();
  }

  return {
    async status(accountId: string): Promise<SecondFactorView> {
      return {
        totp: { enabled: Boolean(await repo.confirmedTotp(accountId)) },
        passkeys: (await repo.passkeysOf(accountId)).map(presentPasskey),
      };
    },

    /** A fresh secret to scan; it asks for nothing at sign-in until a code from it is confirmed. */
    async beginTotp(accountId: string): Promise<TotpSetupView> {
      const account = await accountOf(accountId);
      const setup = newTotpSecret(account.email);
      if (!(await repo.savePendingTotp(account.id, setup.secret, clock()))) {
        throw new AppError(
          "conflict",
          "Your authenticator app is already on. Turn it off first to set up another.",
        );
      }
      return setup;
    },

    async confirmTotp(changer: Changer, code: string): Promise<void> {
      const account = await accountOf(changer.accountId);
      if (!(await repo.pendingTotp(account.id))) {
        throw new AppError("conflict", "There is no authenticator app being set up. Start again.");
      }
      await totp.check(account, code, changer.attempter, true);
      await db.transaction(async (tx) => {
        const inTx = secondFactorRepo(tx);
        const now = clock();
        await inTx.confirmTotp(account.id, now);
        await inTx.endOtherSessions(account.id, changer.sessionId);
        await accountsRepo(tx).recordCredentialEvent(account.id, "authenticator_app_added", now);
      });
    },

    async removeTotp(changer: Changer, password: string): Promise<void> {
      await confirmPassword(changer, password);
      await db.transaction(async (tx) => {
        const inTx = secondFactorRepo(tx);
        if (!(await inTx.deleteTotp(changer.accountId))) throw notFound("That authenticator app");
        await inTx.endOtherSessions(changer.accountId, changer.sessionId);
        await accountsRepo(tx).recordCredentialEvent(changer.accountId, "authenticator_app_removed", clock());
      });
    },

    async passkeyRegistrationOptions(changer: Changer, rp: RelyingParty) {
      const account = await accountOf(changer.accountId);
      const options = await registrationOptions(rp, account, await repo.passkeysOf(account.id));
      const now = clock();
      await repo.saveChallenge(
        {
          challenge: options.challenge,
          sessionId: changer.sessionId,
          expiresAt: new Date(now.getTime() + passkeyChallengeLifetimeMs),
        },
        now,
      );
      return options;
    },

    async addPasskey(changer: Changer, input: AddPasskeyInput, rp: RelyingParty): Promise<PasskeyView> {
      const now = clock();
      const challenge = await repo.registrationChallenge(changer.sessionId, now);
      // Taken out before checking, so an answer is checked against it once.
      if (!challenge || !(await repo.takeChallenge(challenge, changer.sessionId, now))) {
        throw new AppError("validation_failed", "Adding the passkey took too long. Please try again.");
      }
      const credential = await verifiedRegistration(rp, input.response, challenge);
      if (!credential) {
        throw new AppError("validation_failed", "That passkey couldn't be added. Please try again.");
      }
      return db.transaction(async (tx) => {
        const inTx = secondFactorRepo(tx);
        const row = await inTx.insertPasskey({
          accountId: changer.accountId,
          ...credential,
          name: input.name,
          createdAt: now,
        });
        if (!row) throw new AppError("conflict", "This passkey is already added.");
        await inTx.endOtherSessions(changer.accountId, changer.sessionId);
        await accountsRepo(tx).recordCredentialEvent(changer.accountId, "passkey_added", now);
        return presentPasskey(row);
      });
    },

    async removePasskey(changer: Changer, passkeyId: string, password: string): Promise<void> {
      await confirmPassword(changer, password);
      await db.transaction(async (tx) => {
        const inTx = secondFactorRepo(tx);
        if (!(await inTx.deletePasskey(changer.accountId, passkeyId))) throw notFound("That passkey");
        await inTx.endOtherSessions(changer.accountId, changer.sessionId);
        await accountsRepo(tx).recordCredentialEvent(changer.accountId, "passkey_removed", clock());
      });
    },

    /** Options for signing in with a passkey alone: the browser offers whichever passkeys it holds for Mend. */
    async signInOptions(rp: RelyingParty) {
      const options = await authenticationOptions(rp);
      const now = clock();
      await repo.saveChallenge(
        {
          challenge: options.challenge,
          sessionId: null,
          expiresAt: new Date(now.getTime() + passkeyChallengeLifetimeMs),
        },
        now,
      );
      return options;
    },

    /**
     * A passkey with the device's own check (PIN, fingerprint, face) is something held and something
     * known or been: it signs in on its own. Resolves to the account to start a session for.
     */
    async signInWithPasskey(response: PasskeyAuthenticationResponse, rp: RelyingParty): Promise<AccountRow> {
      const now = clock();
      const challenge = challengeOf(response);
      // Taken out before checking: each challenge is answered once, whether the answer is good or not.
      if (!challenge || !(await repo.takeChallenge(challenge, null, now))) throw passkeyRefused();
      const passkey = await passkeys.check(rp, response, challenge, null);
      return accountOf(passkey.accountId);
    },
  };
}

export type SecondFactorService = ReturnType<typeof secondFactorService>;
