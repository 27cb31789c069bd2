import type { AppreciationView, LadderView, PlanView } from "@mend/core/closeness/contract";
import {
  type LadderAnswer,
  type LadderKind,
  type LadderStep,
  ladderFor,
  revealTogether,
} from "@mend/core/closeness/ladder";
import { allowedActions, type PlanStatus, visibleReflections } from "@mend/core/closeness/time-together";
import { givenSinceLastDeparture, reaches, type Sides } from "../spaces/pair.ts";
import type {
  AppreciationRow,
  LadderAnswerRow,
  PlanRecord,
  PlanReflectionRow,
  PlanVersionRow,
} from "./repo.ts";

/** Only the words and when they were sent: appreciations have no read state to present. */
export function presentAppreciation(row: AppreciationRow): AppreciationView {
  return { id: row.id, text: row.text, createdAt: row.createdAt.toISOString() };
}

export function latestVersion(record: PlanRecord): PlanVersionRow {
  const latest = record.versions.at(-1);
  if (!latest) throw new Error("a plan always has a first version");
  return latest;
}

const reflectionOf = (row: PlanReflectionRow) => ({ text: row.text, at: row.createdAt.toISOString() });

/** A plan as `viewerId` sees it: the other person's line only once the viewer has written theirs. */
export function presentPlan(record: PlanRecord, viewerId: string): PlanView {
  const latest = latestVersion(record);
  const status = latest.status as PlanStatus;
  const done = record.versions.find((v) => v.status === "done");
  const lines = visibleReflections(
    record.reflections.find((r) => r.memberId === viewerId),
    record.reflections.find((r) => r.memberId !== viewerId),
  );
  return {
    id: record.plan.id,
    ideaId: record.plan.ideaId,
    title: latest.title,
    plannedFor: latest.plannedFor,
    status,
    createdAt: record.plan.createdAt.toISOString(),
    doneAt: done ? done.at.toISOString() : null,
    history: record.versions.map((v) => ({
      version: v.version,
      title: v.title,
      plannedFor: v.plannedFor,
      status: v.status as PlanStatus,
      at: v.at.toISOString(),
      byYou: v.byMemberId === viewerId,
    })),
    yourReflection: lines.mine ? reflectionOf(lines.mine) : null,
    ...(lines.theirs ? { theirReflection: reflectionOf(lines.theirs) } : {}),
    can: allowedActions(status).filter((action) => action !== "reflect" || !lines.mine),
  };
}

/** Each step's answer, as the member who gave them sees them: all of them, whenever given. */
export function ladderAnswers(rows: readonly LadderAnswerRow[]): Map<string, LadderAnswer> {
  return new Map(rows.map((row) => [row.stepId, row.answer as LadderAnswer]));
}

/**
 * The steps both people now in the space said yes to, each yes given since anyone last left
 * (`givenSinceLastDeparture`): a yes the one who stayed gave before the other person left is not
 * revealed by a newcomer's yes, and counts once it is given again.
 */
export function ladderTogether(
  steps: readonly LadderStep[],
  lastDepartureAt: Date | undefined,
  mine: readonly LadderAnswerRow[],
  theirs: readonly LadderAnswerRow[],
): string[] {
  const current = (rows: readonly LadderAnswerRow[]) =>
    Object.fromEntries(
      ladderAnswers(rows.filter((row) => givenSinceLastDeparture(lastDepartureAt, row.answeredAt))),
    );
  return revealTogether(steps, current(mine), current(theirs));
}

/**
 * The ladder from one member's side, built from their own answers and the list of steps both said
 * yes to, and from nothing else about the other person.
 */
export function presentLadder(
  kind: LadderKind,
  mine: ReadonlyMap<string, LadderAnswer>,
  together: readonly string[],
): LadderView {
  const steps: readonly LadderStep[] = ladderFor(kind);
  return {
    kind,
    steps: steps.map((step) => ({
      id: step.id,
      title: step.title,
      detail: step.detail,
      yourAnswer: mine.get(step.id) ?? null,
    })),
    together: [...together],
  };
}

/**
 * A plan is shared by whoever first wrote it, as it is made (`reaches` in spaces/pair.ts); and it stays
 * with anyone who took part in it, even once the one who proposed it has gone.
 */
export function planReaches(pair: Sides, record: PlanRecord): boolean {
  if (record.versions.some((version) => version.byMemberId === pair.me.id)) return true;
  const author = record.versions[0]?.byMemberId;
  return typeof author === "string" && reaches(pair, author, record.plan.createdAt);
}
