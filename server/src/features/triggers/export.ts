import type { ExportItem } from "@mend/core/ending/contract";
import {
  reassuranceAskLabels,
  triggerCategoryLabels,
  triggerIntensityLabels,
} from "@mend/core/triggers/fields";
import { exportPair } from "../ending/export-pair.ts";
import { type Exporter, readableDate } from "../ending/export-types.ts";
import { betweenUs } from "../spaces/pair.ts";
import { presentRequest, presentTrigger } from "./presenters.ts";
import { triggersRepo } from "./repo.ts";
import { visible } from "./service.ts";

/** The member's own triggers (shared or not), and the other person's only while they share them. */
export const triggersExporter: Exporter = {
  id: "triggers",
  title: "Triggers",
  async items(context) {
    const pair = await exportPair(context);
    if (!pair) return [];
    return (await triggersRepo(context.db).triggersInSpace(context.spaceId))
      .filter((row) => visible(pair, row))
      .map((row) => presentTrigger(pair, row))
      .map(
        (trigger): ExportItem => ({
          title:
            trigger.author === "you"
              ? `Your trigger: ${triggerCategoryLabels[trigger.category]}`
              : `Shared with you: ${triggerCategoryLabels[trigger.category]}`,
          at: trigger.occurredAt,
          from: trigger.author === "you" ? "you" : "them",
          visibility: trigger.author === "you" && !trigger.shared ? "private" : "shared",
          ...(trigger.author === "you" && trigger.sealed
            ? { sealed: { kind: "trigger-note" as const, itemId: trigger.id, envelope: trigger.sealed } }
            : {}),
          ...(trigger.author === "you" && trigger.plain ? { text: trigger.plain } : {}),
          details: [
            {
              label: "How strong",
              value: `${triggerIntensityLabels[trigger.intensity] ?? ""} (${trigger.intensity} of 5)`.trim(),
            },
          ],
        }),
      );
  },
};

/** Requests for reassurance between the two current members, with every reply and how it landed. */
export const reassuranceExporter: Exporter = {
  id: "reassurance",
  title: "Reassurance",
  async items(context) {
    const pair = await exportPair(context);
    if (!pair) return [];
    const repo = triggersRepo(context.db);
    const rows = {
      replies: await repo.repliesInSpace(context.spaceId),
      outcomes: await repo.outcomesInSpace(context.spaceId),
    };
    return (await repo.requestsInSpace(context.spaceId))
      .filter((row) => betweenUs(pair, row.requesterMemberId, row.recipientMemberId))
      .map((row) => presentRequest(pair, row, rows))
      .map(
        (request): ExportItem => ({
          title: request.from === "you" ? "You asked for reassurance" : "They asked you for reassurance",
          at: request.createdAt,
          from: request.from === "you" ? "you" : "them",
          visibility: "shared",
          ...(request.message ? { text: request.message } : {}),
          details: [
            ...(request.ask
              ? [{ label: "The ask", value: `Could you ${reassuranceAskLabels[request.ask]}` }]
              : []),
            ...request.replies.map((reply) => ({
              label: `${reply.by === "you" ? "Your reply" : "Their reply"}, ${readableDate(new Date(reply.at))}`,
              value: reply.text,
            })),
            ...(request.outcome
              ? [{ label: "Did it help?", value: request.outcome.helped ? "Yes" : "Not this time" }]
              : []),
          ],
        }),
      );
  },
};
