import type { AccountView } from "@mend/core/accounts/contract";
import type { EndingView, ExportDocument } from "@mend/core/ending/contract";
import { closesAt, endingState } from "@mend/core/ending/rules";
import type { RelationshipKind } from "@mend/core/spaces/contract";
import type { Database } from "../../db/database.ts";
import { invitationsRepo } from "../invitations/repo.ts";
import { otherMember } from "../spaces/presenters.ts";
import { spacesRepo } from "../spaces/repo.ts";
import { requireMembership } from "../spaces/service.ts";
import type { Exporter } from "./export-types.ts";
import { exporters as registeredExporters } from "./exporters.ts";
import { renderExportPdf } from "./pdf.ts";
import { endingRepo, type SpaceEndingRow } from "./repo.ts";

function present(ending: SpaceEndingRow | undefined, memberId: string, now: Date): EndingView {
  const state = endingState(ending?.endedAt, now);
  // A closed space never gets this far: the membership gate answers 404 first.
  if (!ending || state.status !== "ending") return { status: "open" };
  return {
    status: "ending",
    endedAt: state.endedAt.toISOString(),
    closesAt: state.closesAt.toISOString(),
    daysLeft: state.daysLeft,
    endedByYou: ending.endedByMemberId === memberId,
  };
}

export function endingService(deps: { db: Database; clock: () => Date; exporters?: readonly Exporter[] }) {
  const { db, clock } = deps;
  const exporters = deps.exporters ?? registeredExporters;

  async function buildExport(accountId: string, spaceId: string): Promise<ExportDocument> {
    const { space, member } = await requireMembership(db, accountId, spaceId);
    const now = clock();
    const members = await spacesRepo(db).activeMembers(spaceId);
    const me = members.find((m) => m.id === member.id);
    const other = otherMember(members, member);
    const ending = await endingRepo(db).find(spaceId);
    const context = { db, spaceId, memberId: member.id, otherMemberId: other?.id ?? null, now };
    const sections = await Promise.all(
      exporters.map(async (exporter) => ({
        id: exporter.id,
        title: exporter.title,
        items: await exporter.items(context),
      })),
    );
    return {
      format: "mend-export",
      version: 1,
      exportedAt: now.toISOString(),
      space: {
        id: space.id,
        relationship: space.relationship as RelationshipKind,
        createdAt: space.createdAt.toISOString(),
        yourName: me?.displayName ?? "",
        otherName: other?.displayName ?? null,
        endedAt: ending?.endedAt.toISOString() ?? null,
        closesAt: ending?.closesAt.toISOString() ?? null,
      },
      sections,
    };
  }

  return {
    async view(account: AccountView, spaceId: string): Promise<EndingView> {
      const { member } = await requireMembership(db, account.id, spaceId);
      return present(await endingRepo(db).find(spaceId), member.id, clock());
    },

    /**
     * Either member can end the repair, alone and without a reason. Ending twice changes nothing:
     * the first ending and its closing date stand.
     */
    async end(account: AccountView, spaceId: string): Promise<EndingView> {
      return db.transaction(async (tx) => {
        const { member } = await requireMembership(tx, account.id, spaceId);
        const spaces = spacesRepo(tx);
        await spaces.lockSpace(spaceId);
        const now = clock();
        const repo = endingRepo(tx);
        const created = await repo.insert({
          spaceId,
          endedByMemberId: member.id,
          endedAt: now,
          closesAt: closesAt(now),
        });
        if (created) {
          // Nobody new may join a repair that has ended.
          await invitationsRepo(tx).revokeAllOpen(spaceId, now);
          await spaces.recordEvent({ spaceId, memberId: member.id, kind: "space.ended", at: now });
        }
        return present(created ?? (await repo.find(spaceId)), member.id, now);
      });
    },

    exportJson: buildExport,

    async exportPdf(accountId: string, spaceId: string): Promise<{ pdf: Buffer; exportedAt: Date }> {
      const document = await buildExport(accountId, spaceId);
      return { pdf: await renderExportPdf(document), exportedAt: new Date(document.exportedAt) };
    },

    /**
     * Lazily closes the account's spaces whose 30 days are over, before any space request is
     * handled, so a closed space answers 404 everywhere without a background job.
     */
    async closeDueSpaces(accountId: string): Promise<void> {
      const due = await endingRepo(db).dueSpacesOf(accountId, clock());
      for (const { spaceId, closesAt } of due) {
        await db.transaction((tx) => endingRepo(tx).closeEnded(spaceId, closesAt));
      }
    },
  };
}

export type EndingService = ReturnType<typeof endingService>;
