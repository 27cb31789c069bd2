import { type SessionPrepQuery, type SessionPrepView, sessionPrepQuery } from "@mend/core/counselor/contract";
import { recordKindLabels } from "@mend/core/record/contract";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { segment } from "../../api/client.ts";
import { formatDateTime } from "../../ui/dates.ts";
import { checkInput, type FormErrors } from "../../ui/form-errors.ts";
import { EmptyState, ErrorState, LoadingState } from "../../ui/States.tsx";
import { DateField } from "../closeness/DateField.tsx";
import { sessionPrepQueryOptions } from "./api.ts";

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** Preparing a session: the days since the last one, say, from the shared record only; on screen and as a PDF. */
export function SessionPrep({ spaceId }: { spaceId: string }) {
  const today = new Date();
  const [from, setFrom] = useState(isoDay(new Date(today.getTime() - 7 * 24 * 60 * 60 * 1000)));
  const [to, setTo] = useState(isoDay(today));
  const [range, setRange] = useState<SessionPrepQuery | null>(null);
  const [problems, setProblems] = useState<FormErrors | null>(null);

  const show = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkInput(sessionPrepQuery, { from, to });
    if ("problems" in checked) {
      setProblems(checked.problems);
      return;
    }
    setProblems(null);
    setRange(checked.input);
  };

  return (
    <section className="section" aria-labelledby="prep-title">
      <h2 id="prep-title">Prepare a session</h2>
      <form className="form" onSubmit={show} noValidate>
        <div className="record-filters__dates">
          <DateField
            id="prep-from"
            label="From"
            value={from}
            onChange={setFrom}
            error={problems?.fields.from}
          />
          <DateField id="prep-to" label="To" value={to} onChange={setTo} error={problems?.fields.to} />
        </div>
        <div className="button-row">
          <button type="submit" className="button button--secondary">
            Show these days
          </button>
        </div>
      </form>
      {range && <PrepResult spaceId={spaceId} range={range} />}
    </section>
  );
}

function PrepResult({ spaceId, range }: { spaceId: string; range: SessionPrepQuery }) {
  const prep = useQuery(sessionPrepQueryOptions(spaceId, range));
  if (prep.isPending) return <LoadingState label="Gathering those days…" />;
  if (prep.isError) {
    return <ErrorState error={prep.error} onRetry={() => void prep.refetch()} />;
  }
  return <PrepView spaceId={spaceId} prep={prep.data} />;
}

function PrepView({ spaceId, prep }: { spaceId: string; prep: SessionPrepView }) {
  const pdf = `/api/counselor/spaces/${segment(spaceId)}/session-prep.pdf?from=${prep.from}&to=${prep.to}`;
  return (
    <div className="panel" aria-live="polite">
      <p>
        {prep.counts.length === 0
          ? "Nothing was shared in these days."
          : prep.counts.map((count) => `${recordKindLabels[count.kind]}: ${count.count}`).join(" · ")}
      </p>
      <div className="button-row">
        <a className="button button--secondary" href={pdf} download>
          Download as PDF
        </a>
      </div>
      {prep.entries.length === 0 ? (
        <EmptyState title="A quiet stretch">
          <p>Choose other days to see what they shared then.</p>
        </EmptyState>
      ) : (
        <ul className="bullets">
          {prep.entries.map((entry) => (
            <li key={entry.id}>
              {entry.title} <span className="muted">· {formatDateTime(entry.at)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
