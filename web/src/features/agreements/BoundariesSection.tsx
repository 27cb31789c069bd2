import { type BoundaryView, boundaryInput } from "@mend/core/agreements/contract";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, type ReactNode, useState } from "react";
import { isApiError } from "../../api/client.ts";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { formatDate, formatDateTime } from "../../ui/dates.ts";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { checkInput, type FormErrors, formErrorsFrom } from "../../ui/form-errors.ts";
import { EmptyState, ErrorState, LoadingState, Notice } from "../../ui/States.tsx";
import { TextArea } from "../../ui/TextArea.tsx";
import { DraftNote } from "../drafts/DraftNote.tsx";
import { draftKey, useDraft } from "../drafts/use-draft.ts";
import { boundariesQuery, useAcknowledgeBoundary, useRetireBoundary, useSetBoundary } from "./api.ts";
import { ControlWarningList } from "./ControlWarnings.tsx";
import { FormButtons } from "./FormButtons.tsx";

/** Each person's own boundaries: stated, revised or retired by them, read (and said to be read) by the other. */
export function BoundariesSection({ spaceId, name }: { spaceId: string; name: string }) {
  const boundaries = useQuery(boundariesQuery(spaceId));
  const [notice, setNotice] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);

  let body: ReactNode;
  if (boundaries.isPending) body = <LoadingState label="Loading boundaries…" />;
  else if (boundaries.isError)
    body = <ErrorState error={boundaries.error} onRetry={() => void boundaries.refetch()} />;
  else {
    const all = boundaries.data.boundaries;
    const active = all.filter((b) => b.state === "active");
    const yours = active.filter((b) => b.owner === "you");
    const theirs = active.filter((b) => b.owner !== "you");
    const retired = all.filter((b) => b.state === "retired");
    body = (
      <>
        <p className="muted">{boundaries.data.guidance}</p>
        {notice && <Notice>{notice}</Notice>}
        <h3>Yours</h3>
        {yours.length === 0 ? (
          <p className="muted">You haven't stated a boundary yet.</p>
        ) : (
          <ul className="boundary-list">
            {yours.map((b) => (
              <BoundaryItem key={b.id} spaceId={spaceId} boundary={b} name={name} onDone={setNotice} />
            ))}
          </ul>
        )}
        {adding ? (
          <div className="panel">
            <BoundaryForm
              spaceId={spaceId}
              idPrefix="boundary-new"
              boundary={null}
              onDone={(message) => {
                setAdding(false);
                setNotice(message);
              }}
              onCancel={() => setAdding(false)}
            />
          </div>
        ) : (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setNotice(null);
              setAdding(true);
            }}
          >
            State a boundary
          </button>
        )}
        <h3 className="boundary-heading">{name}'s</h3>
        {theirs.length === 0 ? (
          <EmptyState title={`${name} hasn't stated a boundary`} />
        ) : (
          <ul className="boundary-list">
            {theirs.map((b) => (
              <BoundaryItem key={b.id} spaceId={spaceId} boundary={b} name={name} onDone={setNotice} />
            ))}
          </ul>
        )}
        {retired.length > 0 && (
          <details className="disclosure">
            <summary>Retired boundaries ({retired.length})</summary>
            <ul className="boundary-list">
              {retired.map((b) => (
                <BoundaryItem key={b.id} spaceId={spaceId} boundary={b} name={name} onDone={setNotice} />
              ))}
            </ul>
          </details>
        )}
      </>
    );
  }

  return (
    <section className="section" aria-labelledby="boundaries-title">
      <h2 id="boundaries-title">Boundaries</h2>
      {body}
    </section>
  );
}

interface ItemProps {
  spaceId: string;
  boundary: BoundaryView;
  name: string;
  onDone: (message: string) => void;
}

