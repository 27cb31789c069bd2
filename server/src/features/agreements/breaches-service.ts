import type {
  AgreementDetailView,
  ReportBreachInput,
  RespondToBreachInput,
} from "@mend/core/agreements/contract";
import { checkBreachReport } from "@mend/core/agreements/lifecycle";
import type { Database } from "../../db/database.ts";
import { AppError, notFound, validationFailed } from "../../http/errors.ts";
import type { SpaceEventPublisher } from "../../realtime/bus.ts";
import { refuseWhenEnded } from "../ending/guard.ts";
import { spacesRepo } from "../spaces/repo.ts";
import { agreementReaches, requireOther, type SpaceContext, spaceContext } from "./context.ts";
import { agreementNotFound, refused } from "./errors.ts";
import { agreementState, canRespondToBreach, presentAgreementDetail } from "./presenters.ts";
import { agreementsRepo } from "./repo.ts";

/**
 * Breaches of an agreement: told by the person who broke it (honesty, counted apart from being
 * found out) or reported by the other, who then hears the reported person's account.
 */
export function breachesService(deps: { db: Database; clock: () => Date; events: SpaceEventPublisher }) {
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

  return {
    async report(
      accountId: string,
      spaceId: string,
      agreementId: string,
      input: ReportBreachInput,
    ): Promise<AgreementDetailView> {
      const saved = await db.transaction(async (tx) => {
        const context = await spaceContext(tx, accountId, spaceId);
        await refuseWhenEnded(tx, spaceId, clock());
        const repo = agreementsRepo(tx);
        const bundle = await repo.lockAgreement(spaceId, agreementId);
        if (!bundle || !agreementReaches(context, bundle)) throw agreementNotFound();
        const now = clock();
        const happenedAt = input.happenedAt ? new Date(input.happenedAt) : null;
        if (happenedAt && happenedAt.getTime() > now.getTime()) {
          const message = "A breach can only be reported once it has happened.";
          throw validationFailed(message, { happenedAt: message });
        }
        const breachedBy =
          input.by === "me" ? context.me : requireOther(context, "Reports about the other person");
        const check = checkBreachReport(agreementState(bundle, now).status, breachedBy.id);
        if (!check.ok) throw refused(check.refusal);
        await repo.insertBreach({
          agreementId,
          versionId: check.versionId,
          reportedByMemberId: context.me.id,
          breachedByMemberId: breachedBy.id,
          account: input.account,
          happenedAt,
          createdAt: now,
        });
        await spacesRepo(tx).recordEvent({
          spaceId,
          memberId: context.me.id,
          kind: input.by === "me" ? "agreement.breach_self_reported" : "agreement.breach_reported",
          at: now,
          data: { subjectId: agreementId },
        });
        return detail(tx, context, agreementId);
      });
      await events.publish(spaceId);
      return saved;
    },

    async respond(
      accountId: string,
      spaceId: string,
      agreementId: string,
      breachId: string,
      input: RespondToBreachInput,
    ): Promise<AgreementDetailView> {
      const saved = await db.transaction(async (tx) => {
        const context = await spaceContext(tx, accountId, spaceId);
        await refuseWhenEnded(tx, spaceId, clock());
        const repo = agreementsRepo(tx);
        const bundle = await repo.lockAgreement(spaceId, agreementId);
        const entry =
          bundle && agreementReaches(context, bundle)
            ? bundle.breaches.find((b) => b.breach.id === breachId)
            : undefined;
        if (!entry) throw notFound("That report");
        if (entry.response)
          throw new AppError("conflict", "This report already has an answer, and answers are kept as given.");
        if (!canRespondToBreach(entry, context)) {
          throw new AppError("forbidden", "Only the person this report is about can answer it.");
        }
        const now = clock();
        await repo.insertBreachResponse({
          breachId,
          memberId: context.me.id,
          response: input.response === "agree" ? "agreed" : "disputed",
          account: input.account ?? null,
          at: now,
        });
        await spacesRepo(tx).recordEvent({
          spaceId,
          memberId: context.me.id,
          kind: "agreement.breach_answered",
          at: now,
          data: { subjectId: agreementId, breachId },
        });
        return detail(tx, context, agreementId);
      });
      await events.publish(spaceId);
      return saved;
    },
  };
}

export type BreachesService = ReturnType<typeof breachesService>;
