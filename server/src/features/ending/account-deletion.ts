import type { Database } from "../../db/database.ts";
import { AppError, notSignedIn } from "../../http/errors.ts";
import { type Attempter, passwordAttempts } from "../accounts/password-attempts.ts";
import { verifyPassword } from "../accounts/passwords.ts";
import { accountsRepo } from "../accounts/repo.ts";
import { invitationsRepo } from "../invitations/repo.ts";
import { spacesRepo } from "../spaces/repo.ts";
import { endingRepo } from "./repo.ts";

/**
 * Deleting an account removes everything the person wrote, ends their sessions, and leaves the
 * other member's own things in place. In each shared space they are recorded as having left, so
 * the other member sees "the other person left" and can invite someone again or end the space.
 */
export function accountDeletionService(deps: { db: Database; clock: () => Date }) {
  const { db, clock } = deps;
  const accounts = accountsRepo(db);
  // The same budgets as sign-in, so a session left open can't be used to guess the password here any
  // faster than at the sign-in page.
  const attempts = passwordAttempts({ repo: accounts, clock });

  return {
    async deleteAccount(accountId: string, password: string, attempter: Attempter): Promise<void> {
      const account = await accounts.findById(accountId);
      if (!account) throw notSignedIn();
      const valid = await attempts.check(account.email, attempter, () =>
        verifyPassword(account.passwordHash, password),
      );
      if (!valid) {
        throw new AppError(
          "validation_failed",
          "That password isn't right. Nothing was deleted; try again.",
          {
            fields: { password: "That password isn't right." },
          },
        );
      }
      await db.transaction(async (tx) => {
        const now = clock();
        const spaces = spacesRepo(tx);
        for (const { member } of await endingRepo(tx).activeMembershipsOf(accountId)) {
          await spaces.lockSpace(member.spaceId);
          await spaces.markLeft(member.id, now);
          await spaces.recordEvent({
            spaceId: member.spaceId,
            memberId: member.id,
            kind: "member.left",
            at: now,
          });
          await invitationsRepo(tx).revokeAllOpen(member.spaceId, now);
          if ((await spaces.activeMembers(member.spaceId)).length === 0)
            await spaces.closeSpace(member.spaceId, now);
        }
        // Cascades to sessions, memberships and everything written through them.
        await endingRepo(tx).deleteAccount(accountId);
      });
    },
  };
}

export type AccountDeletionService = ReturnType<typeof accountDeletionService>;
