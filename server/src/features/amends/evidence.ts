import { amendEvidence } from "@mend/core/amends/evidence";
import type { EvidenceSource } from "../insights/evidence-sources.ts";
import { sharedAmends } from "./records.ts";

/** Amends confirmed as made (`amend_made`) and agreed amends left past their date (`amend_late`), about the maker. */
export const amendsEvidence: EvidenceSource = async (reads, now) => {
  const { amends, steps, countered } = await sharedAmends(reads);
  return { evidence: Object.fromEntries(amendEvidence(amends, steps, countered, now)) };
};
