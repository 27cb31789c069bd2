import type { AgreementDetailView } from "@mend/core/agreements/contract";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useLocation, useParams } from "react-router";
import { isApiError, segment } from "../../api/client.ts";
import { formatDate, formatDateTime } from "../../ui/dates.ts";
import { ErrorState, LoadingState, Notice } from "../../ui/States.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { noticeFrom } from "../accounts/navigation-state.ts";
import { useSpaceStream } from "../realtime/use-space-stream.ts";
import { otherPersonName, spaceQuery } from "../spaces/api.ts";
import { AgreementActions } from "./AgreementActions.tsx";
import { StatePill } from "./AgreementsPage.tsx";
import { agreementQuery } from "./api.ts";
import { Breaches } from "./Breaches.tsx";
import { TermsView } from "./TermsView.tsx";
import { historyLine, isEnded, who } from "./words.ts";

export function AgreementPage() {
  const { spaceId = "", agreementId = "" } = useParams();
  useDocumentTitle("Agreement");
  const space = useQuery(spaceQuery(spaceId));
  const agreement = useQuery(agreementQuery(spaceId, agreementId));
  useSpaceStream(spaceId);
  const back = (
    <p className="eyebrow">
      <Link to={`/spaces/${segment(spaceId)}/agreements`}>Back to agreements</Link>
    </p>
  );

  if (space.isPending || agreement.isPending) return <LoadingState label="Loading the agreement…" />;
  if (space.isError || agreement.isError) {
    const missing = isApiError(agreement.error, "not_found");
    return (
      <div className="page page--narrow">
        {back}
        <h1>{missing ? "We couldn't find this agreement" : "Agreement"}</h1>
        <ErrorState
          error={space.error ?? agreement.error}
          onRetry={missing ? undefined : () => void Promise.all([space.refetch(), agreement.refetch()])}
        />
      </div>
    );
  }
  return (
    <div className="page">
      {back}
      <AgreementDetail spaceId={spaceId} agreement={agreement.data} name={otherPersonName(space.data)} />
    </div>
  );
}

function AgreementDetail({
  spaceId,
  agreement,
  name,
}: {
  spaceId: string;
  agreement: AgreementDetailView;
  name: string;
}) {
  const location = useLocation();
  const [notice, setNotice] = useState<string | null>(noticeFrom(location.state));
  const { pending } = agreement;
  const pendingTerms =
    pending?.terms && pending.terms.versionId !== agreement.terms.versionId ? pending.terms : null;

  return (
    <>
      <h1>Agreement</h1>
      <p className="agreement-status">
        <StatePill agreement={agreement} />{" "}
        {agreement.inForce && agreement.activeSince && (
          <>In place since {formatDate(agreement.activeSince)}. </>
        )}
        {agreement.review.due && "Its review date has come: keep it, change it or let it go. "}
        {!agreement.review.due && agreement.review.nextReviewAt && !isEnded(agreement.state) && (
          <>Next review {formatDate(agreement.review.nextReviewAt)}. </>
        )}
        {agreement.endedAt && <>Ended {formatDate(agreement.endedAt)}.</>}
      </p>
      {notice && <Notice>{notice}</Notice>}

      <section className="section" aria-labelledby="terms-title">
        <h2 id="terms-title">{agreement.inForce ? "What you agreed" : "What was proposed"}</h2>
        <TermsView terms={agreement.terms} name={name} controlNotice={agreement.controlNotice} />
      </section>

      {pending && (
        <section className="section" aria-labelledby="pending-title">
          <h2 id="pending-title">
            {pending.kind === "retirement"
              ? "Proposed: retiring it"
              : pending.kind === "renewal"
                ? "Proposed: keeping it as it is"
                : pendingTerms
                  ? "Proposed changes"
                  : "Waiting for an answer"}
          </h2>
          <p>
            {who(pending.by, name)} put this forward on {formatDateTime(pending.at)}.{" "}
            {agreement.awaiting === "you"
              ? "It's waiting for your answer."
              : `It's waiting for ${name}'s answer.`}
          </p>
          {pendingTerms && (
            <TermsView terms={pendingTerms} name={name} controlNotice={agreement.controlNotice} />
          )}
        </section>
      )}

      <AgreementActions spaceId={spaceId} agreement={agreement} name={name} onDone={setNotice} />

      <Breaches spaceId={spaceId} agreement={agreement} name={name} onDone={setNotice} />

      <section className="section" aria-labelledby="versions-title">
        <h2 id="versions-title">Every version</h2>
        <p className="muted">Nothing is overwritten: each wording either of you put forward stays here.</p>
        <ol className="version-list agreement-versions">
          {agreement.versions.map((version, index) => (
            <li key={version.versionId} className="agreement-version">
              <h3 className="agreement-version__title">
                Version {index + 1}
                {version.versionId === agreement.terms.versionId && agreement.inForce && " (in force)"}
              </h3>
              <TermsView terms={version} name={name} controlNotice={null} />
            </li>
          ))}
        </ol>
      </section>

      <section className="section" aria-labelledby="history-title">
        <h2 id="history-title">What happened, step by step</h2>
        <ol className="thread agreement-history">
          {agreement.history.map((entry) => (
            <li key={entry.id} className="thread-step">
              <p className="thread-step__what">{historyLine(entry, name)}</p>
              {entry.note && <p className="written">“{entry.note}”</p>}
              <p className="thread-step__when">{formatDateTime(entry.at)}</p>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
