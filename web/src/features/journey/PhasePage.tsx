import { getPhase, type PhaseId, phaseIds, tasksFor } from "@mend/core/method/index";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { segment } from "../../api/client.ts";
import { NotFoundPage } from "../../app/ErrorPages.tsx";
import { ErrorState, LoadingState } from "../../ui/States.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { spaceQuery } from "../spaces/api.ts";
import { journeyQuery } from "./api.ts";
import { statusHints, statusLabels } from "./phase-status.ts";
import { toolNames, toolPath } from "./tools.ts";

const isPhaseId = (value: string): value is PhaseId => (phaseIds as readonly string[]).includes(value);

export function PhasePage() {
  const { spaceId = "", phaseId = "" } = useParams();
  if (!isPhaseId(phaseId)) return <NotFoundPage />;
  return <Phase spaceId={spaceId} phaseId={phaseId} />;
}

function Phase({ spaceId, phaseId }: { spaceId: string; phaseId: PhaseId }) {
  const phase = getPhase(phaseId);
  const space = useQuery(spaceQuery(spaceId));
  const journey = useQuery(journeyQuery(spaceId));
  useDocumentTitle(phase.title);

  if (space.isPending || journey.isPending) return <LoadingState label="Loading this step…" />;
  if (space.isError || journey.isError) {
    return (
      <ErrorState
        error={space.error ?? journey.error}
        onRetry={() => void Promise.all([space.refetch(), journey.refetch()])}
      />
    );
  }
  const progress = journey.data.phases.find((p) => p.phase === phaseId);
  const tasks = tasksFor(phase, space.data.you.role);

  return (
    <div className="page page--narrow">
      <p className="eyebrow">
        <Link to={`/spaces/${segment(spaceId)}/journey`}>The repair journey</Link>
      </p>
      <h1>{phase.title}</h1>
      <p className="lead">{phase.purpose}</p>

      {progress && (
        <section className="section" aria-labelledby="where-title">
          <h2 id="where-title">Where you are</h2>
          <p>
            <span className={`badge badge--${progress.status}`}>{statusLabels[progress.status]}</span>{" "}
            {statusHints[progress.status]}
          </p>
          {progress.reasons.length > 0 && progress.status !== "not_started" && (
            <ul className="plain-list">
              {progress.reasons.map((reason) => (
                <li key={`${reason.code}-${reason.at ?? ""}-${reason.direction?.brokeTrust ?? ""}`}>
                  {reason.text}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      <section className="section" aria-labelledby="tasks-title">
        <h2 id="tasks-title">What you can do</h2>
        <ul className="task-list">
          {tasks.map((task) => {
            const path = task.tool ? toolPath(task.tool, spaceId) : undefined;
            return (
              <li key={task.id} className="task">
                <h3 className="task__title">{task.title}</h3>
                <p>{task.detail}</p>
                {task.tool &&
                  (path ? (
                    <Link className="button button--secondary" to={path}>
                      Open {toolNames[task.tool]}
                    </Link>
                  ) : (
                    <p className="tag tag--soon">{toolNames[task.tool]}: coming soon</p>
                  ))}
                {task.id === "acknowledge.readiness" && (
                  <Link className="button button--secondary" to={`/spaces/${segment(spaceId)}/readiness`}>
                    Take the private check
                  </Link>
                )}
              </li>
            );
          })}
        </ul>
      </section>

      <section className="section" aria-labelledby="expect-title">
        <h2 id="expect-title">What to expect</h2>
        <ul>
          {phase.whatToExpect.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>

      <section className="section" aria-labelledby="evidence-title">
        <h2 id="evidence-title">How Mend sees progress here</h2>
        <p className="muted">
          Mend never asks you to tick a box. It looks at what you both actually shared and did.
        </p>
        <h3>Under way when</h3>
        <ul>
          {phase.evidence.underWay.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <h3>Done for now when</h3>
        <ul>
          {phase.evidence.complete.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