function BoundaryItem({ spaceId, boundary, name, onDone }: ItemProps) {
  const [editing, setEditing] = useState(false);
  const [retiring, setRetiring] = useState(false);
  const retire = useRetireBoundary(spaceId);
  const acknowledge = useAcknowledgeBoundary(spaceId);
  const { current } = boundary;
  const mine = boundary.owner === "you";
  const earlier = boundary.versions.filter((v) => v.versionId !== current.versionId);

  return (
    <li className={`boundary${mine ? "" : " boundary--theirs"}`}>
      {editing ? (
        <BoundaryForm
          spaceId={spaceId}
          idPrefix={`boundary-${boundary.id}`}
          boundary={boundary}
          onDone={(message) => {
            setEditing(false);
            onDone(message);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          <p className="boundary__statement written">{current.statement}</p>
          {current.why && (
            <p className="boundary__why">
              <span className="boundary__label">Why it matters: </span>
              {current.why}
            </p>
          )}
          <p className="boundary__meta">
            {boundary.state === "retired" && boundary.retiredAt
              ? `Retired ${formatDate(boundary.retiredAt)}`
              : `${earlier.length > 0 ? "Updated" : "Stated"} ${formatDate(current.createdAt)}`}
            {mine &&
              boundary.state === "active" &&
              (current.acknowledgedAt
                ? ` · ${name} said they've read this`
                : ` · ${name} hasn't said they've read this yet`)}
            {!mine && current.acknowledgedAt && " · You said you've read this"}
          </p>
          <ControlWarningList
            warnings={current.warnings}
            notice={boundary.controlNotice}
            title="Some of this reads more like control than a boundary"
          />
          {acknowledge.error ? (
            <p className="form-error" role="alert">
              {isApiError(acknowledge.error)
                ? acknowledge.error.message
                : "That didn't work. Please try again."}
            </p>
          ) : null}
          <div className="button-row button-row--tight">
            {boundary.can.acknowledge && (
              <button
                type="button"
                className="button button--primary button--small"
                disabled={acknowledge.isPending}
                onClick={() =>
                  acknowledge.mutate(
                    { id: boundary.id, versionId: current.versionId },
                    { onSuccess: () => onDone(`${name} will see that you've read it.`) },
                  )
                }
              >
                {acknowledge.isPending ? "Saving…" : "I've read this"}
              </button>
            )}
            {boundary.can.revise && (
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => setEditing(true)}
              >
                Rewrite
              </button>
            )}
            {boundary.can.retire && (
              <button
                type="button"
                className="button button--danger-outline button--small"
                onClick={() => {
                  retire.reset();
                  setRetiring(true);
                }}
              >
                Retire
              </button>
            )}
          </div>
          {earlier.length > 0 && (
            <details className="disclosure">
              <summary>Earlier wording ({earlier.length})</summary>
              <ol className="version-list">
                {earlier.map((version) => (
                  <li key={version.versionId}>
                    <p className="written">{version.statement}</p>
                    {version.why && <p className="muted">Why: {version.why}</p>}
                    <p className="boundary__meta">Written {formatDateTime(version.createdAt)}</p>
                  </li>
                ))}
              </ol>
            </details>
          )}
        </>
      )}
      <ConfirmDialog
        open={retiring}
        title="Retire this boundary?"
        confirmLabel="Retire it"
        cancelLabel="Keep it"
        tone="primary"
        pending={retire.isPending}
        pendingLabel="Retiring…"
        error={retire.error ? (isApiError(retire.error) ? retire.error.message : "That didn't work.") : null}
        onConfirm={() =>
          // A retired boundary moves to another list, replacing this item, so the message is sent on from the promise.
          retire.mutateAsync(boundary.id).then(
            () => onDone("Retired. It stays in the history, and you can state a new one any time."),
            () => undefined, // Shown in the dialog.
          )
        }
        onCancel={() => setRetiring(false)}
      >
        <p>{name} will see it as retired. Its wording stays in the history.</p>
      </ConfirmDialog>
    </li>
  );
}

interface FormProps {
  spaceId: string;
  idPrefix: string;
  boundary: BoundaryView | null;
  onDone: (message: string) => void;
  onCancel: () => void;
}

function BoundaryForm({ spaceId, idPrefix, boundary, onDone, onCancel }: FormProps) {
  const save = useSetBoundary(spaceId);
  const [statement, setStatement] = useState(boundary?.current.statement ?? "");
  const [why, setWhy] = useState(boundary?.current.why ?? "");
  const [problems, setProblems] = useState<FormErrors | null>(null);
  const draft = useDraft({
    spaceId,
    formKey: draftKey("boundary", boundary?.id ?? "new"),
    value: { statement, why },
    restore: (fields) => {
      setStatement(fields.statement ?? "");
      setWhy(fields.why ?? "");
    },
  });
  const errors = problems ?? formErrorsFrom(save.error);
  const ids = { statement: `${idPrefix}-statement`, why: `${idPrefix}-why` };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    const checked = checkInput(boundaryInput, { statement, why });
    if ("problems" in checked) {
      setProblems(checked.problems);
      return;
    }
    setProblems(null);
    save.mutate(
      { id: boundary?.id ?? null, input: checked.input },
      {
        onSuccess: () => {
          draft.clear();
          onDone(boundary ? "Saved. The earlier wording stays in the history." : "Saved.");
        },
      },
    );
  };

  return (
    <>
      <ErrorSummary errors={errors} fieldIds={ids} />
      <form className="form" noValidate onSubmit={submit}>
        <TextArea
          id={ids.statement}
          label="Your boundary"
          hint="What you need, or what you will do to look after yourself. For example: I'll leave the room if voices get raised, and come back when we're calmer."
          value={statement}
          onChange={setStatement}
          error={errors.fields.statement}
          maxLength={1000}
          rows={3}
        />
        <TextArea
          id={ids.why}
          label="Why it matters (optional)"
          value={why}
          onChange={setWhy}
          error={errors.fields.why}
          maxLength={1000}
          rows={2}
        />
        <DraftNote draft={draft} />
        <FormButtons
          submitLabel={boundary ? "Save the new wording" : "Save this boundary"}
          pending={save.isPending}
          onCancel={() => {
            draft.discard();
            onCancel();
          }}
        />
      </form>
    </>
  );
}
