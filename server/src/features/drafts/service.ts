import type { AccountView } from "@mend/core/accounts/contract";
import { type DraftInput, type DraftView, isBlankDraft } from "@mend/core/drafts/contract";
import type { Database } from "../../db/database.ts";
import { notFound } from "../../http/errors.ts";
import { requireMembership } from "../spaces/service.ts";
import { draftsRepo } from "./repo.ts";

/**
 * A member's drafts in one space. Nothing here records a space event or tells a live stream: a draft
 * being saved, found or dropped is nobody's business but its author's.
 */
export function draftsService(deps: { db: Database; clock: () => Date }) {
  const { db, clock } = deps;

  return {
    async get(account: AccountView, spaceId: string, formKey: string): Promise<DraftView> {
      const { member } = await requireMembership(db, account.id, spaceId);
      const row = await draftsRepo(db).find(member.id, formKey);
      if (!row) throw notFound("That draft");
      return { fields: row.fields, savedAt: row.savedAt.toISOString() };
    },

    /** A blank draft removes the stored one: erasing everything leaves nothing behind. */
    async save(account: AccountView, spaceId: string, formKey: string, input: DraftInput): Promise<void> {
      const { member } = await requireMembership(db, account.id, spaceId);
      const repo = draftsRepo(db);
      if (isBlankDraft(input.fields)) await repo.remove(member.id, formKey);
      else await repo.save(member.id, formKey, input.fields, clock());
    },

    async discard(account: AccountView, spaceId: string, formKey: string): Promise<void> {
      const { member } = await requireMembership(db, account.id, spaceId);
      await draftsRepo(db).remove(member.id, formKey);
    },
  };
}

export type DraftsService = ReturnType<typeof draftsService>;
