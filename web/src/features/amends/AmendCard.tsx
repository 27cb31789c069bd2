import type { AmendStepView, AmendView } from "@mend/core/amends/contract";
import { amendStatusLabels, maxAmendLength, maxAmendNoteLength } from "@mend/core/amends/fields";
import { type FormEvent, useState } from "react";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { formatDateTime } from "../../ui/dates.ts";
import { formErrorsFrom } from "../../ui/form-errors.ts";
import { TextArea } from "../../ui/TextArea.tsx";
import { DateField, formatCalendarDate } from "../closeness/DateField.tsx";
import { useAnswerAmend, useConfirmAmend, useCounterAmend } from "./api.ts";

const stepWords: Record<AmendStepView["action"], string> = {
  accepted: "accepted it",
  declined: "declined it",
  withdrawn: "withdrew it",
  done: "marked it made",
  confirmed: "confirmed it was made",
  not_yet: "said it isn't made yet",
};

const pillTone: Record<AmendView["status"], string> = {
  proposed: "status-pill--waiting",
  accepted: "status-pill--waiting",
  done: "status-pill--waiting",
  confirmed: "status-pill--done",
  declined: "status-pill--quiet",
  withdrawn: "status-pill--quiet",
  countered: "status-pill--quiet",
};

type Panel = "none" | "counter" | "done" | "not_yet";

/** One amend: what, by when, where it stands, its history, and what the reader can do next. */
export function AmendCard({ spaceId, amend, name }: { spaceId: string; amend: AmendView; name: string }) {
  const answer = useAnswerAmend(spaceId);
  const confirm = useConfirmAmend(spaceId);
  const [panel, setPanel] = useState<Panel>("none");
  const [asking, setAsking] = useState<"declined" | "withdrawn" | null>(null);
  const who = (party: "you" | "other") => (party === "you" ? "You" : name);
  const opening =
    amend.counterToId !== null
      ? `${who(amend.proposedBy)} suggested instead`
      : amend.origin === "offered"
        ? `${who(amend.proposedBy)} offered`
        : `${who(amend.proposedBy)} asked`;
  const waiting = amend.can.accept || amend.can.markDone || amend.can.confirm;
  const failure = formErrorsFrom(answer.error ?? confirm.error).message;

  return (
    <li className={`request amend${waiting ? " request--waiting" : ""}`}>
      <p className="request__from">
        {opening} · {formatDateTime(amend.createdAt)}
      </p>
      <p className="written amend__what">{amend.what}</p>
      <p className="amend__meta">
        <span className={`status-pill ${amend.late ? "status-pill--late" : pillTone[amend.status]}`}>
          {amend.late ? "Past its date" : amendStatusLabels[amend.status]}
        </span>
        <span className="muted">
          {amend.maker === "you" ? "You make it" : `${name} makes it`}
          {amend.byDate ? `, by ${formatCalendarDate(amend.byDate)}` : ""}
        </span>
      </p>

      {amend.steps.length > 0 && (
        <ol className="request__replies amend__steps">
          {amend.steps.map((step) => (
            <li key={`${step.action}-${step.at}`}>
              <p className="request__from">
                {who(step.by)} {stepWords[step.action]} · {formatDateTime(step.at)}
              </p>
              {step.note && <p className="written">{step.note}</p>}
            </li>
          ))}
        </ol>
      )}

      {failure && (
        <p className="field__error" role="alert">
          {failure}
        </p>
      )}

      <div className="button-row amend__actions">
        {amend.can.accept && (
          <button
            type="button"
            className="button button--primary"
            disabled={answer.isPending}
            onClick={() => answer.mutate({ id: amend.id, action: "accepted" })}
          >
            Accept
          </button>
        )}
        {amend.can.counter && (
          <button type="button" className="button button--secondary" onClick={() => setPanel("counter")}>
            Suggest something else
          </button>
        )}
        {amend.can.decline && (
          <button type="button" className="button button--secondary" onClick={() => setAsking("declined")}>
            Decline
          </button>
        )}
        {amend.can.withdraw && (
          <button type="button" className="button button--secondary" onClick={() => setAsking("withdrawn")}>
            Withdraw
          </button>
        )}
        {amend.can.markDone && panel !== "done" && (
          <button type="button" className="button button--primary" onClick={() => setPanel("done")}>
            I've made it
          </button>
        )}
        {amend.can.confirm && (
          <>
            <button
              type="button"
              className="button button--primary"
              disabled={confirm.isPending}
              onClick={() => confirm.mutate({ id: amend.id, confirmed: true })}
            >
              Yes, it was made
            </button>
            <button type="button" className="button button--secondary" onClick={() => setPanel("not_yet")}>
              Not yet
            </button>
          </>
        )}
      </div>

      {panel === "counter" && (
        <CounterForm spaceId={spaceId} amend={amend} name={name} onClose={() => setPanel("none")} />
      )}
      {(panel === "done" || panel === "not_yet") && (
        <NoteForm
          id={`amend-${panel}-${amend.id}`}
          label={
            panel === "done"
              ? "Anything to say about it (optional)"
              : `What is still missing, for ${name} (optional)`
          }
          submitLabel={panel === "done" ? "Mark it made" : "Send"}
          pending={answer.isPending || confirm.isPending}
          onCancel={() => setPanel("none")}
          onSubmit={(note) => {
            const done = { onSuccess: () => setPanel("none") };
            if (panel === "done")
              answer.mutate({ id: amend.id, action: "done", ...(note ? { note } : {}) }, done);
            else confirm.mutate({ id: amend.id, confirmed: false, ...(note ? { note } : {}) }, done);
          }}
        />
      )}

      <ConfirmDialog
        open={asking !== null}
        title={asking === "declined" ? "Decline this amend?" : "Withdraw this amend?"}
        confirmLabel={asking === "declined" ? "Decline" : "Withdraw"}
        cancelLabel="Keep it"
        pending={answer.isPending}
        error={answer.error ? formErrorsFrom(answer.error).message : null}
        onCancel={() => setAsking(null)}
        onConfirm={() =>
          asking && answer.mutate({ id: amend.id, action: asking }, { onSuccess: () => setAsking(null) })
        }
      >
        <p>
          {asking === "declined"
            ? `${name} will see that you declined. That is yours to decide, and it never counts against anyone. You can suggest something else instead.`
            : `${name} will see that you withdrew it. It stays on the record, marked as withdrawn.`}
        </p>
      </ConfirmDialog>
    </li>
  );
}

