import { questionsFor, readinessIntro } from "@mend/core/readiness/index";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { segment } from "../../api/client.ts";
import { ErrorState, LoadingState } from "../../ui/States.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { spaceQuery } from "../spaces/api.ts";
import { readinessQuery, useSubmitReadiness } from "./api.ts";
import { ReadinessForm } from "./ReadinessForm.tsx";
import { ReadinessResult } from "./ReadinessResult.tsx";

export function ReadinessPage() {
  const { spaceId = "" } = useParams();
  useDocumentTitle(readinessIntro.title);
  const space = useQuery(spaceQuery(spaceId));
  const own = useQuery(readinessQuery(spaceId));
  const submit = useSubmitReadiness(spaceId);
  const [retaking, setRetaking] = useState(false);

  if (space.isPending || own.isPending) return <LoadingState label="Loading your check…" />;
  if (space.isError || own.isError) {
    return (
      <ErrorState
        error={space.error ?? own.error}
        onRetry={() => void Promise.all([space.refetch(), own.refetch()])}
      />
    );
  }
  const check = own.data.check;
  const showForm = !check || retaking;

  return (
    <div className="page page--narrow">
      <p className="eyebrow">
        <Link to={`/spaces/${segment(spaceId)}`}>Back to your space</Link>
      </p>
      <h1>{readinessIntro.title}</h1>
      <p className="lead">{readinessIntro.text}</p>
      {showForm ? (
        <ReadinessForm
          questions={questionsFor(space.data.you.role)}
          initial={check?.answers}
          pending={submit.isPending}
          serverError={submit.error}
          onSubmit={(answers) =>
            submit.mutate(answers, {
              onSuccess: () => {
                setRetaking(false);
                window.scrollTo({ top: 0 });
              },
            })
          }
        />
      ) : (
        <>
          <ReadinessResult check={check} spaceId={spaceId} />
          <button type="button" className="button button--secondary" onClick={() => setRetaking(true)}>
            Take the check again
          </button>
        </>
      )}
    </div>
  );
}
