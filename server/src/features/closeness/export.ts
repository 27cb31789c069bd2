import { ladderAnswerLabels, ladderFor, ladderKindFor } from "@mend/core/closeness/ladder";
import type { ExportItem } from "@mend/core/ending/contract";
import type { RelationshipKind } from "@mend/core/spaces/contract";
import { exportPair } from "../ending/export-pair.ts";
import { type Exporter, iso, readableDate } from "../ending/export-types.ts";
import { hasEnded } from "../ending/guard.ts";
import { spacesRepo } from "../spaces/repo.ts";
import { ladderAnswers, ladderTogether, planReaches, presentPlan } from "./presenters.ts";
import { closenessRepo } from "./repo.ts";

export const appreciationsExporter: Exporter = {
  id: "appreciations",
  title: "Appreciations",
  async items({ db, memberId }) {
    const repo = closenessRepo(db);
    const received = (await repo.receivedBy(memberId)).map((row) => ({
      title: "Appreciation you received",
      at: iso(row.createdAt),
      from: "them" as const,
      visibility: "shared" as const,
      text: row.text,
      details: [],
    }));
    const sent = (await repo.sentBy(memberId)).map((row) => ({
      title: "Appreciation you sent",
      at: iso(row.createdAt),
      from: "you" as const,
      visibility: "shared" as const,
      text: row.text,
      details: [],
    }));
    return [...received, ...sent];
  },
};

/** Each plan as the member sees it in the app, so the other's line appears only if they could read it. */
export const timeTogetherExporter: Exporter = {
  id: "time_together",
  title: "Time together",
  async items(context) {
    const pair = await exportPair(context);
    if (!pair) return [];
    const records = await closenessRepo(context.db).plansOf(context.spaceId);
    return records
      .filter((record) => planReaches(pair, record))
      .map((record): ExportItem => {
        const plan = presentPlan(record, pair.me.id);
        return {
          title: plan.title,
          at: plan.createdAt,
          from: "together",
          visibility: "shared",
          details: [
            { label: "Status", value: plan.status.replace("_", " ") },
            ...(plan.plannedFor ? [{ label: "Planned for", value: plan.plannedFor }] : []),
            ...(plan.doneAt ? [{ label: "Done on", value: readableDate(new Date(plan.doneAt)) }] : []),
            ...(plan.yourReflection ? [{ label: "Your line", value: plan.yourReflection.text }] : []),
            ...(plan.theirReflection ? [{ label: "Their line", value: plan.theirReflection.text }] : []),
          ],
        };
      });
  },
};

/**
 * Your own answers (private), and the steps you both said yes to while the repair was open, counted as
 * the ladder page counts them (`ladderTogether`).
 */
export const ladderExporter: Exporter = {
  id: "closeness_ladder",
  title: "Closeness ladder",
  async items(context) {
    const pair = await exportPair(context);
    if (!pair) return [];
    const { db, spaceId, now } = context;
    const steps = ladderFor(ladderKindFor(pair.space.relationship as RelationshipKind));
    const repo = closenessRepo(db);
    const myRows = await repo.answersOf(pair.me.id);
    const mine = Object.fromEntries(ladderAnswers(myRows));
    const together = new Set(
      pair.other && !(await hasEnded(db, spaceId, now))
        ? ladderTogether(
            steps,
            await spacesRepo(db).lastDepartureAt(spaceId),
            myRows,
            await repo.answersOf(pair.other.id),
          )
        : [],
    );
    return steps.flatMap((step): ExportItem[] => {
      const answer = mine[step.id];
      const items: ExportItem[] = [];
      if (answer) {
        items.push({
          title: step.title,
          at: null,
          from: "you",
          visibility: "private",
          details: [{ label: "Your answer", value: ladderAnswerLabels[answer] }],
        });
      }
      if (together.has(step.id)) {
        items.push({
          title: step.title,
          at: null,
          from: "together",
          visibility: "shared",
          details: [{ label: "Both said yes", value: "Yes" }],
        });
      }
      return items;
    });
  },
};