function NoteForm(props: {
  id: string;
  label: string;
  submitLabel: string;
  pending: boolean;
  onSubmit: (note: string) => void;
  onCancel: () => void;
}) {
  const [note, setNote] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!props.pending) props.onSubmit(note.trim());
  };
  return (
    <form className="form request__form" onSubmit={submit} noValidate>
      <TextArea
        id={props.id}
        label={props.label}
        value={note}
        onChange={setNote}
        maxLength={maxAmendNoteLength}
        rows={2}
      />
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={props.pending}>
          {props.pending ? "Sending…" : props.submitLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function CounterForm({
  spaceId,
  amend,
  name,
  onClose,
}: {
  spaceId: string;
  amend: AmendView;
  name: string;
  onClose: () => void;
}) {
  const counter = useCounterAmend(spaceId);
  const [what, setWhat] = useState("");
  const [byDate, setByDate] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const errors = formErrorsFrom(counter.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (counter.isPending) return;
    if (what.trim().length === 0) {
      setProblem("Say what you would suggest instead.");
      return;
    }
    setProblem(null);
    counter.mutate(
      { id: amend.id, what: what.trim(), ...(byDate ? { byDate } : {}) },
      { onSuccess: onClose },
    );
  };
  return (
    <form className="form request__form" onSubmit={submit} noValidate>
      <TextArea
        id={`amend-counter-${amend.id}`}
        label={`What would you suggest instead? ${name} can accept it or answer in turn.`}
        value={what}
        onChange={setWhat}
        error={problem ?? errors.fields.what}
        maxLength={maxAmendLength}
        rows={3}
      />
      <DateField
        id={`amend-counter-date-${amend.id}`}
        label="By when (optional)"
        value={byDate}
        onChange={setByDate}
        error={errors.fields.byDate}
      />
      {errors.message && (
        <p className="field__error" role="alert">
          {errors.message}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={counter.isPending}>
          {counter.isPending ? "Sending…" : "Suggest it"}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
