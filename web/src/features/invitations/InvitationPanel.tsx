import { emailInvitationInput } from "@mend/core/notifications/contract";
import type { CreatedInvitationView, SpaceView } from "@mend/core/spaces/contract";
import { invitationLifetimeMs } from "@mend/core/spaces/invitation-policy";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { isApiError } from "../../api/client.ts";
import { configQuery } from "../../app/config.ts";
import { formatDateTime } from "../../ui/dates.ts";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { checkInput, type FormErrors, formErrorsFrom } from "../../ui/form-errors.ts";
import { Notice } from "../../ui/States.tsx";
import { EmailField } from "../accounts/EmailField.tsx";
import { useCreateInvitation, useEmailInvitation, useRevokeInvitation } from "./api.ts";

const emailFieldIds = { email: "invite-email" };

const lifetimeDays = Math.round(invitationLifetimeMs / (24 * 60 * 60 * 1000));

type CopyState = "idle" | "copied" | "selected";

const errorText = (error: unknown) =>
  isApiError(error) ? error.message : "That didn't work. Please try again.";

export const joinUrl = (token: string) => `${window.location.origin}/join/${encodeURIComponent(token)}`;

function LinkBox({ invitation, name }: { invitation: CreatedInvitationView; name: string }) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<CopyState>("idle");
  const url = joinUrl(invitation.token);

  const selectLink = () => {
    inputRef.current?.focus();
    inputRef.current?.select();
  };

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopy("copied");
    } catch {
      // No clipboard access (an older browser, or a page served without HTTPS): select it for copying by hand.
      selectLink();
      setCopy("selected");
    }
  };

  return (
    <div className="link-box">
      <label className="field__label" htmlFor="invitation-link">
        Invitation link for {name}
      </label>
      <div className="link-box__row">
        <input
          id="invitation-link"
          className="input input--mono"
          type="text"
          readOnly
          value={url}
          onFocus={(event) => event.target.select()}
          aria-describedby="invitation-link-expiry"
        />
        <button type="button" className="button button--primary" onClick={() => void copyLink()}>
          {copy === "copied" ? "Copied" : "Copy link"}
        </button>
      </div>
      <p className="link-box__status" aria-live="polite">
        {copy === "copied" && "The link is copied. Paste it into a message to send it."}
        {copy === "selected" &&
          "We couldn't copy it for you, so the link is selected: copy it with Ctrl+C (⌘C on a Mac), or press and hold on a phone."}
      </p>
      <p id="invitation-link-expiry" className="link-box__expiry">
        It works once, until {formatDateTime(invitation.expiresAt)}.
      </p>
      <div className="callout callout--info">
        <p>
          <strong>This is the only time we can show you this link.</strong> To keep it safe, Mend doesn't
          store a copy. If you lose it, make a new one: that cancels this one.
        </p>
        <p>Send it to {name} yourself, however feels safest: a message, an email, or in person.</p>
      </div>
    </div>
  );
}

/**
 * Making, showing once, and cancelling the link that lets the other person join. On the safety path it
 * offers no link to make: only a link already open is mentioned, so that it can be cancelled.
 */
function CancelLinkButton(props: { onClick: () => void; pending: boolean; disabled: boolean }) {
  return (
    <button
      type="button"
      className="button button--secondary"
      onClick={props.onClick}
      disabled={props.disabled}
    >
      {props.pending ? "Cancelling…" : "Cancel this link"}
    </button>
  );
}

