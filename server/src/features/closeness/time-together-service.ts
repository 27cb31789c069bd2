import type { AccountView } from "@mend/core/accounts/contract";
import type {
  PlanChangeInput,
  PlanInput,
  PlanReflectionInput,
  PlanView,
} from "@mend/core/closeness/contract";
import { findIdea } from "@mend/core/closeness/ideas";
import { allowedActions, type PlanAction, type PlanStatus } from "@mend/core/closeness/time-together";
import type { Database } from "../../db/database.ts";
import { AppError, notFound } from "../../http/errors.ts";
import type { SpaceEventPublisher } from "../../realtime/bus.ts";
import { requireOpenMembership } from "../ending/guard.ts";
import { requirePair } from "../spaces/pair.ts";
import { otherMember } from "../spaces/presenters.ts";
import { spacesRepo } from "../spaces/repo.ts";
import { notJoinedYet } from "./appreciations-service.ts";
import { latestVersion, planReaches, presentPlan } from "./presenters.ts";
import { closenessRepo, type PlanRecord } from "./repo.ts";

const planNotFound = () => notFound("That plan");

const refusals: Record<PlanAction, string> = {
  change: "This plan was already done or set aside, so it can't be changed. You could make a new one.",
  mark_done: "Only a plan that's still planned can be marked as done.",
  set_aside: "Only a plan that's still planned can be set aside.",
  reflect: "You can write your line once the plan has been marked as done.",
};

function requireAction(record: PlanRecord, action: PlanAction): void {
  if (!allowedActions(latestVersion(record).status as PlanStatus).includes(action)) {
    throw new AppError("conflict", refusals[action]);
  }
}

export function timeTogetherService(deps: { db: Database; clock: () => Date; events: SpaceEventPublisher }) {
  const { db, clock, events } = deps;

  /** Adds a version to a plan: every change stays in the shared history. */
  async function addVersion(
    account: AccountView,
    spaceId: string,
    planId: string,
    action: PlanAction,
    next: (latest: ReturnType<typeof latestVersion>) => {
      title: string;
      plannedFor: string | null;
      status: PlanStatus;
    },
  ): Promise<PlanView> {
    const saved = await db.transaction(async (tx) => {
      const now = clock();
      const { member } = await requireOpenMembership(tx, account.id, spaceId, now);
      const repo = closenessRepo(tx);
      const record = await repo.lockPlan(planId, spaceId);
      if (!record || !planReaches(await requirePair(tx, account.id, spaceId), record)) throw planNotFound();
      requireAction(record, action);
      const latest = latestVersion(record);
      const version = await repo.insertVersion({
        planId,
        version: latest.version + 1,
        ...next(latest),
        byMemberId: member.id,
        at: now,
      });
      await spacesRepo(tx).recordEvent({
        spaceId,
        memberId: member.id,
        kind: `time_together.${action}`,
        at: now,
        data: { subjectId: planId },
      });
      return presentPlan({ ...record, versions: [...record.versions, version] }, member.id);
    });
    await events.publish(spaceId);
    return saved;
  }

  return {
    async list(account: AccountView, spaceId: string): Promise<PlanView[]> {
      const pair = await requirePair(db, account.id, spaceId);
      return (await closenessRepo(db).plansOf(spaceId))
        .filter((record) => planReaches(pair, record))
        .map((record) => presentPlan(record, pair.me.id));
    },

    async plan(account: AccountView, spaceId: string, input: PlanInput): Promise<PlanView> {
      const saved = await db.transaction(async (tx) => {
        const now = clock();
        const { member } = await requireOpenMembership(tx, account.id, spaceId, now);
        if (!otherMember(await spacesRepo(tx).activeMembers(spaceId), member)) {
          throw notJoinedYet("Planning time together");
        }
        const repo = closenessRepo(tx);
        const idea = input.ideaId ? findIdea(input.ideaId) : undefined;
        const plan = await repo.insertPlan({ spaceId, ideaId: idea?.id ?? null, createdAt: now });
        const first = await repo.insertVersion({
          planId: plan.id,
          version: 1,
          title: input.title ?? idea?.title ?? "",
          plannedFor: input.plannedFor ?? null,
          status: "planned",
          byMemberId: member.id,
          at: now,
        });
        await spacesRepo(tx).recordEvent({
          spaceId,
          memberId: member.id,
          kind: "time_together.planned",
          at: now,
          data: { subjectId: plan.id },
        });
        return presentPlan({ plan, versions: [first], reflections: [] }, member.id);
      });
      await events.publish(spaceId);
      return saved;
    },

    change(account: AccountView, spaceId: string, planId: string, input: PlanChangeInput) {
      return addVersion(account, spaceId, planId, "change", (latest) => ({
        title: input.title ?? latest.title,
        plannedFor: input.plannedFor === undefined ? latest.plannedFor : input.plannedFor,
        status: "planned",
      }));
    },

    markDone(account: AccountView, spaceId: string, planId: string) {
      return addVersion(account, spaceId, planId, "mark_done", (latest) => ({
        title: latest.title,
        plannedFor: latest.plannedFor,
        status: "done",
      }));
    },

    setAside(account: AccountView, spaceId: string, planId: string) {
      return addVersion(account, spaceId, planId, "set_aside", (latest) => ({
        title: latest.title,
        plannedFor: latest.plannedFor,
        status: "set_aside",
      }));
    },

    /**
     * One line each, written once; it shows to the other person once both have written theirs. The
     * first line is recorded as `time_together.reflected`, never streamed, since nobody may learn
     * whether the other has written yet; the second as `time_together.reflections_revealed`, which
     * is, since from then on both lines show to both.
     */
    async reflect(
      account: AccountView,
      spaceId: string,
      planId: string,
      input: PlanReflectionInput,
    ): Promise<PlanView> {
      const { view, revealed } = await db.transaction(async (tx) => {
        const now = clock();
        const { member } = await requireOpenMembership(tx, account.id, spaceId, now);
        const repo = closenessRepo(tx);
        const record = await repo.lockPlan(planId, spaceId);
        if (!record || !planReaches(await requirePair(tx, account.id, spaceId), record)) throw planNotFound();
        requireAction(record, "reflect");
        const row = await repo.insertReflection({
          planId,
          memberId: member.id,
          text: input.text,
          createdAt: now,
        });
        if (!row) throw new AppError("conflict", "You've already written your line for this one.");
        const revealed = record.reflections.some((r) => r.memberId !== member.id);
        await spacesRepo(tx).recordEvent({
          spaceId,
          memberId: member.id,
          kind: revealed ? "time_together.reflections_revealed" : "time_together.reflected",
          at: now,
          data: { subjectId: planId },
        });
        const view = presentPlan({ ...record, reflections: [...record.reflections, row] }, member.id);
        return { view, revealed };
      });
      if (revealed) await events.publish(spaceId);
      return view;
    },
  };
}

export type TimeTogetherService = ReturnType<typeof timeTogetherService>;
