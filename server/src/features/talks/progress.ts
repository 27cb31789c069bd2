import type { TrustEvidence } from "@mend/core/trust/evidence";
import { inSequence } from "../../db/in-sequence.ts";
import { statementEvidence, statementFacts } from "../acknowledgment/evidence.ts";
import type { EvidenceSource } from "../insights/evidence-sources.ts";
import type { FactsSource } from "../journey/facts.ts";
import { questionAnswersAccepted, questionEvidence, questionFacts } from "../questions/evidence.ts";
import { reassuranceEvidence } from "../triggers/evidence.ts";
import { talkFacts } from "./evidence.ts";

/**
 * How the talking features (statements, questions, reassurance, talks) feed the method's phases and
 * the insights. All of it comes from what was shared between the two, never from drafts.
 */
export const talkingFacts: FactsSource = async ({ reads, now }) => {
  const [statements, questions, talks] = await inSequence(
    () => statementFacts(reads, now),
    () => questionFacts(reads, now),
    () => talkFacts(reads, now),
  );
  const members: Record<string, object> = {};
  for (const [memberId, facts] of statements) members[memberId] = { ...facts };
  for (const [memberId, facts] of questions) members[memberId] = { ...members[memberId], ...facts };
  return { space: { talksHeld: talks.talksHeld, talksPaused: talks.talksPaused }, members };
};

function merge(...maps: Map<string, TrustEvidence[]>[]): Record<string, TrustEvidence[]> {
  const merged: Record<string, TrustEvidence[]> = {};
  for (const map of maps) {
    for (const [memberId, events] of map) merged[memberId] = [...(merged[memberId] ?? []), ...events];
  }
  return merged;
}

export const talkingEvidence: EvidenceSource = async (reads, now) => {
  const [statements, questions, reassurance, talks, statementMoments, questionMoments, answersAccepted] =
    await inSequence(
      () => statementEvidence(reads, now),
      () => questionEvidence(reads, now),
      () => reassuranceEvidence(reads, now),
      () => talkFacts(reads, now),
      () => statementFacts(reads, now),
      () => questionFacts(reads, now),
      () => questionAnswersAccepted(reads, now),
    );
  return {
    evidence: merge(statements, questions, reassurance),
    facts: {
      talks: talks.talks,
      feltHeard: [...statementMoments].flatMap(([memberId, facts]) =>
        facts.acknowledgmentResponses
          .filter((r) => r.response === "heard")
          .map((r) => ({ memberId, at: r.at })),
      ),
      questionsAnswered: [...questionMoments].flatMap(([memberId, facts]) =>
        facts.questionsAnswered.map((at) => ({ memberId, at })),
      ),
      answersAccepted,
    },
  };
};
