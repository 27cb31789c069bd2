import type { LadderView } from "@mend/core/closeness/contract";
import {
  type LadderAnswer,
  ladderAnswerLabels,
  ladderAnswers,
  ladderGuide,
  ladderNothingTogether,
} from "@mend/core/closeness/ladder";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { isApiError, segment } from "../../api/client.ts";
import { RadioGroup } from "../../ui/ChoiceGroup.tsx";
import { ErrorState, LoadingState } from "../../ui/States.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { ladderQuery, useAnswerLadderStep } from "./api.ts";

const choices = ladderAnswers.map((answer) => ({ value: answer, label: ladderAnswerLabels[answer] }));

export function LadderPage() {
  const { spaceId = "" } = useParams();
  const ladder = useQuery(ladderQuery(spaceId));
  useDocumentTitle("Closeness ladder");

  return (
    <div className="page page--narrow">
      <p className="eyebrow">
        <Link to={`/spaces/${segment(spaceId)}`}>Back to your space</Link>
      </p>
      <h1>{ladderGuide.title}</h1>
      {ladderGuide.paragraphs.map((paragraph, index) => (
        <p key={paragraph} className={index === 0 ? "lead" : undefined}>
          {paragraph}
        </p>
      ))}
      {ladder.isPending && <LoadingState label="Loading the ladder…" />}
      {ladder.isError && <ErrorState error={ladder.error} onRetry={() => void ladder.refetch()} />}
      {ladder.data && <Ladder spaceId={spaceId} ladder={ladder.data} />}
    </div>
  );
}

function Ladder({ spaceId, ladder }: { spaceId: string; ladder: LadderView }) {
  const together = ladder.steps.filter((step) => ladder.together.includes(step.id));
  return (
    <>
      <section className="section panel heal-together" aria-labelledby="together-title">
        <h2 id="together-title">Together</h2>
        {together.length === 0 ? (
          <p className="muted">{ladderNothingTogether}</p>
        ) : (
          <ul className="heal-together__list">
            {together.map((step) => (
              <li key={step.id} className="heal-together__item">
                <span className="heal-together__title">{step.title}</span>
                <span className="heal-together__detail">{step.detail}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="section" aria-labelledby="answers-title">
        <h2 id="answers-title">Your answers</h2>
        <p className="muted">Only you see these. Change any of them whenever you like.</p>
        {ladder.steps.map((step) => (
          <StepAnswer key={step.id} spaceId={spaceId} step={step} />
        ))}
      </section>
    </>
  );
}

function StepAnswer({ spaceId, step }: { spaceId: string; step: LadderView["steps"][number] }) {
  const answer = useAnswerLadderStep(spaceId);
  // The choice just made shows at once, while it is on its way; the server's answer takes over after.
  const [choosing, setChoosing] = useState<LadderAnswer | null | undefined>(undefined);
  const shown = choosing === undefined ? step.yourAnswer : choosing;
  const choose = (next: LadderAnswer | null) => {
    setChoosing(next);
    answer.mutate({ stepId: step.id, answer: next }, { onSettled: () => setChoosing(undefined) });
  };
  const error = answer.error
    ? isApiError(answer.error)
      ? answer.error.message
      : "That didn't save. Please try again."
    : undefined;

  return (
    <div className="heal-rung">
      <RadioGroup
        id={`rung-${step.id}`}
        legend={step.title}
        hint={step.detail}
        choices={choices}
        value={shown}
        error={error}
        onChange={choose}
      />
      <div className="heal-rung__after">
        {step.yourAnswer !== null && !answer.isPending && (
          <button type="button" className="link-button" onClick={() => choose(null)}>
            Clear my answer<span className="visually-hidden"> to “{step.title}”</span>
          </button>
        )}
        <span className="heal-rung__status" role="status">
          {answer.isSuccess && !answer.isPending ? "Saved" : ""}
        </span>
      </div>
    </div>
  );
}
