import type { FactsSource } from "../journey/facts.ts";
import { agreementEvidence } from "./evidence.ts";

/** Promises made, kept (as the other confirmed them) and missed, and the space's agreements, for the method. */
export const agreementsFacts: FactsSource = async ({ reads, now, roles }) => {
  const { members, agreements } = await agreementEvidence(reads, now);
  const current = new Set(roles.members.map((m) => m.id));
  return {
    space: { agreements },
    members: Object.fromEntries(
      members.filter((m) => current.has(m.memberId)).map((m) => [m.memberId, m.facts]),
    ),
  };
};
