import type { AccountView } from "@mend/core/accounts/contract";
import type { ReflectionInput, ReflectionUpdateInput, ReflectionView } from "@mend/core/forgiveness/contract";
import type { Database } from "../../db/database.ts";
import { AppError, notFound } from "../../http/errors.ts";
import { spacesRepo } from "../spaces/repo.ts";
import { requireMembership } from "../spaces/service.ts";
import { presentPrivateReflection } from "./presenters.ts";
import { forgivenessRepo } from "./repo.ts";

const reflectionNotFound = () => notFound("That reflection");

/** Private reflections: only their author can read, change or delete them. Events carry no words. */
export function privateReflectionsService(deps: { db: Database; clock: () => Date }) {
  const { db, clock } = deps;

  async function own(tx: Database, accountId: string, spaceId: string, reflectionId: string) {
    const { member } = await requireMembership(tx, accountId, spaceId);
    const row = await forgivenessRepo(tx).findOwnPrivateReflection(reflectionId, member.id);
    if (!row || row.spaceId !== spaceId) throw reflectionNotFound();
    return { member, row };
  }

  return {
    async list(account: AccountView, spaceId: string): Promise<ReflectionView[]> {
      const { member } = await requireMembership(db, account.id, spaceId);
      return (await forgivenessRepo(db).privateReflectionsOf(member.id)).map(presentPrivateReflection);
    },

    async write(account: AccountView, spaceId: string, input: ReflectionInput): Promise<ReflectionView> {
      return db.transaction(async (tx) => {
        const { member } = await requireMembership(tx, account.id, spaceId);
        const now = clock();
        const row = await forgivenessRepo(tx).insertPrivateReflection({
          id: input.id,
          spaceId,
          memberId: member.id,
          kind: input.kind,
          promptId: input.promptId ?? null,
          sealed: input.sealed,
          createdAt: now,
          updatedAt: now,
        });
        if (!row) {
          throw new AppError(
            "conflict",
            "A reflection with this id already exists. Keep it again to try once more.",
          );
        }
        await spacesRepo(tx).recordEvent({
          spaceId,
          memberId: member.id,
          kind: "reflection.written",
          at: now,
          data: { reflectionId: row.id },
        });
        return presentPrivateReflection(row);
      });
    },

    async edit(
      account: AccountView,
      spaceId: string,
      reflectionId: string,
      input: ReflectionUpdateInput,
    ): Promise<ReflectionView> {
      return db.transaction(async (tx) => {
        const { member, row } = await own(tx, account.id, spaceId, reflectionId);
        const now = clock();
        const updated = await forgivenessRepo(tx).updatePrivateReflection(row.id, {
          sealed: input.sealed,
          updatedAt: now,
        });
        await spacesRepo(tx).recordEvent({
          spaceId,
          memberId: member.id,
          kind: "reflection.edited",
          at: now,
          data: { reflectionId: row.id },
        });
        return presentPrivateReflection(updated);
      });
    },

    async remove(account: AccountView, spaceId: string, reflectionId: string): Promise<void> {
      await db.transaction(async (tx) => {
        const { member, row } = await own(tx, account.id, spaceId, reflectionId);
        await forgivenessRepo(tx).deletePrivateReflection(row.id);
        await spacesRepo(tx).recordEvent({
          spaceId,
          memberId: member.id,
          kind: "reflection.deleted",
          at: clock(),
        });
      });
    },
  };
}

export type PrivateReflectionsService = ReturnType<typeof privateReflectionsService>;
