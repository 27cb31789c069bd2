import { relationshipLabels } from "@mend/core/spaces/contract";
import { useQuery } from "@tanstack/react-query";
import { Link, useLocation } from "react-router";
import { formatDate } from "../../ui/dates.ts";
import { EmptyState, ErrorState, LoadingState, Notice } from "../../ui/States.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { noticeFrom } from "../accounts/navigation-state.ts";
import { useSession } from "../accounts/session.ts";
import { CounselorSpacesLink } from "../counselor/CounselorSpacesLink.tsx";
import { spacesQuery } from "./api.ts";

/** The signed-in landing page: every space you're in, and a way to start another. */
export function SpacesPage() {
  useDocumentTitle("Your spaces");
  const location = useLocation();
  const account = useSession().data?.account;
  const spaces = useQuery(spacesQuery);
  const notice = noticeFrom(location.state);

  return (
    <div className="page">
      <h1>Your spaces</h1>
      {account && <p className="lead">Hello, {account.displayName}. Take things at your own pace.</p>}
      {notice && <Notice>{notice}</Notice>}
      {spaces.isPending ? (
        <LoadingState label="Loading your spaces…" />
      ) : spaces.isError ? (
        <ErrorState error={spaces.error} onRetry={() => void spaces.refetch()} />
      ) : spaces.data.length === 0 ? (
        <EmptyState title="You haven't started a space yet">
          <p>
            A space is a private place for you and one other person: a partner, a family member or a friend.
            You can begin on your own and invite them when, and if, you're ready.
          </p>
          <Link to="/spaces/new" className="button button--primary">
            Start a repair space
          </Link>
        </EmptyState>
      ) : (
        <>
          <ul className="space-list">
            {spaces.data.map((space) => (
              <li key={space.id} className="space-card">
                <h2 className="space-card__title">
                  <Link to={`/spaces/${space.id}`} className="space-card__link">
                    With {space.otherName ?? space.expectedName}
                  </Link>
                </h2>
                <p className="space-card__meta">
                  {relationshipLabels[space.relationship]} · started {formatDate(space.createdAt)}
                </p>
                <p className="space-card__status">
                  {space.otherName ? "You're both here." : "Just you for now."}
                </p>
              </li>
            ))}
          </ul>
          <Link to="/spaces/new" className="button button--secondary">
            Start another space
          </Link>
        </>
      )}
      <CounselorSpacesLink />
    </div>
  );
}
