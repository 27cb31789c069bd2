import { forOwnReadinessPath } from "@mend/core/method/index";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { segment } from "../../api/client.ts";
import { ErrorState, LoadingState } from "../../ui/States.tsx";
import { useOwnReadiness } from "../readiness/safety-path.ts";
import { useAccountId, VaultGate } from "../vault/VaultGate.tsx";
import { journeyQuery } from "./api.ts";
import { JourneyMap } from "./JourneyMap.tsx";
import { NextSteps } from "./NextSteps.tsx";

/**
 * The space home's view of the method: what to do next, and where the two of you stand. The server's
 * steps are the same whatever the person's readiness check found; they are tailored to it here, from
 * the answers opened in this tab, and wait for that when a check was taken.
 */
export function SpaceJourneySection({ spaceId, otherName }: { spaceId: string; otherName: string }) {
  const accountId = useAccountId();
  const journey = useQuery(journeyQuery(spaceId));
  const own = useOwnReadiness(spaceId);
  const { result } = own;
  const known = journey.data && result !== undefined ? journey.data : undefined;
  const onSafetyPath = result?.path === "safety";
  return (
    <>
      <section className="section" aria-labelledby="next-title">
        <h2 id="next-title">What's next</h2>
        {journey.isPending && <LoadingState label="Working out your next step…" />}
        {journey.isError && <ErrorState error={journey.error} onRetry={() => void journey.refetch()} />}
        {own.error && <ErrorState error={own.error} onRetry={own.retry} />}
        {journey.data && result === undefined && !own.error && (
          <VaultGate
            accountId={accountId}
            what="What you answered in the readiness check, which shapes your next step,"
          >
            <LoadingState label="Working out your next step…" />
          </VaultGate>
        )}
        {known && (
          <NextSteps
            steps={forOwnReadinessPath(known, result?.path ?? null)}
            onSafetyPath={onSafetyPath}
            spaceId={spaceId}
            otherName={otherName}
          />
        )}
      </section>
      {known && !onSafetyPath && (
        <section className="section" aria-labelledby="journey-title">
          <h2 id="journey-title">Where you both are</h2>
          <p className="muted">
            Based only on what you have both shared and done.{" "}
            <Link to={`/spaces/${segment(spaceId)}/journey`}>About the journey</Link>
          </p>
          <JourneyMap journey={known} spaceId={spaceId} />
        </section>
      )}
    </>
  );
}
