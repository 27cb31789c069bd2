import { assessReadiness, readinessAnswersSchema } from "@mend/core/readiness/index";
import type { EvidenceSource } from "../insights/evidence-sources.ts";
import { readActiveMembers } from "../spaces/repo.ts";
import { rolesOf } from "../spaces/roles.ts";
import { readinessRepo } from "./repo.ts";

/**
 * Whether each member's own latest check found something that blocks repair for now. The help rules
 * use it privately: a suggestion it triggers goes only to that member.
 */
export const readinessEvidence: EvidenceSource = async (reads) => {
  const roles = rolesOf(await reads.read(readActiveMembers));
  const repo = readinessRepo(reads.db);
  const readiness = [];
  for (const member of roles.members) {
    const latest = await repo.latestOf(member.id);
    if (!latest) continue;
    const result = assessReadiness(readinessAnswersSchema.parse(latest.answers), roles.roleOf(member.id));
    readiness.push({ memberId: member.id, hasBlockingFactor: result.blockers.length > 0 });
  }
  return { facts: { readiness } };
};
