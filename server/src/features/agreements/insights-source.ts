import type { EvidenceSource } from "../insights/evidence-sources.ts";
import { agreementEvidence } from "./evidence.ts";

/** Promises, agreements and transparency as the insights page and the trust model read them. */
export const agreementInsights: EvidenceSource = async (reads, now) => {
  const { members } = await agreementEvidence(reads, now);
  return {
    evidence: Object.fromEntries(members.map((m) => [m.memberId, m.evidence])),
    facts: {
      promises: members.flatMap((m) => [
        ...m.facts.promisesKept.map((dueAt) => ({ ownerId: m.memberId, dueAt, outcome: "kept" as const })),
        ...m.facts.promisesMissed.map((dueAt) => ({
          ownerId: m.memberId,
          dueAt,
          outcome: "missed" as const,
        })),
      ]),
      transparency: members.flatMap((m) =>
        m.evidence
          .filter((e) => e.kind === "proactive_transparency")
          .map((e) => ({ memberId: m.memberId, at: e.at })),
      ),
    },
  };
};
