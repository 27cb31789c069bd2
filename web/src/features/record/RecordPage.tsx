import {
  type RecordEntry,
  type RecordKind,
  recordKindLabels,
  recordKinds,
  recordSourceLabels,
} from "@mend/core/record/contract";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import { segment } from "../../api/client.ts";
import { CheckboxGroup } from "../../ui/ChoiceGroup.tsx";
import { formatDate } from "../../ui/dates.ts";
import { formErrorsFrom } from "../../ui/form-errors.ts";
import { EmptyState, ErrorState, LoadingState } from "../../ui/States.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { DateField } from "../closeness/DateField.tsx";
import { useSpaceStream } from "../realtime/use-space-stream.ts";
import { otherPersonName, spaceQuery } from "../spaces/api.ts";
import { type RecordFilters, recordQuery } from "./api.ts";

const timeOnly = new Intl.DateTimeFormat(undefined, { timeStyle: "short" });
const kindChoices = recordKinds.map((value) => ({ value, label: recordKindLabels[value] }));
const isKind = (value: string): value is RecordKind => (recordKinds as readonly string[]).includes(value);

function filtersFrom(params: URLSearchParams): RecordFilters {
  return {
    kinds: (params.get("kinds") ?? "").split(",").filter(isKind),
    from: params.get("from") ?? "",
    to: params.get("to") ?? "",
  };
}

/** Entries by the local day they happened on, keeping the newest-first order. */
function byDay(entries: readonly RecordEntry[]): { day: string; entries: RecordEntry[] }[] {
  const days: { day: string; entries: RecordEntry[] }[] = [];
  for (const entry of entries) {
    const day = formatDate(entry.at);
    const last = days.at(-1);
    if (last?.day === day) last.entries.push(entry);
    else days.push({ day, entries: [entry] });
  }
  return days;
}

export function RecordPage() {
  const { spaceId = "" } = useParams();
  useDocumentTitle("The record");
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const space = useQuery(spaceQuery(spaceId));
  const record = useQuery(recordQuery(spaceId, filters));
  useSpaceStream(spaceId);

  if (space.isPending || record.isPending) return <LoadingState label="Loading the record…" />;
  if (space.isError || (record.isError && !record.data)) {
    return (
      <div className="page page--narrow">
        <h1>The record</h1>
        <ErrorState
          error={space.error ?? record.error}
          onRetry={() => void Promise.all([space.refetch(), record.refetch()])}
        />
      </div>
    );
  }
  const name = otherPersonName(space.data);
  const base = `/spaces/${segment(spaceId)}`;
  const view = record.data;
  const filtered = filters.kinds.length > 0 || filters.from !== "" || filters.to !== "";

  return (
    <div className="page record-page">
      <p className="eyebrow no-print">
        <Link to={base}>Back to your space</Link>
      </p>
      <h1>The record</h1>
      <p className="lead">
        Everything you and {name} shared, agreed, promised, kept, missed, asked and answered in Mend, as it
        was written. {name} sees exactly the same record. Nothing here can be changed or removed, and nothing
        either of you kept private is in it.
      </p>

      <RecordFilterForm
        key={params.toString()}
        initial={filters}
        error={record.isError ? formErrorsFrom(record.error).message : null}
        onApply={(next) => setParams(new URLSearchParams(next), { replace: false })}
      />

      <div className="button-row no-print">
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          Print the record
        </button>
        <a className="button button--secondary" href={`/api/spaces/${segment(spaceId)}/export.pdf`} download>
          Download as PDF
        </a>
      </div>

      {view.entries.length === 0 ? (
        <EmptyState
          title={
            !view.otherPresent
              ? "Nothing yet"
              : filtered && view.totalEntries > 0
                ? "Nothing matches"
                : "Nothing yet"
          }
        >
          <p>
            {!view.otherPresent
              ? `The record holds what passes between two people; it starts once ${name} has joined.`
              : filtered && view.totalEntries > 0
                ? "No entries fall within these filters. Choose other kinds or days, or clear the filters."
                : `What you and ${name} share with each other will appear here, in order.`}
          </p>
        </EmptyState>
      ) : (
        <section aria-labelledby="entries-title" className="section" aria-busy={record.isFetching}>
          <h2 id="entries-title" className="visually-hidden">
            Entries
          </h2>
          <p className="muted">
            {filtered
              ? `Showing ${view.entries.length} of ${view.totalEntries} entries.`
              : `${view.totalEntries} entries, newest first.`}
          </p>
          {byDay(view.entries).map(({ day, entries }) => (
            <section key={day} className="record-day" aria-label={day}>
              <h3 className="record-day__title">{day}</h3>
              <ol className="record-list">
                {entries.map((entry) => (
                  <li key={entry.id} className={`record-entry record-entry--${entry.kind}`}>
                    <p className="record-entry__meta">
                      <span className="record-entry__kind">{recordKindLabels[entry.kind]}</span>
                      <span>{recordSourceLabels[entry.source]}</span>
                      <time dateTime={entry.at}>{timeOnly.format(new Date(entry.at))}</time>
                    </p>
                    <p className="record-entry__title">{entry.title}</p>
                    {entry.text && <p className="written record-entry__text">{entry.text}</p>}
                  </li>
                ))}
              </ol>
            </section>
          ))}
        </section>
      )}
    </div>
  );
}

function RecordFilterForm({
  initial,
  error,
  onApply,
}: {
  initial: RecordFilters;
  error: string | null;
  onApply: (params: Record<string, string>) => void;
}) {
  const [kinds, setKinds] = useState<RecordKind[]>(initial.kinds);
  const [from, setFrom] = useState(initial.from);
  const [to, setTo] = useState(initial.to);
  const [problem, setProblem] = useState<string | null>(null);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    if (from && to && from > to) {
      setProblem("The first day comes after the last one. Swap them, or clear one.");
      return;
    }
    setProblem(null);
    onApply({
      ...(kinds.length > 0 ? { kinds: kinds.join(",") } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    });
  };

  return (
    <details
      className="panel record-filters no-print"
      open={initial.kinds.length > 0 || !!initial.from || !!initial.to}
    >
      <summary>Filter by kind and date</summary>
      <form className="form" onSubmit={apply} noValidate>
        <CheckboxGroup
          id="record-kinds"
          legend="Kinds of entry"
          hint="None chosen shows every kind."
          choices={kindChoices}
          value={kinds}
          onChange={setKinds}
        />
        <div className="record-filters__dates">
          <DateField
            id="record-from"
            label="From"
            value={from}
            onChange={setFrom}
            error={problem ?? undefined}
          />
          <DateField id="record-to" label="To" value={to} onChange={setTo} />
        </div>
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
        <div className="button-row">
          <button type="submit" className="button button--primary">
            Show
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setKinds([]);
              setFrom("");
              setTo("");
              setProblem(null);
              onApply({});
            }}
          >
            Clear filters
          </button>
        </div>
      </form>
    </details>
  );
}
