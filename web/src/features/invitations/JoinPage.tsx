import type { AccountView } from "@mend/core/accounts/contract";
import { type InvitationPreviewView, relationshipLabels } from "@mend/core/spaces/contract";
import type { BreachView } from "@mend/core/spaces/roles";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import { isApiError } from "../../api/client.ts";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { formErrorsFrom } from "../../ui/form-errors.ts";
import { ErrorState, LoadingState } from "../../ui/States.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import type { NavigationState } from "../accounts/navigation-state.ts";
import { useSession } from "../accounts/session.ts";
import { BreachViewChoices } from "../spaces/BreachViewChoices.tsx";
import { invitationPreviewQuery, useAcceptInvitation } from "./api.ts";

/**
 * Where an invitation link lands. The token lives only in this page's address: signing up or logging in
 * carries the way back in router state, never in storage.
 */
export function JoinPage() {
  const { token = "" } = useParams();
  const session = useSession();

  if (session.isPending) return <LoadingState label="Checking your invitation…" />;
  if (session.isError) return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data.account) return <SignInFirst />;
  return <Invitation token={token} account={session.data.account} />;
}

function SignInFirst() {
  useDocumentTitle("You've been invited");
  const location = useLocation();
  const back: NavigationState = { from: location.pathname };
  return (
    <div className="page page--narrow">
      <h1>You've been invited to Mend</h1>
      <p className="lead">
        Someone has invited you to a private space on Mend, where two people work on rebuilding trust after it
        was broken.
      </p>
      <p>
        To see who invited you and decide whether to join, create an account or log in. It takes a minute, and
        we'll bring you straight back here afterwards.
      </p>
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

function Invitation({ token, account }: { token: string; account: AccountView }) {
  const preview = useQuery(invitationPreviewQuery(token));

  if (preview.isPending) return <LoadingState label="Checking your invitation…" />;
  if (preview.isError)
    return <InvitationProblem error={preview.error} onRetry={() => void preview.refetch()} />;
  return <JoinForm token={token} account={account} preview={preview.data} />;
}

function InvitationProblem({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const code = isApiError(error) ? error.code : undefined;
  const title =
    code === "gone"
      ? "This invitation can't be used"
      : code === "conflict"
        ? "This link is for someone else"
        : code === "not_found"
          ? "We couldn't find this invitation"
          : "We couldn't check this invitation";
  useDocumentTitle(title);
  const message = isApiError(error) ? error.message : "Something unexpected went wrong.";

  return (
    <div className="page page--narrow">
      <h1>{title}</h1>
      <div className="callout callout--info" role="alert">
        <p>{message}</p>
      </div>
      {code === "gone" && (
        <p>
          Invitation links work once and only for a few days, and making a new one cancels the old one. If you
          still want to join, ask the person who invited you to make a fresh link and send it to you.
        </p>
      )}
      {code === "not_found" && (
        <p>
          Check that you copied the whole link. If it still doesn't work, ask the person who invited you for a
          new one.
        </p>
      )}
      <div className="button-row">
        {code !== "gone" && code !== "conflict" && code !== "not_found" && (
          <button type="button" className="button button--secondary" onClick={onRetry}>
            Try again
          </button>
        )}
        <Link to="/" className="button button--secondary">
          Go to your spaces
        </Link>
      </div>
    </div>
  );
}

function JoinForm({
  token,
  account,
  preview,
}: {
  token: string;
  account: AccountView;
  preview: InvitationPreviewView;
}) {
  const inviter = preview.inviterName || "The person who invited you";
  useDocumentTitle(`Join ${inviter}'s space`);
  const navigate = useNavigate();
  const accept = useAcceptInvitation(token);
  const [view, setView] = useState<BreachView | null>(null);
  const errors = formErrorsFrom(accept.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (accept.isPending) return;
    accept.mutate(
      { view },
      {
        onSuccess: ({ spaceId }) =>
          navigate(`/spaces/${spaceId}`, {
            replace: true,
            state: { notice: `You've joined. Welcome, ${account.displayName}.` } satisfies NavigationState,
          }),
      },
    );
  };

  return (
    <div className="page page--narrow">
      <p className="eyebrow">An invitation</p>
      <h1>{inviter} has invited you to a space on Mend</h1>
      <p className="lead">
        {inviter} started this space so the two of you can work on rebuilding trust, at a pace that suits you
        both.
      </p>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>Invited by</dt>
          <dd>{inviter}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Invitation for</dt>
          <dd>{preview.expectedName}</dd>
        </div>
        <div className="summary-list__row">
          <dt>Relationship</dt>
          <dd>{relationshipLabels[preview.relationship]}</dd>
        </div>
        <div className="summary-list__row">
          <dt>You'll appear as</dt>
          <dd>{account.displayName}</dd>
        </div>
      </dl>
      <ErrorSummary error={accept.error} fieldIds={{ view: "view-me" }} />
      <form className="form" onSubmit={submit} noValidate>
        <BreachViewChoices
          id="view"
          otherName={preview.inviterName}
          value={view}
          onChange={setView}
          error={errors.fields.view}
          hint={`Answer for yourself: there's no wrong answer. ${inviter} won't see your answer itself, only the part it gives each of you, and whether the two of you see it differently.`}
        />
        <p>You can leave the space at any time, without anyone's agreement.</p>
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={accept.isPending}>
            {accept.isPending ? "Joining…" : "Join the space"}
          </button>
          <Link to="/" className="button button--secondary">
            Not now
          </Link>
        </div>
      </form>
    </div>
  );
}
