import type { AccountView } from "@mend/core/accounts/contract";
import { appreciationPromptFor } from "@mend/core/closeness/appreciations";
import type { AppreciationInput, AppreciationsView, AppreciationView } from "@mend/core/closeness/contract";
import type { Database } from "../../db/database.ts";
import { AppError } from "../../http/errors.ts";
import type { SpaceEventPublisher } from "../../realtime/bus.ts";
import { requireOpenMembership } from "../ending/guard.ts";
import type { SharedReminders } from "../reminders/hand-over.ts";
import { otherMember } from "../spaces/presenters.ts";
import { spacesRepo } from "../spaces/repo.ts";
import { requireMembership } from "../spaces/service.ts";
import { presentAppreciation } from "./presenters.ts";
import { closenessRepo } from "./repo.ts";

export const notJoinedYet = (what: string) =>
  new AppError("conflict", `${what} is for the two of you, so it opens once the other person has joined.`);

export function appreciationsService(deps: {
  db: Database;
  clock: () => Date;
  events: SpaceEventPublisher;
  /** Reminders a deliberate act makes due for the other person, handed over after commit. */
  reminders?: SharedReminders;
}) {
  const { db, clock, events, reminders } = deps;

  return {
    async list(account: AccountView, spaceId: string, utcOffsetMinutes = 0): Promise<AppreciationsView> {
      const { member } = await requireMembership(db, account.id, spaceId);
      const repo = closenessRepo(db);
      return {
        received: (await repo.receivedBy(member.id)).map(presentAppreciation),
        sent: (await repo.sentBy(member.id)).map(presentAppreciation),
        prompt: appreciationPromptFor(clock(), utcOffsetMinutes),
      };
    },

    async send(account: AccountView, spaceId: string, input: AppreciationInput): Promise<AppreciationView> {
      const { saved, other } = await db.transaction(async (tx) => {
        const now = clock();
        const { member } = await requireOpenMembership(tx, account.id, spaceId, now);
        const other = otherMember(await spacesRepo(tx).activeMembers(spaceId), member);
        if (!other) throw notJoinedYet("Sending appreciations");
        const row = await closenessRepo(tx).insertAppreciation({
          spaceId,
          fromMemberId: member.id,
          toMemberId: other.id,
          text: input.text,
          createdAt: now,
        });
        await spacesRepo(tx).recordEvent({
          spaceId,
          memberId: member.id,
          kind: "appreciation.sent",
          at: now,
          data: { subjectId: row.id },
        });
        return { saved: presentAppreciation(row), other };
      });
      await events.publish(spaceId);
      await reminders?.shared(spaceId, other, "appreciation", saved.id);
      return saved;
    },
  };
}

export type AppreciationsService = ReturnType<typeof appreciationsService>;
