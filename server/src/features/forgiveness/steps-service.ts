import type { AccountView } from "@mend/core/accounts/contract";
import {
  type ForgivenessReflectionInput,
  type ForgivenessView,
  type OwnForgivenessReflectionView,
  offersForgivenessPath,
} from "@mend/core/forgiveness/contract";
import { forgivenessPath } from "@mend/core/forgiveness/path";
import type { ForgivenessStepId } from "@mend/core/method/facts";
import type { Database } from "../../db/database.ts";
import { AppError, notFound } from "../../http/errors.ts";
import { refuseWhenEnded } from "../ending/guard.ts";
import { reaches, requirePair } from "../spaces/pair.ts";
import { spacesRepo } from "../spaces/repo.ts";
import { myRoleIn } from "../spaces/roles.ts";
import { requireMembership } from "../spaces/service.ts";
import { presentOwnReflection, presentPath, presentSharedReflection } from "./presenters.ts";
import { forgivenessRepo } from "./repo.ts";

const reflectionNotFound = () => notFound("That reflection");

const notYourPath = () =>
  new AppError(
    "forbidden",
    "The forgiveness steps are for the person who was hurt. Your own reflections on self-trust and self-compassion are on the reflections page.",
  );

export function forgivenessStepsService(deps: { db: Database; clock: () => Date }) {
  const { db, clock } = deps;

  return {
    async view(account: AccountView, spaceId: string): Promise<ForgivenessView> {
      const pair = await requirePair(db, account.id, spaceId);
      const member = pair.me;
      const repo = forgivenessRepo(db);
      const role = await myRoleIn(db, spaceId, member.id);
      const own = await repo.reflectionsOf(member.id);
      const shared = pair.other
        ? (await repo.sharedBy(pair.other.id)).filter(
            (row) => row.sharedAt !== null && reaches(pair, row.memberId, row.sharedAt),
          )
        : [];
      const path = forgivenessPath(
        own.map((row) => ({
          step: row.step as ForgivenessStepId,
          at: row.createdAt,
          ...(row.resentment === null ? {} : { resentment: row.resentment }),
        })),
        clock(),
      );
      return {
        forYou: offersForgivenessPath(role),
        path: presentPath(path),
        reflections: own.map(presentOwnReflection),
        sharedWithYou: shared.map(presentSharedReflection),
      };
    },

    async reflect(
      account: AccountView,
      spaceId: string,
      input: ForgivenessReflectionInput,
    ): Promise<OwnForgivenessReflectionView> {
      return db.transaction(async (tx) => {
        const { member } = await requireMembership(tx, account.id, spaceId);
        if (!offersForgivenessPath(await myRoleIn(tx, spaceId, member.id))) throw notYourPath();
        const now = clock();
        if (input.share) await refuseWhenEnded(tx, spaceId, now);
        const row = await forgivenessRepo(tx).insertReflection({
          spaceId,
          memberId: member.id,
          step: input.step,
          text: input.text,
          resentment: input.resentment ?? null,
          createdAt: now,
          sharedAt: input.share ? now : null,
        });
        // Ids only: never the step, the words or the rating.
        await spacesRepo(tx).recordEvent({
          spaceId,
          memberId: member.id,
          kind: "forgiveness.reflection_written",
          at: now,
          data: { reflectionId: row.id },
        });
        if (input.share) {
          await spacesRepo(tx).recordEvent({
            spaceId,
            memberId: member.id,
            kind: "forgiveness.reflection_shared",
            at: now,
            data: { reflectionId: row.id },
          });
        }
        return presentOwnReflection(row);
      });
    },

    /** Sharing is per reflection and can be taken back at any time; nobody is told either way. */
    async setSharing(
      account: AccountView,
      spaceId: string,
      reflectionId: string,
      shared: boolean,
    ): Promise<OwnForgivenessReflectionView> {
      return db.transaction(async (tx) => {
        const { member } = await requireMembership(tx, account.id, spaceId);
        const repo = forgivenessRepo(tx);
        const row = await repo.findOwnReflection(reflectionId, member.id);
        if (!row || row.spaceId !== spaceId) throw reflectionNotFound();
        if (shared === (row.sharedAt !== null)) return presentOwnReflection(row);
        const now = clock();
        if (shared) await refuseWhenEnded(tx, spaceId, now);
        const updated = await repo.setShared(row.id, shared ? now : null);
        await spacesRepo(tx).recordEvent({
          spaceId,
          memberId: member.id,
          kind: shared ? "forgiveness.reflection_shared" : "forgiveness.reflection_unshared",
          at: now,
          data: { reflectionId: row.id },
        });
        return presentOwnReflection(updated);
      });
    },

    async remove(account: AccountView, spaceId: string, reflectionId: string): Promise<void> {
      await db.transaction(async (tx) => {
        const { member } = await requireMembership(tx, account.id, spaceId);
        const repo = forgivenessRepo(tx);
        const row = await repo.findOwnReflection(reflectionId, member.id);
        if (!row || row.spaceId !== spaceId) throw reflectionNotFound();
        await repo.deleteReflection(row.id);
        await spacesRepo(tx).recordEvent({
          spaceId,
          memberId: member.id,
          kind: "forgiveness.reflection_deleted",
          at: clock(),
        });
      });
    },
  };
}

export type ForgivenessStepsService = ReturnType<typeof forgivenessStepsService>;
