import type { Database } from "../../db/database.ts";
import { AppError } from "../../http/errors.ts";
import { type Attempter, passwordAttempts } from "./password-attempts.ts";
import { type AccountRow, accountsRepo } from "./repo.ts";
import { secondFactorRepo } from "./second-factor-repo.ts";
import { totpStepOf } from "./totp.ts";

const wrongCode = () =>
  new AppError(
    "validation_failed",
    "That code didn't work. Codes change every 30 seconds and each one works once: wait for the next code and try again.",
    { fields: { code: "That code didn't work. Wait for the next code and try again." } },
  );

/** Checking authenticator-app codes: each is good once, and wrong ones are throttled like passwords. */
export function totpCodes(deps: { db: Database; clock: () => Date }) {
  const { db, clock } = deps;
  const repo = secondFactorRepo(db);
  // The same budgets as a password for this login: six digits are far easier to guess than a password,
  // so guesses must not come any faster.
  const attempts = passwordAttempts({ repo: accountsRepo(db), clock });

  return {
    /**
     * Accepts `code` for the app being set up (`pending`) or the one that is on; refuses a wrong,
     * old or already used code. The code's time step is spent in the same check.
     */
    async check(account: AccountRow, code: string, attempter: Attempter, pending = false): Promise<void> {
      const factor = pending ? await repo.pendingTotp(account.id) : await repo.confirmedTotp(account.id);
      if (!factor) throw wrongCode();
      const valid = await attempts.check(account.email, attempter, async () => {
        const step = totpStepOf(factor.secret, code, clock());
        return step !== undefined && (await repo.spendTotpStep(account.id, step));
      });
      if (!valid) throw wrongCode();
    },
  };
}
