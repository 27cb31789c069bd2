import type { CounselorMemberView, CreatedCounselorLinkView } from "@mend/core/counselor/contract";
import { useQuery } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { Link, useParams } from "react-router";
import { isApiError, segment } from "../../api/client.ts";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { formatDate } from "../../ui/dates.ts";
import { ErrorState, LoadingState, Notice } from "../../ui/States.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { otherPersonName, spaceQuery } from "../spaces/api.ts";
import {
  counselorJoinUrl,
  counselorQuery,
  useConsentToCounselor,
  useEndCounselorAccess,
  useInviteCounselor,
} from "./api.ts";
import { CounselorNotes, LookedOn } from "./CounselorNotes.tsx";

const errorText = (error: unknown) =>
  isApiError(error) ? error.message : "That didn't work. Please try again.";

/** What a counselor reads, and what they never do: said the same way wherever someone decides. */
function WhatTheyRead() {
  return (
    <ul className="bullets">
      <li>
        They read only what the two of you already share with each other: the record, the journey's stage.
      </li>
      <li>
        They never see anything you keep to yourself: drafts, your own path, the vault, check-in parts you
        haven't shared, your readiness answers, the closeness ladder.
      </li>
      <li>They can write notes to both of you. They can't change anything.</li>
      <li>Either of you can end their access at any time, alone. Nobody is told who ended it.</li>
    </ul>
  );
}

/** A member's page about a counselor: invite, say yes, end access, read their notes and when they looked. */
export function CounselorPage() {
  const { spaceId = "" } = useParams();
  useDocumentTitle("A counselor");
  const space = useQuery(spaceQuery(spaceId));
  const counselor = useQuery(counselorQuery(spaceId));

  if (space.isPending || counselor.isPending) return <LoadingState label="Loading…" />;
  if (space.isError || counselor.isError) {
    return (
      <div className="page page--narrow">
        <h1>A counselor</h1>
        <ErrorState
          error={space.error ?? counselor.error}
          onRetry={() => void Promise.all([space.refetch(), counselor.refetch()])}
        />
      </div>
    );
  }
  const name = otherPersonName(space.data);
  return (
    <div className="page page--narrow">
      <p className="eyebrow">
        <Link to={`/spaces/${segment(spaceId)}`}>Back to your space</Link>
      </p>
      <h1>A counselor</h1>
      <p className="lead">
        A counselor both of you choose can read what you and {name} share here, and help between sessions.
      </p>
      <CounselorStatus spaceId={spaceId} view={counselor.data} hasOther={space.data.other !== null} />
      <section className="section" aria-labelledby="notes-title">
        <h2 id="notes-title">Notes from the counselor</h2>
        <CounselorNotes
          notes={counselor.data.notes}
          empty="No notes yet. Notes a counselor writes to you both appear here."
        />
      </section>
      <section className="section" aria-labelledby="looked-title">
        <h2 id="looked-title">When the counselor looked</h2>
        <LookedOn days={counselor.data.lookedOn} />
      </section>
    </div>
  );
}

