import type { SoloPathView } from "@mend/core/solo/contract";
import { type SoloStepId, soloHonesty, soloStepTexts } from "@mend/core/solo/index";
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Link, useParams } from "react-router";
import { segment } from "../../api/client.ts";
import { ErrorState, LoadingState } from "../../ui/States.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { soloQuery } from "./api.ts";
import { PromptSeries } from "./PromptSeries.tsx";
import { OwnAmends, Supporters, Timeline } from "./SoloLists.tsx";
import { SoloSteps, stepStatus } from "./SoloSteps.tsx";

export function SoloPathPage() {
  const { spaceId = "" } = useParams();
  const path = useQuery(soloQuery(spaceId));
  useDocumentTitle("Your own path");
  const base = `/spaces/${segment(spaceId)}`;

  return (
    <div className="page page--narrow">
      <p className="eyebrow">
        <Link to={base}>Back to your space</Link>
      </p>
      <h1>Your own path</h1>
      <p className="lead">{soloHonesty}</p>
      {path.isPending && <LoadingState label="Loading your path…" />}
      {path.isError && <ErrorState error={path.error} onRetry={() => void path.refetch()} />}
      {path.data && (
        <>
          <nav aria-labelledby="solo-steps-title" className="section">
            <h2 id="solo-steps-title">The steps</h2>
            <SoloSteps steps={path.data.steps} linkTo={(id) => `#step-${id}`} />
          </nav>
          {path.data.steps.map((step) => (
            <section
              key={step.id}
              id={`step-${step.id}`}
              className="section solo-step"
              aria-labelledby={`step-${step.id}-title`}
            >
              <h2 id={`step-${step.id}-title`}>
                {soloStepTexts[step.id].title}{" "}
                <span className="solo-steps__status">· {stepStatus(step)}</span>
              </h2>
              <p>{soloStepTexts[step.id].about}</p>
              <StepTool id={step.id} view={path.data} spaceId={spaceId} base={base} />
            </section>
          ))}
        </>
      )}
    </div>
  );
}

function StepTool({
  id,
  view,
  spaceId,
  base,
}: {
  id: SoloStepId;
  view: SoloPathView;
  spaceId: string;
  base: string;
}): ReactNode {
  const answersOf = (series: "self_trust" | "how_it_happened" | "self_forgiveness") =>
    view.series.find((s) => s.id === series)?.answers ?? [];
  switch (id) {
    case "timeline":
      return <Timeline spaceId={spaceId} entries={view.timeline} />;
    case "support":
      return (
        <>
          <p>
            If you feel unsafe or overwhelmed,{" "}
            <Link to={`${base}/safety`}>the help lines are on the safety page</Link>.
          </p>
          <Supporters spaceId={spaceId} supporters={view.supporters} />
        </>
      );
    case "acknowledgment":
      return (
        <Link className="button button--secondary" to={`${base}/acknowledgment`}>
          Open your acknowledgment draft and the coach
        </Link>
      );
    case "own_amends":
      return <OwnAmends spaceId={spaceId} amends={view.amends} />;
    case "decide":
      return (
        <Link className="button button--secondary" to={`${base}/deciding`}>
          Open the deciding tool
        </Link>
      );
    default:
      return <PromptSeries spaceId={spaceId} series={id} answers={answersOf(id)} />;
  }
}
