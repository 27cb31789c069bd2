import { type BreachView, resolveRoles } from "@mend/core/spaces/roles";
import type { SpaceContext } from "../agreements/context.ts";
import type { Pair } from "../spaces/pair.ts";
import { type MemberWithName, spacesRepo } from "../spaces/repo.ts";
import type { ExportContext } from "./export-types.ts";

/**
 * The member and the other person as the features' presenters expect them, so an exporter shows
 * exactly what the member could see in the app. Undefined if the member is no longer in the space.
 */
export async function exportPair({
  db,
  spaceId,
  memberId,
}: ExportContext): Promise<(Pair & { me: MemberWithName; other: MemberWithName | undefined }) | undefined> {
  const space = await spacesRepo(db).findSpace(spaceId);
  const members = await spacesRepo(db).activeMembers(spaceId);
  const me = members.find((m) => m.id === memberId);
  if (!space || !me) return undefined;
  const other = members.find((m) => m.id !== memberId);
  const roles = resolveRoles(me.view as BreachView, other?.view as BreachView | undefined);
  return { space, me, other, roles };
}

/** The same, in the shape the agreement and promise presenters read. */
export async function exportSpaceContext(context: ExportContext): Promise<SpaceContext | undefined> {
  const pair = await exportPair(context);
  if (!pair) return undefined;
  return { spaceId: context.spaceId, me: pair.me, other: pair.other, role: pair.roles.own };
}
