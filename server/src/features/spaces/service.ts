import type { AccountView } from "@mend/core/accounts/contract";
import type { CreateSpaceInput, SpaceSummaryView, SpaceView } from "@mend/core/spaces/contract";
import type { Database } from "../../db/database.ts";
import { notFound } from "../../http/errors.ts";
import type { SpaceEventPublisher } from "../../realtime/bus.ts";
import { invitationsRepo } from "../invitations/repo.ts";
import { otherMember, presentSpace, presentSpaceSummary } from "./presenters.ts";
import { spacesRepo } from "./repo.ts";

export const spaceNotFound = () => notFound("That space");

/**
 * The membership gate every space route goes through: a non-member, a former member and a
 * missing space all get the same "not found".
 */
export async function requireMembership(db: Database, accountId: string, spaceId: string) {
  const found = await spacesRepo(db).findMembership(spaceId, accountId);
  if (!found) throw spaceNotFound();
  return found;
}

/** `events` tells open live streams when someone leaves; the command line, which has none, leaves it out. */
export function spacesService(deps: { db: Database; clock: () => Date; events?: SpaceEventPublisher }) {
  const { db, clock, events } = deps;

  async function view(accountId: string, spaceId: string): Promise<SpaceView> {
    const { space, member } = await requireMembership(db, accountId, spaceId);
    const repo = spacesRepo(db);
    const members = await repo.activeMembers(space.id);
    const me = members.find((m) => m.id === member.id);
    if (!me) throw spaceNotFound();
    const other = otherMember(members, member);
    return presentSpace({
      space,
      me,
      other,
      otherLeft: other ? false : await repo.hasFormerMembers(space.id),
      invitation: other ? undefined : await invitationsRepo(db).findActive(space.id, clock()),
    });
  }

  return {
    view,

    async create(account: AccountView, input: CreateSpaceInput): Promise<SpaceView> {
      const spaceId = await db.transaction(async (tx) => {
        const repo = spacesRepo(tx);
        const now = clock();
        const space = await repo.insertSpace({
          relationship: input.relationship,
          breachKinds: input.breachKinds,
          expectedName: input.otherName,
          createdAt: now,
        });
        const member = await repo.insertMember({
          spaceId: space.id,
          accountId: account.id,
          view: input.view,
          joinedAt: now,
        });
        await repo.recordEvent({ spaceId: space.id, memberId: member.id, kind: "space.created", at: now });
        return space.id;
      });
      return view(account.id, spaceId);
    },

    async list(account: AccountView): Promise<SpaceSummaryView[]> {
      const repo = spacesRepo(db);
      const rows = await repo.spacesOf(account.id);
      return Promise.all(
        rows.map(async ({ space, member }) =>
          presentSpaceSummary(space, member, otherMember(await repo.activeMembers(space.id), member)),
        ),
      );
    },

    /** Leaving is always allowed and needs nobody's consent; the last one out closes the space. */
    async leave(account: AccountView, spaceId: string): Promise<void> {
      await db.transaction(async (tx) => {
        const { member } = await requireMembership(tx, account.id, spaceId);
        const repo = spacesRepo(tx);
        await repo.lockSpace(spaceId);
        const now = clock();
        await repo.markLeft(member.id, now);
        await repo.recordEvent({ spaceId, memberId: member.id, kind: "member.left", at: now });
        const remaining = await repo.activeMembers(spaceId);
        // An open link made by the person who left must not let a stranger in after them.
        await invitationsRepo(tx).revokeAllOpen(spaceId, now);
        if (remaining.length === 0) await repo.closeSpace(spaceId, now);
      });
      // The leaver's open streams end at once, and the other person's notice straight away
      // instead of on their next heartbeat.
      await events?.publish(spaceId);
    },
  };
}

export type SpacesService = ReturnType<typeof spacesService>;
