import { counselorNoteInput } from "@mend/core/counselor/contract";
import { recordKindLabels, recordSourceLabels } from "@mend/core/record/contract";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { Link, useParams } from "react-router";
import { isApiError } from "../../api/client.ts";
import { formatDateTime } from "../../ui/dates.ts";
import { ErrorSummary } from "../../ui/ErrorSummary.tsx";
import { checkInput, type FormErrors, formErrorsFrom } from "../../ui/form-errors.ts";
import { EmptyState, ErrorState, LoadingState, Notice } from "../../ui/States.tsx";
import { TextArea } from "../../ui/TextArea.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { counselorSpaceQuery, subscribeToCounselorSpace, useWriteCounselorNote } from "./api.ts";
import { CounselorNotes } from "./CounselorNotes.tsx";
import { SessionPrep } from "./SessionPrep.tsx";
import { StageList } from "./StageList.tsx";

/** One space as its counselor reads it: the shared record, the journey's stage, notes to both. */
export function CounselorSpacePage() {
  const { spaceId = "" } = useParams();
  const client = useQueryClient();
  const space = useQuery(counselorSpaceQuery(spaceId));
  const [ended, setEnded] = useState(false);
  useDocumentTitle(space.data ? space.data.names.join(" and ") : "A space you counsel");

  useEffect(
    () =>
      subscribeToCounselorSpace(spaceId, (event) => {
        if (event.kind === "ended") setEnded(true);
        void client.invalidateQueries({ queryKey: counselorSpaceQuery(spaceId).queryKey });
      }),
    [client, spaceId],
  );

  const back = (
    <p className="eyebrow">
      <Link to="/counselor">Back to the spaces you counsel</Link>
    </p>
  );
  if (ended || (space.isError && isApiError(space.error, "not_found"))) {
    return (
      <div className="page page--narrow">
        {back}
        <h1>You no longer have access to this space</h1>
        <p className="lead">
          Access ended, or the two people haven't both agreed yet. Nothing of this space is shown to you now.
        </p>
      </div>
    );
  }
  if (space.isPending) return <LoadingState label="Loading the shared record…" />;
  if (space.isError) {
    return (
      <div className="page page--narrow">
        {back}
        <h1>A space you counsel</h1>
        <ErrorState error={space.error} onRetry={() => void space.refetch()} />
      </div>
    );
  }
  const view = space.data;

  return (
    <div className="page">
      {back}
      <h1>{view.names.join(" and ")}</h1>
      <p className="lead">
        What the two of them share with each other, read-only. They see the days you look, and any note you
        write.
      </p>
      {view.lastSessionOn && (
        <Notice tone="info">
          Since you last looked: {view.sinceLastSession} new{" "}
          {view.sinceLastSession === 1 ? "entry" : "entries"}.
        </Notice>
      )}

      <section className="section" aria-labelledby="notes-title">
        <h2 id="notes-title">Notes to both</h2>
        <NoteForm spaceId={spaceId} />
        <CounselorNotes notes={view.notes} empty="You haven't written a note yet." />
      </section>

      <SessionPrep spaceId={spaceId} />

      <section className="section" aria-labelledby="stage-title">
        <h2 id="stage-title">The journey</h2>
        <StageList stage={view.stage} />
      </section>

      <section className="section" aria-labelledby="record-title">
        <h2 id="record-title">The shared record</h2>
        {view.record.entries.length === 0 ? (
          <EmptyState title="Nothing shared yet">
            <p>What the two of them share with each other will appear here, in order.</p>
          </EmptyState>
        ) : (
          <ol className="record-list">
            {view.record.entries.map((entry) => (
              <li key={entry.id} className={`record-entry record-entry--${entry.kind}`}>
                <p className="record-entry__meta">
                  <span className="record-entry__kind">{recordKindLabels[entry.kind]}</span>
                  <span>{recordSourceLabels[entry.source]}</span>
                  <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                </p>
                <p className="record-entry__title">{entry.title}</p>
                {entry.text && <p className="written record-entry__text">{entry.text}</p>}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

const noteFieldIds = { text: "counselor-note" };

function NoteForm({ spaceId }: { spaceId: string }) {
  const write = useWriteCounselorNote(spaceId);
  const [text, setText] = useState("");
  const [problems, setProblems] = useState<FormErrors | null>(null);
  const errors = problems ?? formErrorsFrom(write.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (write.isPending) return;
    const checked = checkInput(counselorNoteInput, { text });
    if ("problems" in checked) {
      setProblems(checked.problems);
      return;
    }
    setProblems(null);
    write.mutate(checked.input.text, { onSuccess: () => setText("") });
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorSummary error={write.error} errors={problems ?? undefined} fieldIds={noteFieldIds} />
      <TextArea
        id={noteFieldIds.text}
        label="A note to both"
        hint="Both people read it. It can't be changed or taken back afterwards."
        value={text}
        onChange={(value) => {
          setText(value);
          write.reset();
        }}
        error={errors.fields.text}
        maxLength={4000}
        rows={4}
      />
      {write.isSuccess && <Notice>Your note is with both of them.</Notice>}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={write.isPending}>
          {write.isPending ? "Sending…" : "Send the note to both"}
        </button>
      </div>
    </form>
  );
}
