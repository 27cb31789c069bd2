import type { ExportItem } from "@mend/core/ending/contract";
import type { Party } from "@mend/core/spaces/party";
import { groundRuleLabels, reflectionRatingLabels } from "@mend/core/talks/rules";
import { exportPair } from "../ending/export-pair.ts";
import { type Exporter, readableDate } from "../ending/export-types.ts";
import { betweenUs } from "../spaces/pair.ts";
import { presentTalk } from "./presenters.ts";
import { talksRepo } from "./repo.ts";

type Detail = ExportItem["details"][number];

const speaker = (party: Party) => (party === "you" ? "You" : "They");
const listener = (party: Party) => (party === "you" ? "They" : "You");

/**
 * The talks between the two current members as both saw them (turns, what was heard, summaries),
 * and the member's own private reflection on each. The other person's reflection is never read.
 */
export const talksExporter: Exporter = {
  id: "talks",
  title: "Talks",
  async items(context) {
    const pair = await exportPair(context);
    if (!pair) return [];
    const repo = talksRepo(context.db);
    const entries = await repo.entriesInSpace(context.spaceId);
    const reflections = await repo.reflectionsOf(pair.me.id);
    return (await repo.talksInSpace(context.spaceId))
      .filter((talk) => betweenUs(pair, talk.proposerMemberId, talk.partnerMemberId))
      .map((talk) =>
        presentTalk(
          pair,
          talk,
          entries,
          reflections.find((r) => r.talkId === talk.id),
          context.now,
        ),
      )
      .flatMap((talk): ExportItem[] => {
        const turns = talk.turns.flatMap((turn): Detail[] => [
          { label: `${speaker(turn.speaker)} said`, value: turn.point },
          ...turn.attempts.map((attempt) => ({
            label: `${listener(turn.speaker)} heard`,
            value: attempt.rating
              ? `${attempt.text} (${reflectionRatingLabels[attempt.rating]})`
              : attempt.text,
          })),
        ]);
        const shared: ExportItem = {
          title: talk.topic,
          at: talk.createdAt,
          from: "together",
          visibility: "shared",
          details: [
            { label: "Proposed by", value: talk.proposedBy === "you" ? "You" : "The other person" },
            { label: "Where it stands", value: talk.status.replaceAll("_", " ") },
            ...(talk.endedAt ? [{ label: "Ended on", value: readableDate(new Date(talk.endedAt)) }] : []),
            { label: "Time agreed", value: `${talk.limitMinutes} minutes` },
            ...(talk.groundRules.length > 0
              ? [
                  {
                    label: "Ground rules",
                    value: talk.groundRules.map((rule) => groundRuleLabels[rule]).join("; "),
                  },
                ]
              : []),
            ...talk.customRules.map((rule) => ({ label: "Our own rule", value: rule })),
            ...turns,
            ...talk.summaries.map((summary) => ({
              label: summary.by === "you" ? "Your summary" : "Their summary",
              value: summary.text,
            })),
          ],
        };
        const reflection: ExportItem[] = talk.yourReflection
          ? [
              {
                title: `Your reflection after "${talk.topic}"`,
                at: talk.yourReflection.updatedAt,
                from: "you",
                visibility: "private",
                ...(talk.yourReflection.sealed
                  ? {
                      sealed: {
                        kind: "talk-reflection" as const,
                        itemId: talk.id,
                        envelope: talk.yourReflection.sealed,
                      },
                    }
                  : { text: talk.yourReflection.plain ?? "" }),
                details: [],
              },
            ]
          : [];
        return [shared, ...reflection];
      });
  },
};
