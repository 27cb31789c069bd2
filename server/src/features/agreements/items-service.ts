import { randomUUID } from "node:crypto";
import type {
  AgreementDetailView,
  AgreementListView,
  AgreementReviewsView,
  AgreementTermsInput,
  AnswerAgreementInput,
  ControlCheckView,
  CounterAgreementInput,
  NoteInput,
  RenewAgreementInput,
} from "@mend/core/agreements/contract";
import { boundaryVersusControl, controlCheck } from "@mend/core/agreements/control-check";
import {
  type AgreementAction,
  type AgreementActionType,
  type AgreementStatus,
  decide,
  type VersionActionType,
} from "@mend/core/agreements/lifecycle";
import { type ReviewSchedule, reviewDateProblem } from "@mend/core/agreements/review";
import { agreementGuidance, withdrawalNotice } from "@mend/core/agreements/wording";
import type { Database } from "../../db/database.ts";
import { AppError, validationFailed } from "../../http/errors.ts";
import type { SpaceEventPublisher } from "../../realtime/bus.ts";
import { refuseWhenEnded } from "../ending/guard.ts";
import { spacesRepo } from "../spaces/repo.ts";
import { agreementReaches, requireOther, type SpaceContext, spaceContext } from "./context.ts";
import { agreementNotFound, refused } from "./errors.ts";
import { agreementState, presentAgreement, presentAgreementDetail } from "./presenters.ts";
import { type AgreementVersionRow, agreementsRepo } from "./repo.ts";

const upcomingDays = 14;
const dayMs = 86_400_000;

const stale = () =>
  new AppError(
    "conflict",
    "This proposal has changed since you opened it. Look at the latest version, then answer that one.",
  );

/** Terms as stored: "me / you / both" already turned into member ids. */
interface StoredTerms {
  what: string;
  need: string;
  consequence: string | null;
  topic: string;
  appliesTo: string[];
  review: ReviewSchedule;
  timeZone: string;
}

type Plan = { note?: string | undefined; pendingId?: string } & (
  | { type: Exclude<AgreementActionType, VersionActionType | "propose"> }
  | { type: Exclude<VersionActionType, "propose">; terms: StoredTerms }
);

type StepBase = { eventId: string; by: string; at: Date };

/** Once the repair has ended, an agreement can still be let go of; nothing new can be agreed. */
const windingDown: ReadonlySet<AgreementActionType> = new Set(["decline", "cancel", "retire", "withdraw"]);

/** The state machine's action for a plan, with the new version it proposes (if any). */
function actionFor(
  plan: Plan,
  base: StepBase,
): { action: AgreementAction; version?: StoredTerms & { id: string } } {
  if ("terms" in plan) {
    const version = { id: randomUUID(), ...plan.terms };
    return {
      action: { ...base, type: plan.type, version: { id: version.id, appliesTo: version.appliesTo } },
      version,
    };
  }
  return { action: { ...base, type: plan.type } };
}

function checkReview(review: ReviewSchedule, timeZone: string, now: Date): void {
  const problem = reviewDateProblem(review, timeZone, now);
  if (problem) throw validationFailed(problem, { review: problem });
}

function storedTerms(input: AgreementTermsInput, context: SpaceContext, now: Date): StoredTerms {
  const other = requireOther(context, "Agreements");
  checkReview(input.review, input.timeZone, now);
  const appliesTo = { me: [context.me.id], you: [other.id], both: [context.me.id, other.id] }[
    input.appliesTo
  ];
  return {
    what: input.what,
    need: input.need,
    consequence: input.consequence ?? null,
    topic: input.topic,
    appliesTo,
    review: input.review,
    timeZone: input.timeZone,
  };
}

function inForceVersion(
  status: AgreementStatus,
  versions: Map<string, AgreementVersionRow>,
): AgreementVersionRow {
  const version = status.inForce ? versions.get(status.inForce.version.id) : undefined;
  if (!version)
    throw new AppError("conflict", "This agreement isn't in force yet, so there is nothing to renew.");
  return version;
}

