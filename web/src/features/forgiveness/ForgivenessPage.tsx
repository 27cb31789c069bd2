import type { ForgivenessView } from "@mend/core/forgiveness/contract";
import {
  forgivenessForBrokeTrust,
  forgivenessIntro,
  forgivingIsNotReconciling,
} from "@mend/core/forgiveness/practices";
import { type ForgivenessStepId, forgivenessStep, forgivenessStepIds } from "@mend/core/forgiveness/steps";
import type { SpaceView } from "@mend/core/spaces/contract";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams, useSearchParams } from "react-router";
import { segment } from "../../api/client.ts";
import { ErrorState, LoadingState } from "../../ui/States.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { otherPersonName, spaceQuery } from "../spaces/api.ts";
import { forgivenessQuery } from "./api.ts";
import { Guidance } from "./Guidance.tsx";
import { PrivateWritingLinks } from "./PrivateWritingLinks.tsx";
import { ResentmentTrend } from "./ResentmentTrend.tsx";
import { SharedWithYou } from "./SharedWithYou.tsx";
import { StepReflectionForm } from "./StepReflectionForm.tsx";
import { StepReflections } from "./StepReflections.tsx";
import { StepsNav } from "./StepsNav.tsx";

const isStepId = (value: string | null): value is ForgivenessStepId =>
  value !== null && (forgivenessStepIds as readonly string[]).includes(value);

export function ForgivenessPage() {
  const { spaceId = "" } = useParams();
  const space = useQuery(spaceQuery(spaceId));
  const forgiveness = useQuery(forgivenessQuery(spaceId));
  useDocumentTitle(forgiveness.data?.forYou === false ? "Forgiveness" : forgivenessIntro.title);

  if (space.isPending || forgiveness.isPending)
    return <LoadingState label="Loading your forgiveness path…" />;
  if (space.isError || forgiveness.isError) {
    return (
      <div className="page page--narrow">
        <h1>Forgiveness</h1>
        <ErrorState
          error={space.error ?? forgiveness.error}
          onRetry={() => void Promise.all([space.refetch(), forgiveness.refetch()])}
        />
      </div>
    );
  }
  return forgiveness.data.forYou ? (
    <YourPath space={space.data} view={forgiveness.data} />
  ) : (
    <TheirPath space={space.data} view={forgiveness.data} />
  );
}

function BackLink({ spaceId }: { spaceId: string }) {
  return (
    <p className="eyebrow">
      <Link to={`/spaces/${segment(spaceId)}`}>Back to your space</Link>
    </p>
  );
}

/** The hurt person's page (and both people's, when the breach was mutual). */
function YourPath({ space, view }: { space: SpaceView; view: ForgivenessView }) {
  const [params] = useSearchParams();
  const asked = params.get("step");
  const selected = isStepId(asked) ? asked : (view.path.next ?? view.path.current);
  const step = forgivenessStep(selected);
  const name = otherPersonName(space);
  const canShare = space.other !== null;
  const mine = view.reflections.filter((r) => r.step === selected);

  return (
    <div className="page">
      <BackLink spaceId={space.id} />
      <h1>{forgivenessIntro.title}</h1>
      {forgivenessIntro.paragraphs.map((paragraph, index) => (
        <p key={paragraph} className={index === 0 ? "lead" : undefined}>
          {paragraph}
        </p>
      ))}
      <section className="section" aria-labelledby="steps-title">
        <h2 id="steps-title">The five steps</h2>
        <p className="muted">Open any step, in any order. The suggestion is only a suggestion.</p>
        <StepsNav path={view.path} selected={selected} />
      </section>

      <section className="section heal-step" aria-labelledby="step-title" key={selected}>
        <p className="eyebrow">
          Step {forgivenessStepIds.indexOf(selected) + 1} of {forgivenessStepIds.length}
        </p>
        <h2 id="step-title">{step.title}</h2>
        <p>{step.about}</p>
        <h3>Some questions to start from</h3>
        <p className="muted">Answering one is plenty.</p>
        <ul>
          {step.prompts.map((prompt) => (
            <li key={prompt}>{prompt}</li>
          ))}
        </ul>
        <StepReflectionForm spaceId={space.id} step={step} otherName={name} canShare={canShare} />
        <h3 className="heal-subhead">Your reflections on this step</h3>
        <StepReflections spaceId={space.id} reflections={mine} otherName={name} canShare={canShare} />
      </section>

      <Guidance section={forgivingIsNotReconciling} tone="care" />
      <ResentmentTrend points={view.path.resentment} />
      {space.you.role === "both" && <SharedWithYou reflections={view.sharedWithYou} otherName={name} />}
      <PrivateWritingLinks spaceId={space.id} />
    </div>
  );
}

/** For the person who broke trust: no steps to walk, only what the other person chose to share. */
function TheirPath({ space, view }: { space: SpaceView; view: ForgivenessView }) {
  const name = otherPersonName(space);
  return (
    <div className="page page--narrow">
      <BackLink spaceId={space.id} />
      <h1>Forgiveness</h1>
      <p className="lead">{forgivenessForBrokeTrust.paragraphs[0]}</p>
      <Guidance
        section={{ ...forgivenessForBrokeTrust, paragraphs: forgivenessForBrokeTrust.paragraphs.slice(1) }}
      />
      <SharedWithYou reflections={view.sharedWithYou} otherName={name} />
      <Guidance section={forgivingIsNotReconciling} tone="care" />
      <PrivateWritingLinks spaceId={space.id} />
    </div>
  );
}
