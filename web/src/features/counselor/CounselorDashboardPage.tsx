import type { CounselorSpaceSummary } from "@mend/core/counselor/contract";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { segment } from "../../api/client.ts";
import { formatDate } from "../../ui/dates.ts";
import { EmptyState, ErrorState, LoadingState } from "../../ui/States.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { counselorDashboardQuery } from "./api.ts";
import { StageList } from "./StageList.tsx";

/** A counselor's dashboard: the spaces whose two members invited this account. */
export function CounselorDashboardPage() {
  useDocumentTitle("Spaces you counsel");
  const dashboard = useQuery(counselorDashboardQuery);

  return (
    <div className="page">
      <h1>Spaces you counsel</h1>
      <p className="lead">
        What the two people in each space share with each other, read-only, for as long as both of them agree.
      </p>
      {dashboard.isPending ? (
        <LoadingState label="Loading your spaces…" />
      ) : dashboard.isError ? (
        <ErrorState error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      ) : dashboard.data.spaces.length === 0 ? (
        <EmptyState title="No spaces yet">
          <p>
            When two people invite you as their counselor, open the link they send you, and their space
            appears here once both of them agree.
          </p>
        </EmptyState>
      ) : (
        <ul className="space-list">
          {dashboard.data.spaces.map((space) => (
            <SpaceSummary key={space.spaceId} space={space} />
          ))}
        </ul>
      )}
    </div>
  );
}

function SpaceSummary({ space }: { space: CounselorSpaceSummary }) {
  if (space.status === "waiting_for_both") {
    return (
      <li className="space-card">
        <h2 className="space-card__title">Waiting for both people to agree</h2>
        <p className="space-card__status">Nothing of this space is shown until both of them say yes.</p>
      </li>
    );
  }
  if (space.status === "ended") {
    return (
      <li className="space-card">
        <h2 className="space-card__title">Access ended</h2>
        <p className="space-card__status">
          Your access to this space ended{space.endedAt ? ` on ${formatDate(space.endedAt)}` : ""}.
        </p>
      </li>
    );
  }
  return (
    <li className="space-card">
      <h2 className="space-card__title">
        <Link to={`/counselor/spaces/${segment(space.spaceId)}`} className="space-card__link">
          {space.names.join(" and ")}
        </Link>
      </h2>
      <p className="space-card__meta">
        {space.lastSessionOn
          ? `Since you last looked (${formatDate(`${space.lastSessionOn}T12:00:00Z`)}): ${space.sinceLastSession} new ${space.sinceLastSession === 1 ? "entry" : "entries"}`
          : "You haven't looked before today."}
      </p>
      <details>
        <summary>Journey stage</summary>
        <StageList stage={space.stage} />
      </details>
      {space.recent.length > 0 && (
        <>
          <h3 className="space-card__subtitle">Recently shared</h3>
          <ul className="bullets">
            {space.recent.map((entry) => (
              <li key={entry.id}>
                {entry.title} <span className="muted">· {formatDate(entry.at)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}
