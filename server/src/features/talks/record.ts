import type { RecordEntry } from "@mend/core/record/contract";
import type { RecordSourceDefinition } from "../record/types.ts";
import { betweenUs } from "../spaces/pair.ts";
import { presentTalk } from "./presenters.ts";
import { talksRepo } from "./repo.ts";

/**
 * Each talk one proposed to the other, and the summaries they wrote of it for each other. The turns
 * stay in the talk itself; each person's private reflection on it never comes near the record.
 */
export const talksRecord: RecordSourceDefinition = {
  id: "talks",
  async read(db, spaceId) {
    const repo = talksRepo(db);
    const talks = await repo.talksInSpace(spaceId);
    const entries = await repo.entriesInSpace(spaceId);
    return (side) =>
      talks
        .filter((talk) => betweenUs(side.pair, talk.proposerMemberId, talk.partnerMemberId))
        .flatMap((talk) => {
          const view = presentTalk(side.pair, talk, entries, undefined, side.now);
          const proposer = side.nameOf(view.proposedBy);
          const partner = side.nameOf(view.proposedBy === "you" ? "other" : "you");
          const proposed: RecordEntry = {
            id: `talk:${view.id}`,
            kind: "asked",
            source: "talks",
            at: view.createdAt,
            by: proposer,
            title: `${proposer} asked ${partner} for a talk: "${view.topic}"`,
            text: null,
          };
          const summaries = view.summaries.map((summary): RecordEntry => {
            const by = side.nameOf(summary.by);
            return {
              id: `talk-summary:${summary.id}`,
              kind: "shared",
              source: "talks",
              at: summary.at,
              by,
              title: `${by} summed up the talk "${view.topic}"`,
              text: summary.text,
            };
          });
          return [proposed, ...summaries];
        });
  },
};
