import { reflectionTopics } from "@mend/core/forgiveness/reflections";
import { type FormEvent, useState } from "react";
import { isApiError } from "../../api/client.ts";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { formatDateTime } from "../../ui/dates.ts";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { formErrorsFrom } from "../../ui/form-errors.ts";
import { TextArea } from "../../ui/TextArea.tsx";
import { DraftNote } from "../drafts/DraftNote.tsx";
import { draftKey, useDraft } from "../drafts/use-draft.ts";
import { useAccountId } from "../vault/VaultGate.tsx";
import { type OpenedReflection, useDeleteReflection, useEditReflection } from "./api.ts";

const promptText = (reflection: OpenedReflection) =>
  reflectionTopics.find((t) => t.kind === reflection.kind)?.prompts.find((p) => p.id === reflection.promptId)
    ?.text;

/** One private reflection, with a way to change it or delete it. */
export function ReflectionItem({ spaceId, reflection }: { spaceId: string; reflection: OpenedReflection }) {
  const edit = useEditReflection(useAccountId(), spaceId);
  const remove = useDeleteReflection(spaceId);
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(reflection.text);
  const [confirming, setConfirming] = useState(false);
  const draft = useDraft({
    spaceId,
    formKey: editing ? draftKey("reflection", reflection.id) : null,
    value: { text },
    restore: (fields) => setText(fields.text ?? ""),
  });
  const prompt = promptText(reflection);
  const textId = `edit-${reflection.id}`;
  const titleId = `reflection-${reflection.id}`;
  const changed = reflection.updatedAt !== reflection.createdAt;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (edit.isPending) return;
    edit.mutate(
      { id: reflection.id, text },
      {
        onSuccess: () => {
          draft.clear();
          setEditing(false);
        },
      },
    );
  };

  return (
    <article className="heal-item" aria-labelledby={titleId}>
      <h3 id={titleId} className="heal-item__meta">
        {changed ? "Changed" : "Written"} {formatDateTime(reflection.updatedAt)}
      </h3>
      {prompt && <p className="heal-item__prompt">{prompt}</p>}
      {editing ? (
        <>
          <ErrorSummary error={edit.error} fieldIds={{ text: textId }} />
          <form onSubmit={submit} noValidate>
            <TextArea
              id={textId}
              label="Your reflection"
              value={text}
              onChange={setText}
              error={formErrorsFrom(edit.error).fields.text}
              maxLength={8000}
            />
            <DraftNote draft={draft} />
            <div className="button-row">
              <button
                type="submit"
                className="button button--primary button--small"
                disabled={edit.isPending}
              >
                {edit.isPending ? "Saving…" : "Save changes"}
              </button>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => {
                  edit.reset();
                  draft.discard();
                  setText(reflection.text);
                  setEditing(false);
                }}
              >
                Cancel
              </button>
            </div>
          </form>
        </>
      ) : (
        <>
          <p className="heal-item__text">{reflection.text}</p>
          <div className="button-row heal-item__actions">
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => setEditing(true)}
            >
              Change<span className="visually-hidden"> this reflection</span>
            </button>
            <button
              type="button"
              className="button button--danger-outline button--small"
              onClick={() => setConfirming(true)}
            >
              Delete<span className="visually-hidden"> this reflection</span>
            </button>
          </div>
        </>
      )}
      <ConfirmDialog
        open={confirming}
        title="Delete this reflection?"
        confirmLabel="Delete it"
        cancelLabel="Keep it"
        pendingLabel="Deleting…"
        pending={remove.isPending}
        error={
          remove.error
            ? isApiError(remove.error)
              ? remove.error.message
              : "That didn't work. Please try again."
            : null
        }
        onConfirm={() => remove.mutate(reflection.id, { onSuccess: () => setConfirming(false) })}
        onCancel={() => {
          remove.reset();
          setConfirming(false);
        }}
      >
        <p>It will be gone for good. Nobody else ever saw it.</p>
      </ConfirmDialog>
    </article>
  );
}
