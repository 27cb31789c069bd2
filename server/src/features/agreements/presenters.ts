import type {
  AgreementDetailView,
  AgreementTermsView,
  AgreementView,
  BoundaryVersionView,
  BoundaryView,
  BreachView,
  ControlWarningView,
} from "@mend/core/agreements/contract";
import { boundaryVersusControl, controlCheck } from "@mend/core/agreements/control-check";
import {
  type AgreementAction,
  type AgreementActionType,
  type AgreementStatus,
  agreementActions,
  checkBreachReport,
  permissions,
  replay,
  type VersionActionType,
  versionActions,
} from "@mend/core/agreements/lifecycle";
import type { AgreementRecord } from "@mend/core/agreements/records";
import { type ReviewView, reviewView } from "@mend/core/agreements/review";
import { personOf, type SpaceContext } from "./context.ts";
import type { AgreementBundle, AgreementVersionRow, BoundaryBundle, BoundaryVersionRow } from "./repo.ts";

const iso = (date: Date) => date.toISOString();
const isoOrNull = (date: Date | undefined | null) => (date ? date.toISOString() : null);

function actionType(stored: string): AgreementActionType {
  const found = agreementActions.find((a) => a === stored);
  if (!found) throw new Error("An agreement event has an unknown action.");
  return found;
}

const isVersionAction = (type: AgreementActionType): type is VersionActionType =>
  (versionActions as readonly string[]).includes(type);

/** The stored events as the state machine's actions, oldest first. */
export function actionsOf(bundle: AgreementBundle): AgreementAction[] {
  const versions = new Map(bundle.versions.map((v) => [v.id, v]));
  return bundle.events.map((event) => {
    const type = actionType(event.action);
    const base = { eventId: event.id, by: event.memberId, at: event.at };
    if (!isVersionAction(type)) return { ...base, type };
    const version = event.versionId ? versions.get(event.versionId) : undefined;
    if (!version) throw new Error("An agreement event names a version that is missing.");
    return { ...base, type, version: { id: version.id, appliesTo: version.appliesTo } };
  });
}

export function agreementRecordOf(bundle: AgreementBundle): AgreementRecord {
  return {
    id: bundle.agreement.id,
    actions: actionsOf(bundle),
    breaches: bundle.breaches.map(({ breach, response }) => ({
      id: breach.id,
      reportedBy: breach.reportedByMemberId,
      breachedBy: breach.breachedByMemberId,
      at: breach.createdAt,
      response: response
        ? { response: response.response as "agreed" | "disputed", at: response.at }
        : undefined,
    })),
  };
}

/** Every boundary and agreement text goes through the one control check. */
export function warningsFor(texts: readonly (string | null)[]): ControlWarningView[] {
  return controlCheck(texts.filter((t): t is string => t !== null));
}

function presentTerms(version: AgreementVersionRow, context: SpaceContext): AgreementTermsView {
  const applies = version.appliesTo;
  const toMe = applies.includes(context.me.id);
  const toSomeoneElse = applies.some((id) => id !== context.me.id);
  return {
    versionId: version.id,
    author: personOf(context, version.authorMemberId),
    createdAt: iso(version.createdAt),
    what: version.what,
    need: version.need,
    consequence: version.consequence,
    topic: version.topic as AgreementTermsView["topic"],
    appliesTo: toMe && toSomeoneElse ? "both" : toMe ? "you" : "other",
    review: version.review,
    timeZone: version.timeZone,
    warnings: warningsFor([version.what, version.need, version.consequence]),
  };
}

export interface DerivedAgreement {
  status: AgreementStatus;
  review: ReviewView;
  versions: Map<string, AgreementVersionRow>;
}

/** Replays an agreement and derives its review state at `now`. */
export function agreementState(bundle: AgreementBundle, now: Date): DerivedAgreement {
  const { status } = replay(actionsOf(bundle));
  const versions = new Map(bundle.versions.map((v) => [v.id, v]));
  const inForce = status.inForce ? versions.get(status.inForce.version.id) : undefined;
  const review = reviewView(
    status,
    inForce ? { review: inForce.review, timeZone: inForce.timeZone } : undefined,
    now,
  );
  return { status, review, versions };
}

