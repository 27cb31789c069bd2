import type { AccountView } from "@mend/core/accounts/contract";
import type { LetterInput, LetterUpdateInput, LetterView } from "@mend/core/forgiveness/contract";
import type { Database } from "../../db/database.ts";
import { AppError, notFound } from "../../http/errors.ts";
import { spacesRepo } from "../spaces/repo.ts";
import { requireMembership } from "../spaces/service.ts";
import { presentLetter } from "./presenters.ts";
import { forgivenessRepo } from "./repo.ts";

const letterNotFound = () => notFound("That letter");

// Events about letters carry no data at all: not the words, not the title, not even the letter's
// id, so nothing of a destroyed letter outlives it.
export function lettersService(deps: { db: Database; clock: () => Date }) {
  const { db, clock } = deps;

  async function own(tx: Database, accountId: string, spaceId: string, letterId: string) {
    const { member } = await requireMembership(tx, accountId, spaceId);
    const row = await forgivenessRepo(tx).findOwnLetter(letterId, member.id);
    if (!row || row.spaceId !== spaceId) throw letterNotFound();
    return { member, row };
  }

  return {
    async list(account: AccountView, spaceId: string): Promise<LetterView[]> {
      const { member } = await requireMembership(db, account.id, spaceId);
      return (await forgivenessRepo(db).lettersOf(member.id)).map(presentLetter);
    },

    async get(account: AccountView, spaceId: string, letterId: string): Promise<LetterView> {
      return presentLetter((await own(db, account.id, spaceId, letterId)).row);
    },

    async write(account: AccountView, spaceId: string, input: LetterInput): Promise<LetterView> {
      return db.transaction(async (tx) => {
        const { member } = await requireMembership(tx, account.id, spaceId);
        const now = clock();
        const row = await forgivenessRepo(tx).insertLetter({
          id: input.id,
          spaceId,
          memberId: member.id,
          sealed: input.sealed,
          createdAt: now,
          updatedAt: now,
        });
        if (!row)
          throw new AppError(
            "conflict",
            "A letter with this id already exists. Keep it again to try once more.",
          );
        await spacesRepo(tx).recordEvent({ spaceId, memberId: member.id, kind: "letter.written", at: now });
        return presentLetter(row);
      });
    },

    async edit(
      account: AccountView,
      spaceId: string,
      letterId: string,
      input: LetterUpdateInput,
    ): Promise<LetterView> {
      return db.transaction(async (tx) => {
        const { member, row } = await own(tx, account.id, spaceId, letterId);
        const now = clock();
        const updated = await forgivenessRepo(tx).updateLetter(row.id, {
          sealed: input.sealed,
          updatedAt: now,
        });
        await spacesRepo(tx).recordEvent({ spaceId, memberId: member.id, kind: "letter.edited", at: now });
        return presentLetter(updated);
      });
    },

    /** Letting a letter go deletes its row for good. */
    async destroy(account: AccountView, spaceId: string, letterId: string): Promise<void> {
      await db.transaction(async (tx) => {
        const { member, row } = await own(tx, account.id, spaceId, letterId);
        await forgivenessRepo(tx).deleteLetter(row.id);
        await spacesRepo(tx).recordEvent({
          spaceId,
          memberId: member.id,
          kind: "letter.destroyed",
          at: clock(),
        });
      });
    },
  };
}

export type LettersService = ReturnType<typeof lettersService>;
