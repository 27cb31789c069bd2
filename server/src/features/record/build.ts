import type { RecordEntry } from "@mend/core/record/contract";
import { type BreachView, resolveRoles } from "@mend/core/spaces/roles";
import type { Database } from "../../db/database.ts";
import type { SpaceRow } from "../spaces/repo.ts";
import { type MemberWithName, spacesRepo } from "../spaces/repo.ts";
import { recordSources } from "./sources.ts";
import type { RecordSide } from "./types.ts";

function sideOf(space: SpaceRow, me: MemberWithName, other: MemberWithName, now: Date): RecordSide {
  const roles = resolveRoles(me.view as BreachView, other.view as BreachView);
  return {
    pair: { space, me, other, roles },
    context: { spaceId: space.id, me, other, role: roles.own },
    now,
    nameOf: (person) =>
      person === "you" ? me.displayName : person === "other" ? other.displayName : "Someone who has left",
  };
}

/**
 * The whole record of a space between its two members now, newest first; the same for either of
 * them. Each source is presented from both members' sides and an entry is kept only when both
 * sides show it, told the same way: so nothing one person cannot see in the app reaches the record,
 * and neither person's record can hold something the other's does not. Empty until both are here.
 */
export async function buildRecord(db: Database, space: SpaceRow, now: Date): Promise<RecordEntry[]> {
  const [first, second] = await spacesRepo(db).activeMembers(space.id);
  if (!first || !second) return [];
  const sides = [sideOf(space, first, second, now), sideOf(space, second, first, now)] as const;
  const entries: RecordEntry[] = [];
  for (const source of recordSources) {
    const present = await source.read(db, space.id);
    const fromSecond = new Map(present(sides[1]).map((entry) => [entry.id, JSON.stringify(entry)]));
    for (const entry of present(sides[0])) {
      if (fromSecond.get(entry.id) === JSON.stringify(entry)) entries.push(entry);
    }
  }
  return entries.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.id < b.id ? -1 : 1));
}
