import { type FormEvent, type ReactNode, useState } from "react";
import { isApiError } from "../../api/client.ts";
import { RadioGroup } from "../../ui/ChoiceGroup.tsx";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { formatDate } from "../../ui/dates.ts";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { formErrorsFrom } from "../../ui/form-errors.ts";
import { InputField } from "../../ui/InputField.tsx";
import { TextArea } from "../../ui/TextArea.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { DraftNote } from "../drafts/DraftNote.tsx";
import { draftKey, useDraft } from "../drafts/use-draft.ts";
import {
  type OpenedAmend,
  type OpenedSupporter,
  type OpenedTimelineEntry,
  useAddAmend,
  useAddSupporter,
  useAddTimelineEntry,
  useMarkAmend,
  useRemoveAmend,
  useRemoveSupporter,
  useRemoveTimelineEntry,
} from "./api.ts";

/** A delete button that asks first; removal is for good and tells nobody. */
function RemoveButton({
  what,
  remove,
}: {
  what: string;
  remove: {
    mutate: (v: undefined, o: { onSuccess: () => void }) => void;
    isPending: boolean;
    error: unknown;
    reset: () => void;
  };
}) {
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button button--danger-outline button--small"
        onClick={() => setConfirming(true)}
      >
        Remove<span className="visually-hidden"> {what}</span>
      </button>
      <ConfirmDialog
        open={confirming}
        title={`Remove ${what}?`}
        confirmLabel="Remove it"
        cancelLabel="Keep it"
        pendingLabel="Removing…"
        pending={remove.isPending}
        error={
          remove.error
            ? isApiError(remove.error)
              ? remove.error.message
              : "That didn't work. Please try again."
            : null
        }
        onConfirm={() => remove.mutate(undefined, { onSuccess: () => setConfirming(false) })}
        onCancel={() => {
          remove.reset();
          setConfirming(false);
        }}
      >
        <p>It will be gone for good. Nobody else ever saw it.</p>
      </ConfirmDialog>
    </>
  );
}

/** Binds a remove mutation to one id, in the shape `RemoveButton` takes. */
function bound(mutation: ReturnType<typeof useRemoveTimelineEntry>, id: string) {
  return {
    mutate: (_: undefined, options: { onSuccess: () => void }) => mutation.mutate(id, options),
    isPending: mutation.isPending,
    error: mutation.error,
    reset: mutation.reset,
  };
}

function Empty({ children }: { children: ReactNode }) {
  return <p className="muted">{children}</p>;
}

// ---- Timeline ----

const certaintyLabels = { know: "I know", need_to_know: "I still need to know" } as const;

/** Only rendered while the vault is open: the entries were opened in this tab, and new ones are sealed here. */
export function Timeline({
  accountId,
  spaceId,
  entries,
}: {
  accountId: string;
  spaceId: string;
  entries: OpenedTimelineEntry[];
}) {
  const add = useAddTimelineEntry(accountId, spaceId);
  const remove = useRemoveTimelineEntry(spaceId);
  const [date, setDate] = useState("");
  const [roughly, setRoughly] = useState("");
  const [happened, setHappened] = useState("");
  const [certainty, setCertainty] = useState<"know" | "need_to_know" | null>(null);
  const draft = useDraft({
    spaceId,
    formKey: draftKey("solo", "timeline", "new"),
    value: { happened, roughly },
    restore: (fields) => {
      setHappened(fields.happened ?? "");
      setRoughly(fields.roughly ?? "");
    },
  });
  const errors = formErrorsFrom(add.error);
  const ids = {
    date: "timeline-date",
    roughly: "timeline-roughly",
    happened: "timeline-happened",
    certainty: "timeline-certainty-know",
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (add.isPending) return;
    add.mutate(
      {
        ...(date ? { date } : {}),
        ...(roughly.trim() ? { roughly } : {}),
        happened,
        ...(certainty ? { certainty } : {}),
      } as Parameters<typeof add.mutate>[0],
      {
        onSuccess: () => {
          draft.clear();
          setDate("");
          setRoughly("");
          setHappened("");
          setCertainty(null);
        },
      },
    );
  };

  return (
    <>
      {entries.length === 0 ? (
        <Empty>Nothing on your timeline yet. Start with whatever you remember most clearly.</Empty>
      ) : (
        <ol className="solo-list">
          {entries.map((entry) => (
            <li key={entry.id} className="solo-list__item">
              <p className="solo-list__meta">
                <strong>{entry.date ? formatDate(`${entry.date}T12:00:00Z`) : entry.roughly}</strong>
                <span className={`tag solo-tag--${entry.certainty}`}>{certaintyLabels[entry.certainty]}</span>
              </p>
              <p className="solo-list__text">{entry.happened}</p>
              <RemoveButton what="this entry" remove={bound(remove, entry.id)} />
            </li>
          ))}
        </ol>
      )}
      <h3>Add to your timeline</h3>
      <ErrorSummary error={add.error} fieldIds={ids} />
      <form className="form" onSubmit={submit} noValidate>
        <InputField
          id={ids.date}
          label="Date, if you know it"
          type="date"
          inputClassName="input heal-date"
          value={date}
          onChange={setDate}
          error={errors.fields.date}
        />
        <TextField
          id={ids.roughly}
          label="Or roughly when"
          hint="For example: the spring before last, around my birthday."
          value={roughly}
          onChange={setRoughly}
          error={errors.fields.roughly}
          maxLength={80}
        />
        <TextArea
          id={ids.happened}
          label="What happened"
          value={happened}
          onChange={setHappened}
          error={errors.fields.happened}
          maxLength={2000}
          rows={3}
        />
        <RadioGroup
          id="timeline-certainty"
          legend="How sure are you?"
          choices={[
            { value: "know", label: certaintyLabels.know },
            { value: "need_to_know", label: certaintyLabels.need_to_know },
          ]}
          value={certainty}
          onChange={setCertainty}
          error={errors.fields.certainty}
        />
        <DraftNote draft={draft} />
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={add.isPending}>
            {add.isPending ? "Adding…" : "Add to my timeline"}
          </button>
        </div>
      </form>
    </>
  );
}

