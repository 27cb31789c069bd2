import type { AgreementView } from "@mend/core/agreements/contract";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { segment } from "../../api/client.ts";
import { formatDate } from "../../ui/dates.ts";
import { EmptyState, ErrorState, LoadingState } from "../../ui/States.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { useSpaceStream } from "../realtime/use-space-stream.ts";
import { otherPersonName, spaceQuery } from "../spaces/api.ts";
import { AgreementForm, emptyTerms } from "./AgreementForm.tsx";
import { agreementListQuery, useProposeAgreement } from "./api.ts";
import { BoundariesSection } from "./BoundariesSection.tsx";
import { FeatureNav } from "./FeatureNav.tsx";
import { appliesToText, isEnded, pendingKindLabels, stateLabels } from "./words.ts";

export function AgreementsPage() {
  const { spaceId = "" } = useParams();
  useDocumentTitle("Agreements and boundaries");
  const space = useQuery(spaceQuery(spaceId));
  const list = useQuery(agreementListQuery(spaceId));
  useSpaceStream(spaceId);

  if (space.isPending || list.isPending) return <LoadingState label="Loading your agreements…" />;
  if (space.isError || list.isError) {
    return (
      <div className="page page--narrow">
        <h1>Agreements and boundaries</h1>
        <ErrorState
          error={space.error ?? list.error}
          onRetry={() => void Promise.all([space.refetch(), list.refetch()])}
        />
      </div>
    );
  }
  const name = otherPersonName(space.data);
  const all = list.data.agreements;
  const waiting = all.filter((a) => a.awaiting === "you" || a.breaches.awaitingYourAnswer > 0);
  const rest = all.filter((a) => !waiting.includes(a));
  const current = rest.filter((a) => !isEnded(a.state));
  const ended = rest.filter((a) => isEnded(a.state));

  return (
    <div className="page">
      <p className="eyebrow">
        <Link to={`/spaces/${segment(spaceId)}`}>Back to your space</Link>
      </p>
      <h1>Agreements and boundaries</h1>
      <p className="lead">
        Consistency rebuilds trust: saying what you'll do, then doing it, again and again. Boundaries are each
        person's own. Agreements are chosen by both of you, and both of you see every change.
      </p>
      <FeatureNav spaceId={spaceId} current="agreements" />

      <BoundariesSection spaceId={spaceId} name={name} />

      <section className="section" aria-labelledby="agreements-title">
        <h2 id="agreements-title">Agreements</h2>
        {waiting.length > 0 && (
          <>
            <h3>Waiting for you</h3>
            <AgreementList spaceId={spaceId} agreements={waiting} name={name} />
          </>
        )}
        {current.length > 0 ? (
          <>
            {waiting.length > 0 && <h3>Everything else</h3>}
            <AgreementList spaceId={spaceId} agreements={current} name={name} />
          </>
        ) : (
          waiting.length === 0 && (
            <EmptyState title="No agreements yet">
              <p>When one of you proposes an agreement, it will be here for you both.</p>
            </EmptyState>
          )
        )}
        <ProposeSection
          spaceId={spaceId}
          name={name}
          guidance={list.data.guidance}
          solo={!space.data.other}
        />
        {ended.length > 0 && (
          <details className="disclosure">
            <summary>Ended agreements ({ended.length})</summary>
            <AgreementList spaceId={spaceId} agreements={ended} name={name} />
          </details>
        )}
      </section>
    </div>
  );
}

function AgreementList({
  spaceId,
  agreements,
  name,
}: {
  spaceId: string;
  agreements: AgreementView[];
  name: string;
}) {
  return (
    <ul className="agreement-list">
      {agreements.map((agreement) => (
        <li key={agreement.id} className="agreement-card">
          <Link
            to={`/spaces/${segment(spaceId)}/agreements/${segment(agreement.id)}`}
            className="agreement-card__link"
          >
            {agreement.terms.what}
          </Link>
          <p className="agreement-card__meta">
            <StatePill agreement={agreement} /> {appliesToText(agreement.terms.appliesTo, name)}
            {agreement.review.nextReviewAt && !isEnded(agreement.state) && (
              <> · next review {formatDate(agreement.review.nextReviewAt)}</>
            )}
          </p>
          {agreement.pending && agreement.awaiting && (
            <p className="agreement-card__waiting">
              {agreement.awaiting === "you"
                ? `Waiting for your answer to ${pendingKindLabels[agreement.pending.kind]}.`
                : `Waiting for ${name} to answer ${pendingKindLabels[agreement.pending.kind]}.`}
            </p>
          )}
          {agreement.breaches.awaitingYourAnswer > 0 && (
            <p className="agreement-card__waiting">A report about this is waiting for your side of it.</p>
          )}
        </li>
      ))}
    </ul>
  );
}

export function StatePill({ agreement }: { agreement: Pick<AgreementView, "state"> }) {
  const tone =
    agreement.state === "active"
      ? "done"
      : agreement.state === "due_for_review" ||
          agreement.state === "proposed" ||
          agreement.state === "countered"
        ? "waiting"
        : "quiet";
  return <span className={`status-pill status-pill--${tone}`}>{stateLabels[agreement.state]}</span>;
}

function ProposeSection({
  spaceId,
  name,
  guidance,
  solo,
}: {
  spaceId: string;
  name: string;
  guidance: string;
  solo: boolean;
}) {
  const [open, setOpen] = useState(false);
  const propose = useProposeAgreement(spaceId);
  const navigate = useNavigate();
  if (solo) {
    return (
      <p className="callout callout--info">You can propose agreements once {name} has joined the space.</p>
    );
  }
  return (
    <div className="propose">
      {!open ? (
        <button type="button" className="button button--primary" onClick={() => setOpen(true)}>
          Propose an agreement
        </button>
      ) : (
        <div className="panel">
          <h3 id="propose-title">Propose an agreement</h3>
          <p className="muted">{guidance}</p>
          <AgreementForm
            spaceId={spaceId}
            idPrefix="propose"
            otherName={name}
            initial={emptyTerms}
            submitLabel={`Send to ${name}`}
            pendingLabel="Sending…"
            pending={propose.isPending}
            serverError={propose.error}
            draftKey="agreement:new"
            onSubmit={(input, sent) =>
              propose.mutate(input, {
                onSuccess: (agreement) => {
                  sent();
                  void navigate(`/spaces/${segment(spaceId)}/agreements/${segment(agreement.id)}`, {
                    state: { notice: `Sent. ${name} can accept it, suggest changes or decline.` },
                  });
                },
              })
            }
            onCancel={() => setOpen(false)}
          />
        </div>
      )}
    </div>
  );
}
