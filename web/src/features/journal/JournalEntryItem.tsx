import { moodWords, type OpenedJournalEntry } from "@mend/core/journal/entry";
import { useState } from "react";
import { isApiError } from "../../api/client.ts";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { formatDateTime } from "../../ui/dates.ts";
import { useDeleteJournalEntry, useEditJournalEntry } from "./api.ts";
import { CopyLineDialog } from "./CopyLineDialog.tsx";
import { formatDay } from "./days.ts";
import { EntryForm } from "./EntryForm.tsx";

const problemOf = (error: unknown) =>
  isApiError(error) || error instanceof Error ? error.message : "Something went wrong. Try again.";

/** One entry: read, edited in place, a line copied out, or deleted after asking. */
export function JournalEntryItem({ accountId, entry }: { accountId: string; entry: OpenedJournalEntry }) {
  const edit = useEditJournalEntry(accountId);
  const remove = useDeleteJournalEntry(accountId);
  const [editing, setEditing] = useState(false);
  const [copying, setCopying] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const titleId = `journal-entry-${entry.id}`;

  if (editing) {
    return (
      <li className="heal-item journal-entry" aria-labelledby={titleId}>
        <h3 id={titleId} className="journal-entry__title">
          Editing {formatDay(entry.day)}
        </h3>
        <EntryForm
          initial={entry}
          submitLabel="Save changes"
          pendingLabel="Sealing and saving…"
          pending={edit.isPending}
          error={edit.error}
          onSave={(content) => edit.mutate({ id: entry.id, content }, { onSuccess: () => setEditing(false) })}
          onCancel={() => {
            edit.reset();
            setEditing(false);
          }}
        />
      </li>
    );
  }

  return (
    <li className="heal-item journal-entry" aria-labelledby={titleId}>
      <h3 id={titleId} className="journal-entry__title">
        {formatDay(entry.day)}
      </h3>
      <p className="journal-entry__meta">
        <span className={`journal-mood journal-mood--${entry.mood}`}>{moodWords[entry.mood]}</span>
        {entry.tags.map((tag) => (
          <span key={tag} className="journal-tag">
            {tag}
          </span>
        ))}
      </p>
      <p className="journal-entry__text">{entry.text}</p>
      <p className="heal-item__meta">
        Written {formatDateTime(entry.createdAt)}
        {entry.updatedAt !== entry.createdAt && `, changed ${formatDateTime(entry.updatedAt)}`}
      </p>
      <div className="button-row journal-entry__actions">
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => setEditing(true)}
        >
          Edit
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => setCopying(true)}
        >
          Copy a line into a draft
        </button>
        <button
          type="button"
          className="button button--danger button--small"
          onClick={() => {
            remove.reset();
            setConfirming(true);
          }}
        >
          Delete
        </button>
      </div>
      {copying && <CopyLineDialog text={entry.text} onClose={() => setCopying(false)} />}
      <ConfirmDialog
        open={confirming}
        title="Delete this entry?"
        confirmLabel="Delete it"
        cancelLabel="Keep it"
        pending={remove.isPending}
        pendingLabel="Deleting…"
        error={remove.isError ? problemOf(remove.error) : null}
        onConfirm={() => remove.mutate(entry.id, { onSuccess: () => setConfirming(false) })}
        onCancel={() => setConfirming(false)}
      >
        <p>
          The entry for {formatDay(entry.day)} will be deleted for good. It can't be brought back, and it will
          not be in any download you make after this.
        </p>
      </ConfirmDialog>
    </li>
  );
}
