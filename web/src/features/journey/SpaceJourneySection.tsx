import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { segment } from "../../api/client.ts";
import { ErrorState, LoadingState } from "../../ui/States.tsx";
import { journeyQuery } from "./api.ts";
import { JourneyMap } from "./JourneyMap.tsx";
import { NextSteps } from "./NextSteps.tsx";

/** The space home's view of the method: what to do next, and where the two of you stand. */
export function SpaceJourneySection({ spaceId, otherName }: { spaceId: string; otherName: string }) {
  const journey = useQuery(journeyQuery(spaceId));
  const onSafetyPath = journey.data?.readiness.yourPath === "safety";
  return (
    <>
      <section className="section" aria-labelledby="next-title">
        <h2 id="next-title">What's next</h2>
        {journey.isPending && <LoadingState label="Working out your next step…" />}
        {journey.isError && <ErrorState error={journey.error} onRetry={() => void journey.refetch()} />}
        {journey.data && <NextSteps journey={journey.data} spaceId={spaceId} otherName={otherName} />}
      </section>
      {journey.data && !onSafetyPath && (
        <section className="section" aria-labelledby="journey-title">
          <h2 id="journey-title">Where you both are</h2>
          <p className="muted">
            Based only on what you have both shared and done.{" "}
            <Link to={`/spaces/${segment(spaceId)}/journey`}>About the journey</Link>
          </p>
          <JourneyMap journey={journey.data} spaceId={spaceId} />
        </section>
      )}
    </>
  );
}
