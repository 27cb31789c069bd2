import type { CreatedCalendarFeedView } from "@mend/core/agreements/promise-contract";
import { useQuery } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { isApiError } from "../../api/client.ts";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { formatDate } from "../../ui/dates.ts";
import { formErrorsFrom } from "../../ui/form-errors.ts";
import { ErrorState, LoadingState } from "../../ui/States.tsx";
import { calendarFeedQuery, useCreateCalendarFeed, useRevokeCalendarFeed } from "./api.ts";

/** A secret calendar address for your own promises, rhythm and shared dates, shown once and revocable. */
export function CalendarFeedSection({ spaceId }: { spaceId: string }) {
  const feed = useQuery(calendarFeedQuery(spaceId));
  const create = useCreateCalendarFeed(spaceId);
  const revoke = useRevokeCalendarFeed(spaceId);
  const [discreet, setDiscreet] = useState(true);
  const [created, setCreated] = useState<CreatedCalendarFeedView | null>(null);
  const [copied, setCopied] = useState(false);
  const [revoking, setRevoking] = useState(false);
  const [replacing, setReplacing] = useState(false);

  const address = created ? new URL(created.path, window.location.origin).toString() : null;
  const make = () =>
    create.mutate(discreet, {
      onSuccess: (result) => {
        setCreated(result);
        setCopied(false);
        setReplacing(false);
      },
    });
  const copy = () => {
    if (!address) return;
    navigator.clipboard.writeText(address).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };

  let body: ReactNode;
  if (feed.isPending) body = <LoadingState label="Loading…" />;
  else if (feed.isError) body = <ErrorState error={feed.error} onRetry={() => void feed.refetch()} />;
  else {
    const active = feed.data.active;
    body = (
      <>
        <p>
          Add your promises and review dates to the calendar on your phone or computer. Mend makes a secret
          address; anyone who has it can read those dates, so keep it to yourself. It holds your own promises
          and check-in rhythm, and what the two of you share: review dates, the talks you agreed a time for,
          and your plans for time together.
        </p>
        {address && (
          <div className="panel calendar-feed__created">
            <p>
              <strong>Here is your calendar address.</strong> It's shown only this once: copy it now and add
              it to your calendar app as a subscription (often called "From URL" or "Subscribe to calendar").
            </p>
            <div className="field">
              <label className="field__label" htmlFor="calendar-address">
                Your calendar address
              </label>
              <div className="field__control link-box__row">
                <input id="calendar-address" className="input input--mono" readOnly value={address} />
                <button type="button" className="button button--secondary" onClick={copy}>
                  Copy
                </button>
              </div>
            </div>
            <p role="status" className="muted">
              {copied ? "Copied." : ""}
            </p>
          </div>
        )}
        {active && !address && (
          <p>
            Your calendar address is on
            {feed.data.createdAt ? ` (made ${formatDate(feed.data.createdAt)})` : ""}
            {feed.data.discreet ? ", with neutral titles" : ""}. For your safety it can't be shown again; make
            a new one if you need it, and the old one stops working.
          </p>
        )}
        {(!active || replacing) && (
          <div className="choice calendar-feed__discreet">
            <input
              id="calendar-discreet"
              className="choice__input"
              type="checkbox"
              checked={discreet}
              onChange={(event) => setDiscreet(event.target.checked)}
              aria-describedby="calendar-discreet-hint"
            />
            <label className="choice__label" htmlFor="calendar-discreet">
              Discreet titles
            </label>
            <div className="choice__hint" id="calendar-discreet-hint">
              Events just say "Reminder", for calendars other people can glance at or that sync elsewhere.
            </div>
          </div>
        )}
        {create.error ? (
          <p className="form-error" role="alert">
            {formErrorsFrom(create.error).message ?? "That didn't work. Please try again."}
          </p>
        ) : null}
        <div className="button-row">
          {!active || replacing ? (
            <button
              type="button"
              className="button button--primary"
              onClick={make}
              disabled={create.isPending}
            >
              {create.isPending ? "Making it…" : "Make a calendar address"}
            </button>
          ) : (
            !address && (
              <button type="button" className="button button--secondary" onClick={() => setReplacing(true)}>
                Make a new address
              </button>
            )
          )}
          {active && (
            <button
              type="button"
              className="button button--danger-outline"
              onClick={() => {
                revoke.reset();
                setRevoking(true);
              }}
            >
              Switch it off
            </button>
          )}
        </div>
      </>
    );
  }

  return (
    <section className="section" aria-labelledby="calendar-title">
      <h2 id="calendar-title">In your calendar</h2>
      {body}
      <ConfirmDialog
        open={revoking}
        title="Switch off your calendar address?"
        confirmLabel="Switch it off"
        cancelLabel="Keep it"
        pending={revoke.isPending}
        pendingLabel="Switching off…"
        error={revoke.error ? (isApiError(revoke.error) ? revoke.error.message : "That didn't work.") : null}
        onConfirm={() =>
          revoke.mutate(undefined, {
            onSuccess: () => {
              setRevoking(false);
              setCreated(null);
            },
          })
        }
        onCancel={() => setRevoking(false)}
      >
        <p>The address stops working at once. Your calendar app may keep showing the dates it already has.</p>
      </ConfirmDialog>
    </section>
  );
}
