import type { PlanView } from "@mend/core/closeness/contract";
import { timeTogetherGuide } from "@mend/core/closeness/ideas";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { segment } from "../../api/client.ts";
import { EmptyState, ErrorState, LoadingState } from "../../ui/States.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { useSpaceStream } from "../realtime/use-space-stream.ts";
import { otherPersonName, spaceQuery } from "../spaces/api.ts";
import { plansQuery } from "./api.ts";
import { IdeaLibrary } from "./IdeaLibrary.tsx";
import { PlanCard } from "./PlanCard.tsx";
import { PlanForm } from "./PlanForm.tsx";

const groups: { status: PlanView["status"]; title: string }[] = [
  { status: "planned", title: "Planned" },
  { status: "done", title: "Done" },
  { status: "set_aside", title: "Set aside" },
];

export function TimeTogetherPage() {
  const { spaceId = "" } = useParams();
  const space = useQuery(spaceQuery(spaceId));
  const plans = useQuery(plansQuery(spaceId));
  useSpaceStream(spaceId);
  useDocumentTitle(timeTogetherGuide.title);

  if (space.isPending) return <LoadingState label="Loading your plans…" />;
  if (space.isError) return <ErrorState error={space.error} onRetry={() => void space.refetch()} />;
  const name = otherPersonName(space.data);
  const together = space.data.other !== null;

  return (
    <div className="page">
      <p className="eyebrow">
        <Link to={`/spaces/${segment(spaceId)}`}>Back to your space</Link>
      </p>
      <h1>{timeTogetherGuide.title}</h1>
      {timeTogetherGuide.paragraphs.map((paragraph, index) => (
        <p key={paragraph} className={index === 0 ? "lead" : undefined}>
          {paragraph}
        </p>
      ))}

      <section className="section" aria-labelledby="plans-title">
        <h2 id="plans-title">Your plans</h2>
        {plans.isPending && <LoadingState label="Loading your plans…" />}
        {plans.isError && <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />}
        {plans.data?.length === 0 && (
          <EmptyState title="No plans yet">
            <p>
              {together
                ? "Pick something from the ideas below, or write your own. Small and ordinary is a fine place to start."
                : `Time together opens once ${name} has joined the space.`}
            </p>
          </EmptyState>
        )}
        {plans.data &&
          groups.map(({ status, title }) => {
            const inGroup = plans.data.filter((plan) => plan.status === status);
            if (inGroup.length === 0) return null;
            return (
              <div key={status} className="heal-plan-group">
                <h3 className="heal-subhead">{title}</h3>
                <ul className="heal-list">
                  {inGroup.map((plan) => (
                    <li key={plan.id}>
                      <PlanCard spaceId={spaceId} plan={plan} otherName={name} />
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
      </section>

      {together ? (
        <>
          <section className="section panel" aria-labelledby="own-title">
            <h2 id="own-title">Your own idea</h2>
            <PlanForm spaceId={spaceId} />
          </section>
          <IdeaLibrary spaceId={spaceId} relationship={space.data.relationship} />
        </>
      ) : (
        <div className="callout callout--welcome">
          <h2 className="callout__title">This opens once {name} joins</h2>
          <p>Time together is for the two of you, so planning starts once you're both here.</p>
        </div>
      )}
    </div>
  );
}