export function presentAgreement(bundle: AgreementBundle, context: SpaceContext, now: Date): AgreementView {
  const { status, review, versions } = agreementState(bundle, now);
  const latest = bundle.versions.at(-1);
  const shown = (status.inForce && versions.get(status.inForce.version.id)) || latest;
  if (!shown) throw new Error("An agreement has no versions.");
  const pendingVersion = status.pending?.version ? versions.get(status.pending.version.id) : undefined;
  const terms = presentTerms(shown, context);
  const pendingTerms = pendingVersion ? presentTerms(pendingVersion, context) : null;
  const can = permissions(status, context.me.id, now);
  const breachable = [context.me.id, context.other?.id].some(
    (id) => id !== undefined && checkBreachReport(status, id).ok,
  );
  const warned = terms.warnings.length > 0 || (pendingTerms?.warnings.length ?? 0) > 0;
  return {
    id: bundle.agreement.id,
    state: review.state,
    proposedBy: personOf(context, bundle.agreement.proposedByMemberId),
    proposedAt: iso(status.proposedAt),
    activeSince: isoOrNull(status.activeSince),
    endedAt: isoOrNull(status.endedAt),
    terms,
    inForce: status.inForce !== undefined && (status.state === "active" || status.state === "under_review"),
    pending: status.pending
      ? {
          id: status.pending.eventId,
          kind: status.pending.kind,
          by: personOf(context, status.pending.by),
          at: iso(status.pending.at),
          terms: pendingTerms,
        }
      : null,
    awaiting: status.pending ? (status.pending.by === context.me.id ? "other" : "you") : null,
    review: { nextReviewAt: isoOrNull(review.nextReviewAt), due: review.due },
    controlNotice: warned ? boundaryVersusControl : null,
    breaches: {
      total: bundle.breaches.length,
      selfReported: bundle.breaches.filter((b) => b.breach.reportedByMemberId === b.breach.breachedByMemberId)
        .length,
      awaitingYourAnswer: bundle.breaches.filter((b) => canRespondToBreach(b, context)).length,
    },
    can: { ...can, reportBreach: breachable },
  };
}

/** Only the person someone else reported can answer, once. */
export const canRespondToBreach = (entry: AgreementBundle["breaches"][number], context: SpaceContext) =>
  entry.response === undefined &&
  entry.breach.breachedByMemberId === context.me.id &&
  entry.breach.reportedByMemberId !== context.me.id;

function presentBreach(entry: AgreementBundle["breaches"][number], context: SpaceContext): BreachView {
  const { breach, response } = entry;
  return {
    id: breach.id,
    reportedBy: personOf(context, breach.reportedByMemberId),
    breachedBy: personOf(context, breach.breachedByMemberId),
    selfReported: breach.reportedByMemberId === breach.breachedByMemberId,
    account: breach.account,
    happenedAt: isoOrNull(breach.happenedAt),
    reportedAt: iso(breach.createdAt),
    versionId: breach.versionId,
    response: response
      ? {
          response: response.response as "agreed" | "disputed",
          by: personOf(context, response.memberId),
          account: response.account,
          at: iso(response.at),
        }
      : null,
    can: { respond: canRespondToBreach(entry, context) },
  };
}

export function presentAgreementDetail(
  bundle: AgreementBundle,
  context: SpaceContext,
  now: Date,
): AgreementDetailView {
  const { steps } = replay(actionsOf(bundle));
  return {
    ...presentAgreement(bundle, context, now),
    versions: bundle.versions.map((v) => presentTerms(v, context)),
    history: steps.map((step, index) => {
      const event = bundle.events[index];
      return {
        id: step.action.eventId,
        action: step.action.type,
        by: personOf(context, step.action.by),
        at: iso(step.action.at),
        versionId: "version" in step.action ? step.action.version.id : null,
        note: event?.note ?? null,
        state: step.status.state,
        outcome: step.outcome ?? null,
      };
    }),
    breachReports: bundle.breaches.map((b) => presentBreach(b, context)),
  };
}

function presentBoundaryVersion(
  version: BoundaryVersionRow,
  bundle: BoundaryBundle,
  readerId: string | undefined,
): BoundaryVersionView {
  const acknowledged = bundle.acknowledgments.find(
    (a) => a.versionId === version.id && a.memberId === readerId,
  );
  return {
    versionId: version.id,
    statement: version.statement,
    why: version.why,
    createdAt: iso(version.createdAt),
    acknowledgedAt: isoOrNull(acknowledged?.at),
    warnings: warningsFor([version.statement, version.why]),
  };
}

/**
 * A boundary as either person sees it. "Acknowledged" is always about the reader (the person who
 * is not the owner), so the owner sees whether it was read and the reader sees their own answer.
 */
export function presentBoundary(bundle: BoundaryBundle, context: SpaceContext): BoundaryView {
  const { boundary } = bundle;
  const mine = boundary.ownerMemberId === context.me.id;
  const readerId = mine ? context.other?.id : context.me.id;
  const versions = bundle.versions.map((v) => presentBoundaryVersion(v, bundle, readerId));
  const current = versions.at(-1);
  if (!current) throw new Error("A boundary has no versions.");
  const active = boundary.retiredAt === null;
  return {
    id: boundary.id,
    owner: personOf(context, boundary.ownerMemberId),
    state: active ? "active" : "retired",
    createdAt: iso(boundary.createdAt),
    retiredAt: isoOrNull(boundary.retiredAt),
    current,
    versions,
    controlNotice: current.warnings.length > 0 ? boundaryVersusControl : null,
    can: {
      revise: mine && active,
      retire: mine && active,
      acknowledge: !mine && active && current.acknowledgedAt === null,
    },
  };
}