// ---- People to lean on ----

export function Supporters({
  accountId,
  spaceId,
  supporters,
}: {
  accountId: string;
  spaceId: string;
  supporters: OpenedSupporter[];
}) {
  const add = useAddSupporter(accountId, spaceId);
  const remove = useRemoveSupporter(spaceId);
  const [name, setName] = useState("");
  const [reach, setReach] = useState("");
  const [note, setNote] = useState("");
  const errors = formErrorsFrom(add.error);
  const ids = { name: "supporter-name", reach: "supporter-reach", note: "supporter-note" };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (add.isPending) return;
    add.mutate(
      { name, reach, ...(note.trim() ? { note } : {}) },
      {
        onSuccess: () => {
          setName("");
          setReach("");
          setNote("");
        },
      },
    );
  };

  return (
    <>
      {supporters.length === 0 ? (
        <Empty>No one on your list yet. One person is enough to start.</Empty>
      ) : (
        <ul className="solo-list">
          {supporters.map((person) => (
            <li key={person.id} className="solo-list__item">
              <p className="solo-list__meta">
                <strong>{person.name}</strong>
              </p>
              <p className="solo-list__text">{person.reach}</p>
              {person.note && <p className="muted">{person.note}</p>}
              <RemoveButton what={person.name} remove={bound(remove, person.id)} />
            </li>
          ))}
        </ul>
      )}
      <h3>Add someone</h3>
      <ErrorSummary error={add.error} fieldIds={ids} />
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          id={ids.name}
          label="Who"
          value={name}
          onChange={setName}
          error={errors.fields.name}
          maxLength={80}
        />
        <TextField
          id={ids.reach}
          label="How to reach them"
          hint="A number, an address, or when they are usually around."
          value={reach}
          onChange={setReach}
          error={errors.fields.reach}
          maxLength={200}
        />
        <TextField
          id={ids.note}
          label="A note for yourself (optional)"
          value={note}
          onChange={setNote}
          error={errors.fields.note}
          maxLength={500}
        />
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={add.isPending}>
            {add.isPending ? "Adding…" : "Add to my list"}
          </button>
        </div>
      </form>
    </>
  );
}

// ---- Amends made alone ----

export function OwnAmends({
  accountId,
  spaceId,
  amends,
}: {
  accountId: string;
  spaceId: string;
  amends: OpenedAmend[];
}) {
  const add = useAddAmend(accountId, spaceId);
  const mark = useMarkAmend(spaceId);
  const remove = useRemoveAmend(spaceId);
  const [what, setWhat] = useState("");
  const errors = formErrorsFrom(add.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (add.isPending) return;
    add.mutate({ what }, { onSuccess: () => setWhat("") });
  };

  return (
    <>
      {amends.length === 0 ? (
        <Empty>No amends on your list yet.</Empty>
      ) : (
        <ul className="solo-list">
          {amends.map((amend) => (
            <li key={amend.id} className="solo-list__item">
              <label className="choice">
                <input
                  type="checkbox"
                  checked={amend.doneAt !== null}
                  disabled={mark.isPending}
                  onChange={(event) => mark.mutate({ id: amend.id, done: event.target.checked })}
                />
                <span>
                  {amend.what}
                  {amend.doneAt && <span className="muted"> · done {formatDate(amend.doneAt)}</span>}
                </span>
              </label>
              <RemoveButton what="this amend" remove={bound(remove, amend.id)} />
            </li>
          ))}
        </ul>
      )}
      {mark.error && (
        <p className="field__error">
          {isApiError(mark.error) ? mark.error.message : "That didn't save. Try again."}
        </p>
      )}
      <h3>Add an amend</h3>
      <ErrorSummary error={add.error} fieldIds={{ what: "amend-what" }} />
      <form className="form" onSubmit={submit} noValidate>
        <TextArea
          id="amend-what"
          label="Something you can put right on your own"
          value={what}
          onChange={setWhat}
          error={errors.fields.what}
          maxLength={1000}
          rows={2}
        />
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={add.isPending}>
            {add.isPending ? "Adding…" : "Add to my list"}
          </button>
        </div>
      </form>
    </>
  );
}
