import { logTransparencyInput, type TransparencyActView } from "@mend/core/agreements/promise-contract";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, type ReactNode, useState } from "react";
import { formatDateTime } from "../../ui/dates.ts";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { type FormErrors, formErrorsFrom } from "../../ui/form-errors.ts";
import { EmptyState, ErrorState, LoadingState } from "../../ui/States.tsx";
import { TextArea } from "../../ui/TextArea.tsx";
import { DraftNote } from "../drafts/DraftNote.tsx";
import { useDraft } from "../drafts/use-draft.ts";
import { transparencyQuery, useLogTransparency, useRespondToTransparency } from "./api.ts";
import { RespondButtons } from "./Occurrences.tsx";
import { who } from "./words.ts";

const shownAtFirst = 5;

/** Things shared before being asked ("I told you my plans before you asked"), and the other's answer. */
export function TransparencySection({
  spaceId,
  name,
  canLog,
  onDone,
}: {
  spaceId: string;
  name: string;
  canLog: boolean;
  onDone: (message: string) => void;
}) {
  const acts = useQuery(transparencyQuery(spaceId));
  const [all, setAll] = useState(false);

  let list: ReactNode;
  if (acts.isPending) list = <LoadingState label="Loading…" />;
  else if (acts.isError) list = <ErrorState error={acts.error} onRetry={() => void acts.refetch()} />;
  else if (acts.data.acts.length === 0)
    list = (
      <EmptyState title="Nothing logged yet">
        <p>
          {canLog
            ? "When you share something before being asked, note it here so it counts."
            : `When ${name} shares something before you ask, they can note it here, and you can say if it matched what you saw.`}
        </p>
      </EmptyState>
    );
  else {
    const shown = all ? acts.data.acts : acts.data.acts.slice(0, shownAtFirst);
    list = (
      <>
        <ul className="transparency-list">
          {shown.map((act) => (
            <TransparencyItem key={act.id} spaceId={spaceId} act={act} name={name} onDone={onDone} />
          ))}
        </ul>
        {acts.data.acts.length > shownAtFirst && (
          <button type="button" className="link-button" onClick={() => setAll((on) => !on)}>
            {all ? "Show fewer" : `Show all ${acts.data.acts.length}`}
          </button>
        )}
      </>
    );
  }

  return (
    <section className="section" aria-labelledby="transparency-title">
      <h2 id="transparency-title">Shared before being asked</h2>
      <p className="muted">
        Offering openness without being asked (plans, who you saw, what changed) shows trust can be rebuilt.
      </p>
      {canLog && <LogForm spaceId={spaceId} name={name} onDone={onDone} />}
      {list}
    </section>
  );
}

function LogForm({
  spaceId,
  name,
  onDone,
}: {
  spaceId: string;
  name: string;
  onDone: (message: string) => void;
}) {
  const log = useLogTransparency(spaceId);
  const [note, setNote] = useState("");
  const [problems, setProblems] = useState<FormErrors | null>(null);
  const draft = useDraft({
    spaceId,
    formKey: "transparency:new",
    value: { note },
    restore: (fields) => setNote(fields.note ?? ""),
  });
  const errors = problems ?? formErrorsFrom(log.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (log.isPending) return;
    const result = logTransparencyInput.safeParse({ note });
    if (!result.success) {
      setProblems({
        message: null,
        fields: { note: result.error.issues[0]?.message ?? "Say what you shared." },
      });
      return;
    }
    setProblems(null);
    log.mutate(result.data.note, {
      onSuccess: () => {
        draft.clear();
        setNote("");
        onDone(`Noted. ${name} can say if it matched what they saw.`);
      },
    });
  };
  return (
    <div className="panel">
      <ErrorSummary errors={errors} fieldIds={{ note: "transparency-note" }} />
      <form className="form" noValidate onSubmit={submit}>
        <TextArea
          id="transparency-note"
          label="What you shared"
          hint={`For example: I told ${name} my plans for Saturday before they asked.`}
          value={note}
          onChange={setNote}
          error={errors.fields.note}
          maxLength={1000}
          rows={2}
        />
        <DraftNote draft={draft} />
        <button type="submit" className="button button--secondary" disabled={log.isPending}>
          {log.isPending ? "Saving…" : "Note it"}
        </button>
      </form>
    </div>
  );
}

function TransparencyItem({
  spaceId,
  act,
  name,
  onDone,
}: {
  spaceId: string;
  act: TransparencyActView;
  name: string;
  onDone: (message: string) => void;
}) {
  const respond = useRespondToTransparency(spaceId);
  const error = formErrorsFrom(respond.error).message;
  return (
    <li className="transparency">
      <p className="written">{act.note}</p>
      <p className="occurrence__meta">
        {who(act.by, name)}, {formatDateTime(act.at)}
        {act.response &&
          ` · ${act.by === "you" ? name : "You"} ${act.response.response === "confirmed" ? "confirmed it" : "saw it differently"}`}
      </p>
      {act.response?.note && <p className="occurrence__note">“{act.response.note}”</p>}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {act.can.respond && (
        <RespondButtons
          busy={respond.isPending}
          text={act.note}
          onRespond={(response) =>
            respond.mutate(
              { actId: act.id, body: { response } },
              { onSuccess: () => onDone(`Thank you. ${name} can see your answer.`) },
            )
          }
        />
      )}
    </li>
  );
}
