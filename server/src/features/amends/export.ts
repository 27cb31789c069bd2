import { amendStatusLabels } from "@mend/core/amends/fields";
import type { ExportItem } from "@mend/core/ending/contract";
import { exportPair } from "../ending/export-pair.ts";
import { type Exporter, readableDate } from "../ending/export-types.ts";
import { presentAmend } from "./presenters.ts";
import { amendsRepo } from "./repo.ts";
import { visibleAmend } from "./service.ts";

const actionLabels = {
  accepted: { you: "You accepted", other: "They accepted" },
  declined: { you: "You declined", other: "They declined" },
  withdrawn: { you: "You withdrew it", other: "They withdrew it" },
  done: { you: "You marked it made", other: "They marked it made" },
  confirmed: { you: "You confirmed it was made", other: "They confirmed it was made" },
  not_yet: { you: "You said it isn't made yet", other: "They said it isn't made yet" },
} as const;

/** Amends between the two current members, with every answer; both members' copies hold the same. */
export const amendsExporter: Exporter = {
  id: "amends",
  title: "Amends",
  async items(context) {
    const pair = await exportPair(context);
    if (!pair) return [];
    const repo = amendsRepo(context.db);
    const rows = {
      amends: await repo.amendsInSpace(context.spaceId),
      steps: await repo.stepsInSpace(context.spaceId),
    };
    return rows.amends
      .filter((row) => visibleAmend(pair, row))
      .map((row) => presentAmend(pair, row, rows, context.now))
      .map(
        (amend): ExportItem => ({
          title:
            amend.origin === "offered"
              ? amend.proposedBy === "you"
                ? "You offered an amend"
                : "They offered an amend"
              : amend.proposedBy === "you"
                ? "You asked for an amend"
                : "They asked for an amend",
          at: amend.createdAt,
          from: amend.proposedBy === "you" ? "you" : "them",
          visibility: "shared",
          text: amend.what,
          details: [
            { label: "Where it stands", value: amendStatusLabels[amend.status] },
            ...(amend.byDate
              ? [{ label: "By", value: readableDate(new Date(`${amend.byDate}T00:00:00Z`)) }]
              : []),
            ...amend.steps.map((step) => ({
              label: `${actionLabels[step.action][step.by]}, ${readableDate(new Date(step.at))}`,
              value: step.note ?? "",
            })),
          ],
        }),
      );
  },
};
