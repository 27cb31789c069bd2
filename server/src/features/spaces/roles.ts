import { type BreachView, type RepairRole, resolveRoles } from "@mend/core/spaces/roles";
import type { Database } from "../../db/database.ts";
import { type MemberWithName, spacesRepo } from "./repo.ts";

export interface MemberRoles {
  members: MemberWithName[];
  roleOf(memberId: string): RepairRole;
}

/** Each active member's role, resolved from both members' own views of what happened. */
export async function memberRoles(db: Database, spaceId: string): Promise<MemberRoles> {
  return rolesOf(await spacesRepo(db).activeMembers(spaceId));
}

export function rolesOf(members: MemberWithName[]): MemberRoles {
  const [first, second] = members;
  return {
    members,
    roleOf(memberId) {
      const me = members.find((m) => m.id === memberId);
      if (!me) throw new Error("not a member of this space");
      const other = me === first ? second : first;
      return resolveRoles(me.view as BreachView, other?.view as BreachView | undefined).own;
    },
  };
}

export async function myRoleIn(db: Database, spaceId: string, memberId: string): Promise<RepairRole> {
  return (await memberRoles(db, spaceId)).roleOf(memberId);
}