export function agreementItemsService(deps: {
  db: Database;
  clock: () => Date;
  events: SpaceEventPublisher;
}) {
  const { db, clock, events } = deps;

  async function detail(
    tx: Database,
    context: SpaceContext,
    agreementId: string,
  ): Promise<AgreementDetailView> {
    const bundle = await agreementsRepo(tx).findAgreement(context.spaceId, agreementId);
    if (!bundle || !agreementReaches(context, bundle)) throw agreementNotFound();
    return presentAgreementDetail(bundle, context, clock());
  }

  /**
   * One step in an agreement's life: checked by the state machine, stored with its event in one
   * transaction, then announced to open screens.
   */
  async function step(
    accountId: string,
    spaceId: string,
    agreementId: string,
    plan: (input: {
      context: SpaceContext;
      status: AgreementStatus;
      versions: Map<string, AgreementVersionRow>;
      now: Date;
    }) => Plan,
  ): Promise<AgreementDetailView> {
    const saved = await db.transaction(async (tx) => {
      const context = await spaceContext(tx, accountId, spaceId);
      const repo = agreementsRepo(tx);
      const bundle = await repo.lockAgreement(spaceId, agreementId);
      if (!bundle || !agreementReaches(context, bundle)) throw agreementNotFound();
      const now = clock();
      const { status, versions } = agreementState(bundle, now);
      const chosen = plan({ context, status, versions, now });
      if (!windingDown.has(chosen.type)) await refuseWhenEnded(tx, spaceId, now);
      if (chosen.pendingId !== undefined && status.pending && status.pending.eventId !== chosen.pendingId)
        throw stale();
      const eventId = randomUUID();
      const { action, version } = actionFor(chosen, { eventId, by: context.me.id, at: now });
      const decision = decide(status, action);
      if (!decision.ok) throw refused(decision.refusal);
      if (version)
        await repo.insertVersion({ ...version, agreementId, authorMemberId: context.me.id, createdAt: now });
      await repo.insertEvent({
        id: eventId,
        agreementId,
        memberId: context.me.id,
        action: chosen.type,
        versionId: version?.id ?? null,
        note: chosen.note ?? null,
        at: now,
      });
      await spacesRepo(tx).recordEvent({
        spaceId,
        memberId: context.me.id,
        kind: `agreement.${chosen.type}`,
        at: now,
        data: { subjectId: agreementId },
      });
      return detail(tx, context, agreementId);
    });
    await events.publish(spaceId);
    return saved;
  }

  return {
    async list(accountId: string, spaceId: string): Promise<AgreementListView> {
      const context = await spaceContext(db, accountId, spaceId);
      const bundles = (await agreementsRepo(db).agreementsIn(spaceId)).filter((b) =>
        agreementReaches(context, b),
      );
      const now = clock();
      return {
        agreements: bundles.map((b) => presentAgreement(b, context, now)),
        guidance: agreementGuidance,
        withdrawalNotice,
      };
    },

    async view(accountId: string, spaceId: string, agreementId: string): Promise<AgreementDetailView> {
      const context = await spaceContext(db, accountId, spaceId);
      return detail(db, context, agreementId);
    },

    async propose(
      accountId: string,
      spaceId: string,
      input: AgreementTermsInput,
    ): Promise<AgreementDetailView> {
      const saved = await db.transaction(async (tx) => {
        const context = await spaceContext(tx, accountId, spaceId);
        await refuseWhenEnded(tx, spaceId, clock());
        const now = clock();
        const terms = storedTerms(input, context, now);
        const repo = agreementsRepo(tx);
        const agreement = await repo.insertAgreement({
          spaceId,
          proposedByMemberId: context.me.id,
          createdAt: now,
        });
        const version = await repo.insertVersion({
          agreementId: agreement.id,
          authorMemberId: context.me.id,
          ...terms,
          createdAt: now,
        });
        const event = await repo.insertEvent({
          agreementId: agreement.id,
          memberId: context.me.id,
          action: "propose",
          versionId: version.id,
          at: now,
        });
        const decision = decide(undefined, {
          type: "propose",
          eventId: event.id,
          by: context.me.id,
          at: now,
          version: { id: version.id, appliesTo: terms.appliesTo },
        });
        if (!decision.ok) throw refused(decision.refusal);
        await spacesRepo(tx).recordEvent({
          spaceId,
          memberId: context.me.id,
          kind: "agreement.propose",
          at: now,
          data: { subjectId: agreement.id },
        });
        return detail(tx, context, agreement.id);
      });
      await events.publish(spaceId);
      return saved;
    },

    counter: (accountId: string, spaceId: string, agreementId: string, input: CounterAgreementInput) =>
      step(accountId, spaceId, agreementId, ({ context, now }) => ({
        type: "counter",
        pendingId: input.pendingId,
        terms: storedTerms(input, context, now),
      })),

    answer: (
      accountId: string,
      spaceId: string,
      agreementId: string,
      type: "accept" | "decline" | "cancel",
      input: AnswerAgreementInput,
    ) =>
      step(accountId, spaceId, agreementId, () => ({ type, pendingId: input.pendingId, note: input.note })),

    revise: (accountId: string, spaceId: string, agreementId: string, input: AgreementTermsInput) =>
      step(accountId, spaceId, agreementId, ({ context, now }) => ({
        type: "revise",
        terms: storedTerms(input, context, now),
      })),

    /** Renewing proposes the same terms again, with a new review date when one is given. */
    renew: (accountId: string, spaceId: string, agreementId: string, input: RenewAgreementInput) =>
      step(accountId, spaceId, agreementId, ({ status, versions, now }) => {
        const current = inForceVersion(status, versions);
        const review = input.review ?? current.review;
        const timeZone = input.timeZone ?? current.timeZone;
        checkReview(review, timeZone, now);
        return {
          type: "renew",
          note: input.note,
          terms: {
            what: current.what,
            need: current.need,
            consequence: current.consequence,
            topic: current.topic,
            appliesTo: current.appliesTo,
            review,
            timeZone,
          },
        };
      }),

    end: (
      accountId: string,
      spaceId: string,
      agreementId: string,
      type: "retire" | "withdraw",
      input: NoteInput,
    ) => step(accountId, spaceId, agreementId, () => ({ type, note: input.note })),

    /** What the home page shows: reviews due now or soon, and proposals waiting for this person. */
    async reviews(accountId: string, spaceId: string): Promise<AgreementReviewsView> {
      const context = await spaceContext(db, accountId, spaceId);
      const now = clock();
      const views = (await agreementsRepo(db).agreementsIn(spaceId))
        .filter((b) => agreementReaches(context, b))
        .map((b) => presentAgreement(b, context, now));
      const soon = now.getTime() + upcomingDays * dayMs;
      const scheduled = views.flatMap((v) =>
        v.review.nextReviewAt === null
          ? []
          : [
              {
                due: v.review.due,
                item: { agreementId: v.id, what: v.terms.what, nextReviewAt: v.review.nextReviewAt },
              },
            ],
      );
      return {
        due: scheduled.filter((s) => s.due).map((s) => s.item),
        upcoming: scheduled
          .filter((s) => !s.due && Date.parse(s.item.nextReviewAt) <= soon)
          .map((s) => s.item),
        awaitingYou: views.flatMap((v) =>
          v.pending && v.awaiting === "you"
            ? [
                {
                  agreementId: v.id,
                  what: (v.pending.terms ?? v.terms).what,
                  kind: v.pending.kind,
                  since: v.pending.at,
                },
              ]
            : [],
        ),
      };
    },

    /** The control check on its own, for a draft still being written; nothing is stored. */
    async checkControl(accountId: string, spaceId: string, texts: string[]): Promise<ControlCheckView> {
      await spaceContext(db, accountId, spaceId);
      const warnings = controlCheck(texts);
      return { warnings, notice: warnings.length > 0 ? boundaryVersusControl : null };
    },
  };
}

export type AgreementItemsService = ReturnType<typeof agreementItemsService>;
