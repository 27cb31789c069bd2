import {
  beforeMaintenance,
  maintenanceIntro,
  monthlyReviewGuide,
  weeklyCheckinGuide,
} from "@mend/core/maintenance/content";
import type { MaintenanceView, MaintenanceWarningView } from "@mend/core/maintenance/contract";
import { getPhase } from "@mend/core/method/index";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { isApiError, segment } from "../../api/client.ts";
import { formatDate } from "../../ui/dates.ts";
import { ErrorState, LoadingState, Notice } from "../../ui/States.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { toolPath } from "../journey/tools.ts";
import { maintenanceQuery, useMarkReviewHeld } from "./api.ts";

type MaintainingView = Extract<MaintenanceView, { stage: "maintaining" }>;
type RepairingView = Extract<MaintenanceView, { stage: "repairing" }>;

export function MaintenancePage() {
  const { spaceId = "" } = useParams();
  const maintenance = useQuery(maintenanceQuery(spaceId));
  useDocumentTitle(maintenanceIntro.title);
  const base = `/spaces/${segment(spaceId)}`;

  return (
    <div className="page page--narrow">
      <p className="eyebrow">
        <Link to={base}>Back to your space</Link>
      </p>
      <h1>{maintenanceIntro.title}</h1>
      {maintenance.isPending && <LoadingState label="Loading…" />}
      {maintenance.isError && (
        <ErrorState error={maintenance.error} onRetry={() => void maintenance.refetch()} />
      )}
      {maintenance.data?.stage === "repairing" && (
        <Repairing spaceId={spaceId} remaining={maintenance.data.remaining} />
      )}
      {maintenance.data?.stage === "maintaining" && <Maintaining spaceId={spaceId} view={maintenance.data} />}
    </div>
  );
}

function Repairing({ spaceId, remaining }: { spaceId: string; remaining: RepairingView["remaining"] }) {
  return (
    <>
      <section className="callout callout--welcome" aria-labelledby="not-yet-title">
        <h2 id="not-yet-title" className="callout__title">
          {beforeMaintenance.title}
        </h2>
        <p>{beforeMaintenance.text}</p>
      </section>
      {remaining.length > 0 && (
        <section className="section" aria-labelledby="ahead-title">
          <h2 id="ahead-title">Still in progress</h2>
          <ul className="plain-list">
            {remaining.map((phase) => (
              <li key={phase}>
                <Link to={`/spaces/${segment(spaceId)}/phases/${phase}`}>{getPhase(phase).title}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="section" aria-labelledby="later-title">
        <h2 id="later-title">What this looks like later on</h2>
        {maintenanceIntro.paragraphs.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </section>
    </>
  );
}

function Maintaining({ spaceId, view }: { spaceId: string; view: MaintainingView }) {
  const review = useMarkReviewHeld(spaceId);
  const base = `/spaces/${segment(spaceId)}`;
  return (
    <>
      <p className="eyebrow">Keeping it up since {formatDate(view.since)}</p>
      {maintenanceIntro.paragraphs.map((paragraph, index) => (
        <p key={paragraph} className={index === 0 ? "lead" : undefined}>
          {paragraph}
        </p>
      ))}

      {view.warnings.length > 0 && <Warnings spaceId={spaceId} warnings={view.warnings} />}

      <section
        className={`section panel heal-rhythm${view.checkin.due ? " heal-rhythm--due" : ""}`}
        aria-labelledby="weekly-title"
      >
        <h2 id="weekly-title">{weeklyCheckinGuide.title}</h2>
        <p>{view.checkin.due ? weeklyCheckinGuide.due : weeklyCheckinGuide.notDue}</p>
        <p className="muted">
          Every {view.checkin.everyDays} days.{" "}
          {view.checkin.lastAt ? `Last one ${formatDate(view.checkin.lastAt)}. ` : ""}
          {view.checkin.due ? "" : `Next one around ${formatDate(view.checkin.nextDueAt)}.`}
        </p>
        <h3>Questions you might ask each other</h3>
        <ul>
          {weeklyCheckinGuide.questions.map((q) => (
            <li key={q}>{q}</li>
          ))}
        </ul>
        <Link
          className={`button ${view.checkin.due ? "button--primary" : "button--secondary"}`}
          to={`${base}/checkin`}
        >
          Check in
        </Link>
      </section>

      <section
        className={`section panel heal-rhythm${view.review.due ? " heal-rhythm--due" : ""}`}
        aria-labelledby="monthly-title"
      >
        <h2 id="monthly-title">{monthlyReviewGuide.title}</h2>
        <p>{view.review.due ? monthlyReviewGuide.due : monthlyReviewGuide.notDue}</p>
        <p className="muted">
          {view.review.lastAt ? `Last held ${formatDate(view.review.lastAt)}. ` : ""}
          {view.review.due ? "" : `Next one around ${formatDate(view.review.nextDueAt)}.`}
        </p>
        <h3>Things to talk about</h3>
        <ul>
          {monthlyReviewGuide.questions.map((q) => (
            <li key={q}>{q}</li>
          ))}
        </ul>
        {review.isSuccess && <Notice>Noted. The next one comes round in about a month.</Notice>}
        {review.error && (
          <p className="form-error" role="alert">
            {isApiError(review.error) ? review.error.message : "That didn't save. Please try again."}
          </p>
        )}
        <button
          type="button"
          className={`button ${view.review.due ? "button--primary" : "button--secondary"}`}
          disabled={review.isPending}
          onClick={() => review.mutate()}
        >
          {review.isPending ? "Saving…" : monthlyReviewGuide.markHeld}
        </button>
      </section>
    </>
  );
}

function Warnings({ spaceId, warnings }: { spaceId: string; warnings: MaintenanceWarningView[] }) {
  const talks = toolPath("talks", spaceId);
  return (
    <section className="section" aria-labelledby="warnings-title">
      <h2 id="warnings-title">Worth talking about</h2>
      <ul className="heal-list">
        {warnings.map((warning) => (
          <li key={`${warning.kind}-${warning.at}`} className="callout callout--care heal-warning">
            <h3 className="callout__title">{warning.title}</h3>
            <p>{warning.text}</p>
            <p>{warning.suggestion}</p>
            <p className="muted">Noticed {formatDate(warning.at)}</p>
            {talks && <Link to={talks}>Plan a talk</Link>}
          </li>
        ))}
      </ul>
    </section>
  );
}
