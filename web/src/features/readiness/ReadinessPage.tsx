import { assessReadiness, questionsFor, readinessIntro } from "@mend/core/readiness/index";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { segment } from "../../api/client.ts";
import { ErrorState, LoadingState } from "../../ui/States.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { spaceQuery } from "../spaces/api.ts";
import { useAccountId, VaultGate } from "../vault/VaultGate.tsx";
import { ownReadinessQuery, useSubmitReadiness } from "./api.ts";
import { ReadinessForm } from "./ReadinessForm.tsx";
import { ReadinessResult } from "./ReadinessResult.tsx";

export function ReadinessPage() {
  const { spaceId = "" } = useParams();
  const accountId = useAccountId();
  useDocumentTitle(readinessIntro.title);

  return (
    <div className="page page--narrow">
      <p className="eyebrow">
        <Link to={`/spaces/${segment(spaceId)}`}>Back to your space</Link>
      </p>
      <h1>{readinessIntro.title}</h1>
      <p className="lead">{readinessIntro.text}</p>
      <VaultGate accountId={accountId} what="What you answer here">
        <OwnCheck accountId={accountId} spaceId={spaceId} />
      </VaultGate>
    </div>
  );
}

/**
 * The check, with the vault open: the answers are sealed in this tab before they are sent, and the
 * result is worked out here from them, so the server never learns either.
 */
function OwnCheck({ accountId, spaceId }: { accountId: string; spaceId: string }) {
  const space = useQuery(spaceQuery(spaceId));
  const own = useQuery(ownReadinessQuery(accountId, spaceId));
  const submit = useSubmitReadiness(accountId, spaceId);
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
  const check = own.data;
  const role = space.data.you.role;
  if (!check || retaking) {
    return (
      <ReadinessForm
        questions={questionsFor(role)}
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
    );
  }
  return (
    <>
      <ReadinessResult
        completedAt={check.completedAt}
        result={assessReadiness(check.answers, role)}
        spaceId={spaceId}
      />
      <button type="button" className="button button--secondary" onClick={() => setRetaking(true)}>
        Take the check again
      </button>
    </>
  );
}
