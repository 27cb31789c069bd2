import type { CheckinAuthorViewJson, SharingBody } from "@mend/core/checkins/contract";
import { checkinText } from "@mend/core/checkins/fields";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { Link } from "react-router";
import { segment } from "../../api/client.ts";
import { formatDateTime } from "../../ui/dates.ts";
import { EmptyState, ErrorState, LoadingState } from "../../ui/States.tsx";
import { useVaultState, VaultGate } from "../vault/VaultGate.tsx";
import { vaultKeyOf } from "../vault/vault-keys.ts";
import { hasNote, myCheckinsQuery, ownCheckinNotesQuery, useChangeSharing } from "./api.ts";
import { CheckinDetails } from "./CheckinDetails.tsx";
import { showableSections } from "./draft.ts";
import { ShareSwitch, sectionNames } from "./ShareSwitch.tsx";
import { listInWords } from "./SharingSummary.tsx";

const pageSize = 7;

export function MyCheckins({
  accountId,
  spaceId,
  otherName,
}: {
  accountId: string;
  spaceId: string;
  otherName: string;
}) {
  const mine = useQuery(myCheckinsQuery(spaceId));
  const [shown, setShown] = useState(pageSize);
  // The notes are opened in this tab, from the vault; the rest of each check-in shows either way.
  const withNotes = mine.data?.some(hasNote) ?? false;
  const vaultOpen = useVaultState(accountId) === "open" && vaultKeyOf(accountId) !== null;
  const notes = useQuery({ ...ownCheckinNotesQuery(accountId, spaceId), enabled: withNotes && vaultOpen });

  return (
    <section className="section" aria-labelledby="mine-title">
      <h2 id="mine-title">Your check-ins</h2>
      {mine.isPending && <LoadingState label="Loading your check-ins…" />}
      {mine.isError && <ErrorState error={mine.error} onRetry={() => void mine.refetch()} />}
      {mine.data && mine.data.length === 0 && (
        <EmptyState title="No check-ins yet">
          <p>Your first one will show here, with what {otherName} can see of it marked.</p>
        </EmptyState>
      )}
      {mine.data && mine.data.length > 0 && (
        <>
          <p className="muted">
            Everything you wrote, newest first. Each part says whether {otherName} can see it, and you can
            change that at any time.
          </p>
          {withNotes && (
            <VaultGate accountId={accountId} what="Each note you wrote for yourself">
              {notes.isPending && <LoadingState label="Opening your notes…" />}
              {notes.isError && <ErrorState error={notes.error} onRetry={() => void notes.refetch()} />}
            </VaultGate>
          )}
          <ol className="checkin-list">
            {mine.data.slice(0, shown).map((checkin) => (
              <li key={checkin.id}>
                <MyCheckin
                  checkin={checkin}
                  note={notes.data?.get(checkin.id)}
                  spaceId={spaceId}
                  otherName={otherName}
                />
              </li>
            ))}
          </ol>
          {mine.data.length > shown && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setShown((count) => count + pageSize * 2)}
            >
              Show earlier check-ins
            </button>
          )}
        </>
      )}
    </section>
  );
}

function MyCheckin({
  checkin,
  note,
  spaceId,
  otherName,
}: {
  checkin: CheckinAuthorViewJson;
  /** Its private note, once opened from the vault in this tab. */
  note: string | undefined;
  spaceId: string;
  otherName: string;
}) {
  const titleId = `checkin-${checkin.id}-title`;
  return (
    <article className="checkin-card" aria-labelledby={titleId}>
      <h3 id={titleId} className="checkin-card__title">
        {checkinText[checkin.kind].title}, {formatDateTime(checkin.submittedAt)}
      </h3>
      <CheckinDetails
        checkin={checkin}
        note={note}
        sharing={checkin.sharing}
        otherName={otherName}
        voice="mine"
      />
      {checkin.safetyFollowUp && (
        <p className="checkin-card__private">
          Only you can see this: your private answers that day suggested things didn't feel safe.{" "}
          <Link to={`/spaces/${segment(spaceId)}/safety`}>The safety page</Link> is there whenever you need
          it.
        </p>
      )}
      <SharingEditor checkin={checkin} spaceId={spaceId} otherName={otherName} />
    </article>
  );
}

function SharingEditor({
  checkin,
  spaceId,
  otherName,
}: {
  checkin: CheckinAuthorViewJson;
  spaceId: string;
  otherName: string;
}) {
  const change = useChangeSharing(spaceId);
  const [editing, setEditing] = useState<SharingBody | null>(null);
  const [saved, setSaved] = useState(false);
  const sections = showableSections(checkin);
  const shared = sections.filter((section) => checkin.sharing[section]).map((s) => sectionNames[s]);

  // Focus follows the change: into the switches when they open, back to the button when they close.
  const buttonRef = useRef<HTMLButtonElement>(null);
  const editorRef = useRef<HTMLFieldSetElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    if (editing && !wasEditing.current) editorRef.current?.querySelector("input")?.focus();
    if (!editing && wasEditing.current) buttonRef.current?.focus();
    wasEditing.current = editing !== null;
  }, [editing]);

  const idPrefix = `checkin-${checkin.id}`;
  return (
    <div className="checkin-card__sharing">
      <p className="muted" role="status">
        {saved ? "Saved. " : ""}
        {shared.length > 0
          ? `${otherName} can see ${listInWords(shared)}.`
          : `${otherName} can't see any of this check-in.`}
      </p>
      {editing ? (
        <fieldset className="fieldset sharing-editor" ref={editorRef}>
          <legend className="fieldset__legend">What {otherName} can see of this check-in</legend>
          <p className="field__hint">
            If you stop sharing something, it leaves {otherName}'s screens straight away and they aren't told.
            They may already have read it.
          </p>
          {sections.map((section) => (
            <ShareSwitch
              key={section}
              idPrefix={idPrefix}
              section={section}
              otherName={otherName}
              checked={editing[section]}
              disabled={change.isPending}
              named
              onChange={(on) => setEditing({ ...editing, [section]: on })}
            />
          ))}
          {change.isError && (
            <p className="form-error" role="alert">
              {change.error.message}
            </p>
          )}
          <div className="button-row">
            <button
              type="button"
              className="button button--primary button--small"
              disabled={change.isPending}
              onClick={() =>
                change.mutate(
                  { checkinId: checkin.id, sharing: editing },
                  {
                    onSuccess: () => {
                      setEditing(null);
                      setSaved(true);
                    },
                  },
                )
              }
            >
              {change.isPending ? "Saving…" : "Save"}
            </button>
            <button
              type="button"
              className="button button--secondary button--small"
              disabled={change.isPending}
              onClick={() => setEditing(null)}
            >
              Cancel
            </button>
          </div>
        </fieldset>
      ) : (
        <button
          type="button"
          className="button button--secondary button--small"
          ref={buttonRef}
          onClick={() => {
            setSaved(false);
            change.reset();
            setEditing({ ...checkin.sharing });
          }}
        >
          Change what {otherName} sees
        </button>
      )}
    </div>
  );
}
