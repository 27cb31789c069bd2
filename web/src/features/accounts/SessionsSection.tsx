import type { SignedInSessionView } from "@mend/core/accounts/contract";
import { useState } from "react";
import { isApiError } from "../../api/client.ts";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { formatDateTime } from "../../ui/dates.ts";
import { Notice } from "../../ui/States.tsx";
import { useEndOtherSessions, useEndSession } from "./api.ts";
import { endedSentence } from "./sessions-ended.ts";

const errorText = (error: unknown) =>
  error ? (isApiError(error) ? error.message : "That didn't work. Please try again.") : null;

/** "Firefox on Windows", or as much of it as the browser told us. */
export function deviceName(session: Pick<SignedInSessionView, "browser" | "os">): string {
  if (session.browser && session.os) return `${session.browser} on ${session.os}`;
  return session.browser ?? session.os ?? "A browser we couldn't recognise";
}

/** Every live session of the account, only ever shown to its owner. */
export function SessionsSection({ sessions }: { sessions: SignedInSessionView[] }) {
  const endOne = useEndSession();
  const endOthers = useEndOtherSessions();
  const [confirming, setConfirming] = useState(false);
  const others = sessions.filter((session) => !session.current);

  return (
    <section className="section" aria-labelledby="sessions-title">
      <h2 id="sessions-title">Where you're logged in</h2>
      <p>Only you see this list. If you don't recognise a place, end it, then change your password.</p>
      {endOne.error && (
        <p className="form-error" role="alert">
          {errorText(endOne.error)}
        </p>
      )}
      <ul className="session-list">
        {sessions.map((session) => (
          <li key={session.id} className="session-list__item">
            <div>
              <strong>{deviceName(session)}</strong>
              {session.current && <span className="tag session-list__this">This device</span>}
              <div className="muted">
                Logged in {formatDateTime(session.startedAt)} · last used {formatDateTime(session.lastUsedAt)}
              </div>
            </div>
            {!session.current && (
              <button
                type="button"
                className="button button--secondary button--small"
                disabled={endOne.isPending}
                onClick={() => endOne.mutate(session.id)}
              >
                Log out<span className="visually-hidden"> {deviceName(session)}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      {endOthers.data && <Notice>{endedSentence(endOthers.data.otherSessionsEnded)}</Notice>}
      {others.length > 0 && (
        <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
          Log out everywhere else
        </button>
      )}
      <ConfirmDialog
        open={confirming}
        title="Log out everywhere else?"
        confirmLabel="Log out everywhere else"
        cancelLabel="Cancel"
        pendingLabel="Logging out…"
        pending={endOthers.isPending}
        error={errorText(endOthers.error)}
        onConfirm={() => endOthers.mutate(undefined, { onSuccess: () => setConfirming(false) })}
        onCancel={() => {
          endOthers.reset();
          setConfirming(false);
        }}
      >
        <p>You stay logged in here. Everywhere else, your account will ask for the password again.</p>
      </ConfirmDialog>
    </section>
  );
}