export function InvitationPanel({
  space,
  name,
  onSafetyPath,
}: {
  space: SpaceView;
  name: string;
  onSafetyPath: boolean;
}) {
  const create = useCreateInvitation(space.id);
  const revoke = useRevokeInvitation(space.id);
  const [fresh, setFresh] = useState<CreatedInvitationView | null>(null);
  const [cancelled, setCancelled] = useState(false);

  // The link just made is shown while it is still the open one; the server never sends the token again.
  const shown = fresh && space.invitation?.id === fresh.id ? fresh : null;
  const open = space.invitation;
  const busy = create.isPending || revoke.isPending;
  const emailAvailable = useQuery(configQuery).data?.email ?? false;

  const makeLink = () => {
    setCancelled(false);
    revoke.reset();
    create.mutate(undefined, { onSuccess: (invitation) => setFresh(invitation) });
  };

  const cancelLink = (invitationId: string) => {
    create.reset();
    revoke.mutate(invitationId, {
      onSuccess: () => {
        setFresh(null);
        setCancelled(true);
      },
    });
  };

  if (onSafetyPath) {
    if (!open && !cancelled) return null;
    return (
      <section className="panel" aria-labelledby="invite-title">
        <h2 id="invite-title">Your invitation link</h2>
        {cancelled && !open && <Notice>The link is cancelled. Nobody can use it now.</Notice>}
        {revoke.error && (
          <p className="form-error" role="alert">
            {errorText(revoke.error)}
          </p>
        )}
        {open && (
          <>
            <p>
              The link you made on {formatDateTime(open.createdAt)} still works until{" "}
              {formatDateTime(open.expiresAt)}. If you'd rather {name} couldn't join, you can cancel it.
            </p>
            <div className="button-row">
              <CancelLinkButton
                onClick={() => cancelLink(open.id)}
                pending={revoke.isPending}
                disabled={busy}
              />
            </div>
          </>
        )}
      </section>
    );
  }

  return (
    <section className="panel" aria-labelledby="invite-title">
      <h2 id="invite-title">Invite {name}</h2>
      {cancelled && !open && <Notice>The link is cancelled. Nobody can use it now.</Notice>}
      {(create.error || revoke.error) && (
        <p className="form-error" role="alert">
          {errorText(create.error ?? revoke.error)}
        </p>
      )}
      {shown ? (
        <>
          <LinkBox invitation={shown} name={name} />
          <div className="button-row">
            <CancelLinkButton
              onClick={() => cancelLink(shown.id)}
              pending={revoke.isPending}
              disabled={busy}
            />
          </div>
        </>
      ) : open ? (
        <>
          <p>
            You made an invitation link on {formatDateTime(open.createdAt)}. It works until{" "}
            {formatDateTime(open.expiresAt)}, unless {name} uses it first.
          </p>
          <p>
            Mend doesn't keep a copy of the link, so we can't show it again. If you've lost it, make a new one
            and the old one will stop working.
          </p>
          <div className="button-row">
            <button type="button" className="button button--primary" onClick={makeLink} disabled={busy}>
              {create.isPending ? "Making a link…" : "Make a new link"}
            </button>
            <CancelLinkButton
              onClick={() => cancelLink(open.id)}
              pending={revoke.isPending}
              disabled={busy}
            />
          </div>
        </>
      ) : (
        <>
          <p>
            Make a private link and send it to {name} yourself. It works once, for {lifetimeDays} days, and
            you can cancel it at any time.
          </p>
          <div className="button-row">
            <button type="button" className="button button--primary" onClick={makeLink} disabled={busy}>
              {create.isPending ? "Making a link…" : "Make an invitation link"}
            </button>
          </div>
        </>
      )}
      {emailAvailable && (
        <EmailInvitation
          spaceId={space.id}
          name={name}
          onSent={() => {
            setFresh(null);
            setCancelled(false);
          }}
        />
      )}
    </section>
  );
}

/**
 * "Send this link by email": Mend makes a new link as it writes the email, so the link is never shown
 * or kept anywhere else; it cancels any link made before.
 */
function EmailInvitation({ spaceId, name, onSent }: { spaceId: string; name: string; onSent: () => void }) {
  const send = useEmailInvitation(spaceId);
  const [email, setEmail] = useState("");
  const [problems, setProblems] = useState<FormErrors | null>(null);
  const errors = problems ?? formErrorsFrom(send.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (send.isPending) return;
    const checked = checkInput(emailInvitationInput, { email });
    if ("problems" in checked) {
      setProblems(checked.problems);
      return;
    }
    setProblems(null);
    send.mutate(checked.input, { onSuccess: onSent });
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="invite-email-title">
      <h3 id="invite-email-title">Or let Mend email a link</h3>
      <p className="field__hint">
        Mend sends a new link, which cancels any link you made before. The email doesn't say who sent it, so
        tell {name} to expect it.
      </p>
      <ErrorSummary error={send.error} errors={problems ?? undefined} fieldIds={emailFieldIds} />
      <EmailField
        id={emailFieldIds.email}
        value={email}
        onChange={(value) => {
          setEmail(value);
          send.reset();
        }}
        error={errors.fields.email}
      />
      {send.isSuccess && (
        <Notice>The link is on its way to that address. It works once, for {lifetimeDays} days.</Notice>
      )}
      <div className="button-row">
        <button type="submit" className="button button--secondary" disabled={send.isPending}>
          {send.isPending ? "Sending…" : "Send this link by email"}
        </button>
      </div>
    </form>
  );
}
