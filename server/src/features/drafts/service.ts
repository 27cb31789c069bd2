import type { AccountView } from "@mend/core/accounts/contract";
import type { DraftInput, DraftView } from "@mend/core/drafts/contract";
import type { Database } from "../../db/database.ts";
import { AppError, notFound } from "../../http/errors.ts";
import { requireMembership } from "../spaces/service.ts";
import { draftsRepo } from "./repo.ts";

/**
 * A member's drafts in one space. Nothing here records a space event or tells a live stream: a draft
 * being saved, found or dropped is nobody's business but its author's. The words arrive sealed; the
 * browser removes a draft that was erased (it alone can tell that it is blank).
 */
export function draftsService(deps: { db: Database; clock: () => Date }) {
  const { db, clock } = deps;

  return {
    async get(account: AccountView, spaceId: string, formKey: string): Promise<DraftView> {
      const { member } = await requireMembership(db, account.id, spaceId);
      const row = await draftsRepo(db).find(member.id, formKey);
      if (!row) throw notFound("That draft");
      return { id: row.id, sealed: row.sealed, fields: row.fields, savedAt: row.savedAt.toISOString() };
    },

    async save(account: AccountView, spaceId: string, formKey: string, input: DraftInput): Promise<void> {
      const { member } = await requireMembership(db, account.id, spaceId);
      await db.transaction(async (tx) => {
        const repo = draftsRepo(tx);
        const holder = await repo.findById(input.id);
        if (holder && (holder.memberId !== member.id || holder.formKey !== formKey)) {
          throw new AppError("conflict", "That draft id is taken. Reload the page and try again.");
        }
        await repo.save(member.id, formKey, input.id, input.sealed, clock());
      });
    },

    async discard(account: AccountView, spaceId: string, formKey: string): Promise<void> {
      const { member } = await requireMembership(db, account.id, spaceId);
      await draftsRepo(db).remove(member.id, formKey);
    },
  };
}

export type DraftsService = ReturnType<typeof draftsService>;
