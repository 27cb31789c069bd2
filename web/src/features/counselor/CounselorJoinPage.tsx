import { useEffect } from "react";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import { isApiError } from "../../api/client.ts";
import { ErrorState, LoadingState } from "../../ui/States.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import type { NavigationState } from "../accounts/navigation-state.ts";
import { useSession } from "../accounts/session.ts";
import { useAcceptCounselorLink } from "./api.ts";

/**
 * Where a counselor link lands. Any Mend account can open it; the token lives only in this page's
 * address, and signing up or logging in carries the way back in router state.
 */
export function CounselorJoinPage() {
  const { token = "" } = useParams();
  const session = useSession();
  const location = useLocation();
  useDocumentTitle("Invited as a counselor");

  if (session.isPending) return <LoadingState label="Checking your link…" />;
  if (session.isError) return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data.account) {
    const back: NavigationState = { from: location.pathname };
    return (
      <div className="page page--narrow">
        <h1>You've been invited as a counselor</h1>
        <p className="lead">
          Two people on Mend would like you to read what they share with each other, as their counselor.
        </p>
        <p>Create an account or log in to accept. We'll bring you straight back here.</p>
        <div className="button-row">
          <Link to="/signup" state={back} className="button button--primary">
            Create an account
          </Link>
          <Link to="/login" state={back} className="button button--secondary">
            Log in
          </Link>
        </div>
      </div>
    );
  }
  return <AcceptLink token={token} />;
}

function AcceptLink({ token }: { token: string }) {
  const accept = useAcceptCounselorLink(token);
  const navigate = useNavigate();
  useEffect(() => {
    if (accept.isSuccess) void navigate("/counselor", { replace: true });
  }, [accept.isSuccess, navigate]);

  if (accept.isError) {
    const code = isApiError(accept.error) ? accept.error.code : undefined;
    return (
      <div className="page page--narrow">
        <h1>
          {code === "gone"
            ? "This link can't be used"
            : code === "conflict"
              ? "This link is for someone else"
              : "We couldn't open this link"}
        </h1>
        <p className="lead">{isApiError(accept.error) ? accept.error.message : "Please try again."}</p>
        <Link to="/counselor">Go to the spaces you counsel</Link>
      </div>
    );
  }
  return (
    <div className="page page--narrow">
      <h1>You've been invited as a counselor</h1>
      <p className="lead">
        If you accept, both people are asked, each on their own screen, whether you may read what they share.
        Until both say yes you see nothing but that you are waiting.
      </p>
      <ul className="bullets">
        <li>You read only what the two of them share with each other, never anything private.</li>
        <li>You can write notes to both. You can't change anything.</li>
        <li>They see the days you look, and either of them can end your access at any time.</li>
      </ul>
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          onClick={() => accept.mutate()}
          disabled={accept.isPending}
        >
          {accept.isPending ? "Accepting…" : "Accept and wait for both"}
        </button>
      </div>
    </div>
  );
}
