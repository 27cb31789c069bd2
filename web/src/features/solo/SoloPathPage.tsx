import type { SoloPathView } from "@mend/core/solo/contract";
import { type SoloStepId, seriesOfPrompt, soloHonesty, soloStepTexts } from "@mend/core/solo/index";
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Link, useParams } from "react-router";
import { segment } from "../../api/client.ts";
import { ErrorState, LoadingState } from "../../ui/States.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { useAccountId, VaultGate } from "../vault/VaultGate.tsx";
import { type OpenedSoloPath, openedSoloQuery, soloQuery } from "./api.ts";
import { PromptSeries } from "./PromptSeries.tsx";
import { OwnAmends, Supporters, Timeline } from "./SoloLists.tsx";
import { SoloSteps, stepStatus } from "./SoloSteps.tsx";

export function SoloPathPage() {
  const { spaceId = "" } = useParams();
  const path = useQuery(soloQuery(spaceId));
  const accountId = useAccountId();
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
          {/* Everything written on the path is sealed in this tab, so the steps' tools wait for the vault. */}
          <VaultGate accountId={accountId} what="Everything you wrote on your path">
            <Steps accountId={accountId} view={path.data} spaceId={spaceId} base={base} />
          </VaultGate>
        </>
      )}
    </div>
  );
}

/** Only rendered while the vault is open: each step with its tool, and what you wrote opened in this tab. */
function Steps({
  accountId,
  view,
  spaceId,
  base,
}: {
  accountId: string;
  view: SoloPathView;
  spaceId: string;
  base: string;
}) {
  const opened = useQuery(openedSoloQuery(accountId, spaceId));
  if (opened.isPending) return <LoadingState label="Opening what you wrote…" />;
  if (opened.isError) return <ErrorState error={opened.error} onRetry={() => void opened.refetch()} />;
  return view.steps.map((step) => (
    <section
      key={step.id}
      id={`step-${step.id}`}
      className="section solo-step"
      aria-labelledby={`step-${step.id}-title`}
    >
      <h2 id={`step-${step.id}-title`}>
        {soloStepTexts[step.id].title} <span className="solo-steps__status">· {stepStatus(step)}</span>
      </h2>
      <p>{soloStepTexts[step.id].about}</p>
      <StepTool id={step.id} opened={opened.data} accountId={accountId} spaceId={spaceId} base={base} />
    </section>
  ));
}

function StepTool({
  id,
  opened,
  accountId,
  spaceId,
  base,
}: {
  id: SoloStepId;
  opened: OpenedSoloPath;
  accountId: string;
  spaceId: string;
  base: string;
}): ReactNode {
  const answersOf = (series: "self_trust" | "how_it_happened" | "self_forgiveness") =>
    opened.answers.filter((answer) => seriesOfPrompt(answer.promptId) === series);
  switch (id) {
    case "timeline":
      return <Timeline accountId={accountId} spaceId={spaceId} entries={opened.timeline} />;
    case "support":
      return (
        <>
          <p>
            If you feel unsafe or overwhelmed,{" "}
            <Link to={`${base}/safety`}>the help lines are on the safety page</Link>.
          </p>
          <Supporters accountId={accountId} spaceId={spaceId} supporters={opened.supporters} />
        </>
      );
    case "acknowledgment":
      return (
        <Link className="button button--secondary" to={`${base}/acknowledgment`}>
          Open your acknowledgment draft and the coach
        </Link>
      );
    case "own_amends":
      return <OwnAmends accountId={accountId} spaceId={spaceId} amends={opened.amends} />;
    case "decide":
      return (
        <Link className="button button--secondary" to={`${base}/deciding`}>
          Open the deciding tool
        </Link>
      );
    default:
      return <PromptSeries accountId={accountId} spaceId={spaceId} series={id} answers={answersOf(id)} />;
  }
}