function CounselorStatus({
  spaceId,
  view,
  hasOther,
}: {
  spaceId: string;
  view: CounselorMemberView;
  hasOther: boolean;
}) {
  const invite = useInviteCounselor(spaceId);
  const consent = useConsentToCounselor(spaceId);
  const end = useEndCounselorAccess(spaceId);
  const [link, setLink] = useState<CreatedCounselorLinkView | null>(null);
  const [confirming, setConfirming] = useState(false);
  const counselorName = view.counselorName ?? "The counselor";

  const makeLink = () => {
    end.reset();
    invite.mutate(undefined, { onSuccess: setLink });
  };
  const endAccess = () =>
    end.mutate(undefined, {
      onSuccess: () => {
        setConfirming(false);
        setLink(null);
      },
    });
  const endLabel = view.status === "active" ? "End the counselor's access" : "Withdraw the invitation";
  const endButton = (
    <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
      {endLabel}
    </button>
  );

  return (
    <section className="panel" aria-labelledby="counselor-status-title">
      <h2 id="counselor-status-title">
        {view.status === "active"
          ? `${counselorName} is your counselor`
          : view.status === "waiting_for_both"
            ? `${counselorName} asked to be your counselor`
            : view.status === "link_open"
              ? "A counselor link is open"
              : "No counselor"}
      </h2>
      {view.status === "ended" && view.endedAt && (
        <Notice tone="info">
          {view.counselorName ? "The counselor's access" : "The counselor invitation"} ended on{" "}
          {formatDate(view.endedAt)}.
        </Notice>
      )}
      {(invite.error || consent.error) && (
        <p className="form-error" role="alert">
          {errorText(invite.error ?? consent.error)}
        </p>
      )}

      {(view.status === "none" || view.status === "ended") &&
        (hasOther ? (
          <>
            <p>Make a private link and send it to a counselor you both want. What they would see:</p>
            <WhatTheyRead />
            <div className="button-row">
              <button
                type="button"
                className="button button--primary"
                onClick={makeLink}
                disabled={invite.isPending}
              >
                {invite.isPending ? "Making a link…" : "Make a link for a counselor"}
              </button>
            </div>
          </>
        ) : (
          <p className="muted">
            A counselor works with both of you, so this opens once the other person has joined.
          </p>
        ))}

      {view.status === "link_open" && (
        <>
          {link ? (
            <CounselorLinkBox token={link.token} />
          ) : (
            <p>
              Nobody has opened the link yet. Mend doesn't keep a copy of it; if it's lost, make a new one and
              the old one stops working.
            </p>
          )}
          <p>
            Once a counselor opens it, each of you will be asked, on your own screen, whether they may read
            what you share.
          </p>
          <div className="button-row">
            {!link && (
              <button
                type="button"
                className="button button--primary"
                onClick={makeLink}
                disabled={invite.isPending}
              >
                {invite.isPending ? "Making a link…" : "Make a new link"}
              </button>
            )}
            {endButton}
          </div>
        </>
      )}

      {view.status === "waiting_for_both" && (
        <>
          <p>
            {counselorName} would like to read what the two of you share in Mend, as your counselor. It's up
            to you: you can say yes, or leave this as it is.
          </p>
          <WhatTheyRead />
          {view.youSaidYes ? (
            <p>You said yes. Their access starts only once both of you have.</p>
          ) : (
            <div className="button-row">
              <button
                type="button"
                className="button button--primary"
                onClick={() => consent.mutate()}
                disabled={consent.isPending}
              >
                {consent.isPending ? "Saying yes…" : `Yes, ${counselorName} may read what we share`}
              </button>
            </div>
          )}
          <div className="button-row">{endButton}</div>
        </>
      )}

      {view.status === "active" && (
        <>
          <p>{counselorName} can read what the two of you share, and write notes to you both.</p>
          <WhatTheyRead />
          <div className="button-row">{endButton}</div>
        </>
      )}

      <ConfirmDialog
        open={confirming}
        title={view.status === "active" ? "End the counselor's access?" : "Withdraw the invitation?"}
        confirmLabel={view.status === "active" ? "End access now" : "Withdraw it"}
        cancelLabel="Keep it"
        onConfirm={endAccess}
        onCancel={() => {
          setConfirming(false);
          end.reset();
        }}
        pending={end.isPending}
        pendingLabel="Ending…"
        error={end.error ? errorText(end.error) : null}
      >
        <p>
          It ends at once, for both of you. The counselor and the other person will see that access ended, not
          who ended it. Inviting a counselor again needs both of your yeses again.
        </p>
      </ConfirmDialog>
    </section>
  );
}

function CounselorLinkBox({ token }: { token: string }) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<"idle" | "copied" | "selected">("idle");
  const url = counselorJoinUrl(token);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied("copied");
    } catch {
      // No clipboard access (an older browser, or a page served without HTTPS): select it for copying by hand.
      inputRef.current?.focus();
      inputRef.current?.select();
      setCopied("selected");
    }
  };
  return (
    <div className="link-box">
      <label className="field__label" htmlFor="counselor-link">
        Link for the counselor
      </label>
      <div className="link-box__row">
        <input
          id="counselor-link"
          ref={inputRef}
          className="input input--mono"
          type="text"
          readOnly
          value={url}
          onFocus={(event) => event.target.select()}
        />
        <button type="button" className="button button--primary" onClick={() => void copy()}>
          {copied === "copied" ? "Copied" : "Copy link"}
        </button>
      </div>
      <p className="link-box__status" aria-live="polite">
        {copied === "copied" && "The link is copied. Send it to the counselor yourself."}
        {copied === "selected" &&
          "We couldn't copy it for you, so the link is selected: copy it with Ctrl+C (⌘C on a Mac), or press and hold on a phone."}
      </p>
      <p className="callout callout--info">
        <strong>This is the only time we can show you this link.</strong> It works for one counselor, for
        seven days.
      </p>
    </div>
  );
}
