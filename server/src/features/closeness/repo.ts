import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { Database } from "../../db/database.ts";
import { isUuid } from "../spaces/repo.ts";
import {
  appreciations,
  closenessLadderAnswers,
  timeTogetherPlans,
  timeTogetherReflections,
  timeTogetherVersions,
} from "./tables.ts";

export type AppreciationRow = typeof appreciations.$inferSelect;
export type PlanRow = typeof timeTogetherPlans.$inferSelect;
export type PlanVersionRow = typeof timeTogetherVersions.$inferSelect;
export type PlanReflectionRow = typeof timeTogetherReflections.$inferSelect;
export type LadderAnswerRow = typeof closenessLadderAnswers.$inferSelect;

/** A plan with its whole history, oldest version first. */
export interface PlanRecord {
  plan: PlanRow;
  versions: PlanVersionRow[];
  reflections: PlanReflectionRow[];
}

function inserted<T>(rows: T[]): T {
  const [row] = rows;
  if (!row) throw new Error("insert returned no row");
  return row;
}

export function closenessRepo(db: Database) {
  async function records(plans: PlanRow[]): Promise<PlanRecord[]> {
    if (plans.length === 0) return [];
    const ids = plans.map((p) => p.id);
    const versions = await db
      .select()
      .from(timeTogetherVersions)
      .where(inArray(timeTogetherVersions.planId, ids))
      .orderBy(asc(timeTogetherVersions.version));
    const reflections = await db
      .select()
      .from(timeTogetherReflections)
      .where(inArray(timeTogetherReflections.planId, ids))
      .orderBy(asc(timeTogetherReflections.createdAt));
    return plans.map((plan) => ({
      plan,
      versions: versions.filter((v) => v.planId === plan.id),
      reflections: reflections.filter((r) => r.planId === plan.id),
    }));
  }

  return {
    async insertAppreciation(values: typeof appreciations.$inferInsert): Promise<AppreciationRow> {
      return inserted(await db.insert(appreciations).values(values).returning());
    },

    receivedBy(memberId: string): Promise<AppreciationRow[]> {
      return db
        .select()
        .from(appreciations)
        .where(eq(appreciations.toMemberId, memberId))
        .orderBy(desc(appreciations.createdAt), desc(appreciations.id));
    },

    sentBy(memberId: string): Promise<AppreciationRow[]> {
      return db
        .select()
        .from(appreciations)
        .where(eq(appreciations.fromMemberId, memberId))
        .orderBy(desc(appreciations.createdAt), desc(appreciations.id));
    },

    appreciationsInSpace(spaceId: string): Promise<AppreciationRow[]> {
      return db
        .select()
        .from(appreciations)
        .where(eq(appreciations.spaceId, spaceId))
        .orderBy(asc(appreciations.createdAt), asc(appreciations.id));
    },

    async appreciationDates(spaceId: string, memberIds: string[]) {
      if (memberIds.length === 0) return [];
      return db
        .select({ memberId: appreciations.fromMemberId, at: appreciations.createdAt })
        .from(appreciations)
        .where(and(eq(appreciations.spaceId, spaceId), inArray(appreciations.fromMemberId, memberIds)));
    },

    async insertPlan(values: typeof timeTogetherPlans.$inferInsert): Promise<PlanRow> {
      return inserted(await db.insert(timeTogetherPlans).values(values).returning());
    },

    async insertVersion(values: typeof timeTogetherVersions.$inferInsert): Promise<PlanVersionRow> {
      return inserted(await db.insert(timeTogetherVersions).values(values).returning());
    },

    /** Returns undefined when this member already wrote their line for the plan. */
    async insertReflection(values: typeof timeTogetherReflections.$inferInsert) {
      const [row] = await db.insert(timeTogetherReflections).values(values).onConflictDoNothing().returning();
      return row;
    },

    async plansOf(spaceId: string): Promise<PlanRecord[]> {
      const plans = await db
        .select()
        .from(timeTogetherPlans)
        .where(eq(timeTogetherPlans.spaceId, spaceId))
        .orderBy(desc(timeTogetherPlans.createdAt), desc(timeTogetherPlans.id));
      return records(plans);
    },

    /** Locks the plan so that two changes at once can't claim the same version number. */
    async lockPlan(planId: string, spaceId: string): Promise<PlanRecord | undefined> {
      if (!isUuid(planId)) return undefined;
      const plans = await db
        .select()
        .from(timeTogetherPlans)
        .where(and(eq(timeTogetherPlans.id, planId), eq(timeTogetherPlans.spaceId, spaceId)))
        .for("update");
      const [record] = await records(plans);
      return record;
    },

    /** When each plan was first marked done: the closeness activities of the method's facts. */
    /** Each plan marked done: when it first was, who wrote it and when (for who it reaches). */
    async plansDone(spaceId: string): Promise<{ doneAt: Date; authorId: string | null; createdAt: Date }[]> {
      const rows = await db
        .select({
          planId: timeTogetherVersions.planId,
          version: timeTogetherVersions.version,
          status: timeTogetherVersions.status,
          by: timeTogetherVersions.byMemberId,
          at: timeTogetherVersions.at,
          createdAt: timeTogetherPlans.createdAt,
        })
        .from(timeTogetherVersions)
        .innerJoin(timeTogetherPlans, eq(timeTogetherPlans.id, timeTogetherVersions.planId))
        .where(eq(timeTogetherPlans.spaceId, spaceId))
        .orderBy(asc(timeTogetherVersions.at));
      const plans = new Map<string, { doneAt?: Date; authorId: string | null; createdAt: Date }>();
      for (const row of rows) {
        const plan = plans.get(row.planId) ?? { authorId: null, createdAt: row.createdAt };
        if (row.version === 1) plan.authorId = row.by;
        if (row.status === "done" && plan.doneAt === undefined) plan.doneAt = row.at;
        plans.set(row.planId, plan);
      }
      return [...plans.values()].flatMap(({ doneAt, ...plan }) => (doneAt ? [{ ...plan, doneAt }] : []));
    },

    answersOf(memberId: string): Promise<LadderAnswerRow[]> {
      return db.select().from(closenessLadderAnswers).where(eq(closenessLadderAnswers.memberId, memberId));
    },

    async setAnswer(values: typeof closenessLadderAnswers.$inferInsert): Promise<void> {
      await db
        .insert(closenessLadderAnswers)
        .values(values)
        .onConflictDoUpdate({
          target: [closenessLadderAnswers.memberId, closenessLadderAnswers.stepId],
          // Saying the same again still renews the time: it is given anew, to whoever is here now.
          set: { answer: values.answer, answeredAt: values.answeredAt },
        });
    },

    async clearAnswer(memberId: string, stepId: string): Promise<void> {
      await db
        .delete(closenessLadderAnswers)
        .where(and(eq(closenessLadderAnswers.memberId, memberId), eq(closenessLadderAnswers.stepId, stepId)));
    },
  };
}
