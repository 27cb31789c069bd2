import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { segment } from "../../api/client.ts";
import { EmptyState, ErrorState, LoadingState } from "../../ui/States.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { helpQuery } from "./api.ts";
import { CounselorGuide } from "./CounselorGuide.tsx";
import { HelpSuggestions } from "./HelpSuggestions.tsx";
import { useWithOwnReadinessHelp } from "./own-readiness.ts";

export function HelpPage() {
  const { spaceId = "" } = useParams();
  useDocumentTitle("When to get help");
  const help = useQuery(helpQuery(spaceId));
  const suggestions = useWithOwnReadinessHelp(spaceId, help.data?.suggestions ?? []);
  const base = `/spaces/${segment(spaceId)}`;

  return (
    <div className="page page--narrow">
      <p className="eyebrow">
        <Link to={`${base}/insights`}>Back to your progress</Link>
      </p>
      <h1>When to get help</h1>
      <p className="lead">
        Mend can walk beside you, but some things are better held by a trained person. You never need a reason
        to ask for help, and asking early is often easier than asking late.
      </p>
      <p>
        If you ever feel afraid of the other person, <Link to={`${base}/safety`}>the safety page</Link> lists
        people you can call.
      </p>
      {help.isPending && <LoadingState label="Loading…" />}
      {help.isError && <ErrorState error={help.error} onRetry={() => void help.refetch()} />}
      {help.data && (
        <>
          <section className="section" aria-labelledby="noticed-title">
            <h2 id="noticed-title">What we've noticed</h2>
            {suggestions.length > 0 ? (
              <HelpSuggestions suggestions={suggestions} />
            ) : (
              <EmptyState title="Nothing stands out right now">
                <p>
                  Nothing in your check-ins or talks points to needing outside help at the moment. That can
                  change, and you can look for a counselor at any time.
                </p>
              </EmptyState>
            )}
          </section>
          <CounselorGuide guide={help.data.counselorGuide} />
        </>
      )}
    </div>
  );
}
