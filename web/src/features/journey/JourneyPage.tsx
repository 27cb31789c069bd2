import { acrossPhases } from "@mend/core/method/index";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { segment } from "../../api/client.ts";
import { ErrorState, LoadingState } from "../../ui/States.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { useOnSafetyPath } from "../readiness/safety-path.ts";
import { SoloPathSummary } from "../solo/SoloPathSummary.tsx";
import { useAccountId, VaultGate } from "../vault/VaultGate.tsx";
import { journeyQuery } from "./api.ts";
import { JourneyMap } from "./JourneyMap.tsx";

export function JourneyPage() {
  const { spaceId = "" } = useParams();
  const journey = useQuery(journeyQuery(spaceId));
  // Worked out in this tab from the person's own answers; the steps wait until it is known.
  const onSafetyPath = useOnSafetyPath(spaceId);
  const accountId = useAccountId();
  useDocumentTitle("Your repair journey");

  return (
    <div className="page">
      <p className="eyebrow">
        <Link to={`/spaces/${segment(spaceId)}`}>Back to your space</Link>
      </p>
      <h1>The repair journey</h1>
      <p className="lead">
        Repair tends to move through these parts, though rarely in a straight line. They overlap, and
        something new can open an earlier one again. That is part of the work, not a failure. It usually takes
        months, sometimes longer.
      </p>
      {journey.isPending && <LoadingState label="Loading the journey…" />}
      {journey.isError && <ErrorState error={journey.error} onRetry={() => void journey.refetch()} />}
      {journey.data && onSafetyPath === undefined && (
        <VaultGate
          accountId={accountId}
          what="What you answered in the readiness check, which shapes the steps shown here,"
        >
          <LoadingState label="Loading the journey…" />
        </VaultGate>
      )}
      {onSafetyPath ? (
        <div className="callout callout--care">
          <h2 className="callout__title">Your safety comes first</h2>
          <p>
            Your private check suggested it may not be safe to work on this together right now, so Mend isn't
            offering any of these steps for now. If things change, you can take the check again whenever you
            like.
          </p>
          <Link className="button button--primary" to={`/spaces/${segment(spaceId)}/safety`}>
            Open the safety page
          </Link>
        </div>
      ) : (
        journey.data &&
        onSafetyPath === false && (
          <>
            <SoloPathSummary spaceId={spaceId} />
            <JourneyMap journey={journey.data} spaceId={spaceId} />
          </>
        )
      )}
      <section className="section" aria-labelledby="across-title">
        <h2 id="across-title">Along the whole way</h2>
        {acrossPhases.map((note) => (
          <details key={note.id} className="disclosure">
            <summary>{note.title}</summary>
            <ul>
              {note.points.map((point) => (
                <li key={point}>{point}</li>
              ))}
            </ul>
          </details>
        ))}
      </section>
    </div>
  );
}
