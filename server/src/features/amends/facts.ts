import { amendsMadeByMember } from "@mend/core/amends/evidence";
import type { FactsSource } from "../journey/facts.ts";
import { sharedAmends } from "./records.ts";

/** For the journey: when each member's amends were confirmed as made (the apology phase shows them). */
export const amendsFacts: FactsSource = async ({ reads }) => {
  const { amends, steps } = await sharedAmends(reads);
  const made = amendsMadeByMember(amends, steps);
  return { members: Object.fromEntries([...made].map(([memberId, at]) => [memberId, { amendsMade: at }])) };
};
