import type { ForgivenessStepId } from "@mend/core/method/facts";
import type { FactsSource } from "../journey/facts.ts";
import { reachesEveryone } from "../spaces/pair.ts";
import { forgivenessRepo } from "./repo.ts";

/** Shared forgiveness steps, dated when they were shared. Unshared reflections never become facts. */
export const forgivenessFacts: FactsSource = async ({ db, spaceId, roles }) => {
  const rows = await forgivenessRepo(db).sharedSteps(
    spaceId,
    roles.members.map((m) => m.id),
  );
  const members: Record<string, { forgivenessSteps: { step: ForgivenessStepId; at: Date }[] }> = {};
  for (const row of rows) {
    if (!row.sharedAt || !reachesEveryone(roles.members, row.memberId, row.sharedAt)) continue;
    const entry = members[row.memberId] ?? { forgivenessSteps: [] };
    entry.forgivenessSteps.push({ step: row.step as ForgivenessStepId, at: row.sharedAt });
    members[row.memberId] = entry;
  }
  return { members };
};
