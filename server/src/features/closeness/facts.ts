import type { FactsSource } from "../journey/facts.ts";
import { reachesEveryone } from "../spaces/pair.ts";
import { closenessRepo } from "./repo.ts";

/**
 * Appreciations sent (shared by nature) and time together marked done. Ladder answers never become
 * facts: they are private, and even a match says nothing the method needs.
 */
export const closenessFacts: FactsSource = async ({ db, spaceId, roles }) => {
  const repo = closenessRepo(db);
  const members: Record<string, { appreciationsShared: Date[] }> = {};
  const rows = await repo.appreciationDates(
    spaceId,
    roles.members.map((m) => m.id),
  );
  for (const row of rows) {
    if (!reachesEveryone(roles.members, row.memberId, row.at)) continue;
    const entry = members[row.memberId] ?? { appreciationsShared: [] };
    entry.appreciationsShared.push(row.at);
    members[row.memberId] = entry;
  }
  const done = (await repo.plansDone(spaceId)).filter(
    (plan) => plan.authorId !== null && reachesEveryone(roles.members, plan.authorId, plan.createdAt),
  );
  const closenessActivities = done.map((plan) => plan.doneAt).sort((a, b) => a.getTime() - b.getTime());
  return { members, space: { closenessActivities } };
};
