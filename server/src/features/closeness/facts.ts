import type { FactsSource } from "../journey/facts.ts";
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
    const entry = members[row.memberId] ?? { appreciationsShared: [] };
    entry.appreciationsShared.push(row.at);
    members[row.memberId] = entry;
  }
  return { members, space: { closenessActivities: await repo.doneDates(spaceId) } };
};
