import { type Day, entriesByDay, monthOf, todayIn } from "@mend/core/journal/calendar";
import { type JournalMood, journalMoods, moodWords, newestFirst } from "@mend/core/journal/entry";
import { journalJson, journalMarkdown } from "@mend/core/journal/export";
import { type JournalSearch, searchJournal, tagsInUse } from "@mend/core/journal/search";
import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { InputField } from "../../ui/InputField.tsx";
import { EmptyState, ErrorState, LoadingState, Notice } from "../../ui/States.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { useSession } from "../accounts/session.ts";
import { VaultGate } from "../vault/VaultGate.tsx";
import { journalQuery, type OpenedJournal, useWriteJournalEntry } from "./api.ts";
import { formatDay } from "./days.ts";
import { dayStamp, downloadText } from "./download.ts";
import { deviceTimeZone, EntryForm } from "./EntryForm.tsx";
import { JournalEntryItem } from "./JournalEntryItem.tsx";
import { MonthCalendar } from "./MonthCalendar.tsx";

/** The private journal: for the person alone, sealed in their browser, never shared with anyone. */
export function JournalPage() {
  useDocumentTitle("Your journal");
  const account = useSession().data?.account;
  return (
    <div className="page page--narrow">
      <h1>Your journal</h1>
      <p className="lead">
        A place to write for yourself, about any day. Everything here is sealed in this browser before it is
        kept: nobody else can read it, not the other person in a space and not whoever runs this Mend. Nothing
        in it is ever shared.
      </p>
      {account && (
        <VaultGate accountId={account.id} what="Your journal">
          <Journal accountId={account.id} />
        </VaultGate>
      )}
    </div>
  );
}

function Journal({ accountId }: { accountId: string }) {
  const journal = useQuery(journalQuery(accountId));
  const write = useWriteJournalEntry(accountId);
  const [savedFor, setSavedFor] = useState<Day | null>(null);

  return (
    <>
      <section className="section" aria-labelledby="journal-write-title">
        <h2 id="journal-write-title">Write an entry</h2>
        {savedFor && <Notice>Your entry for {formatDay(savedFor)} is kept in your journal.</Notice>}
        <EntryForm
          submitLabel="Keep this entry"
          pendingLabel="Sealing and saving…"
          pending={write.isPending}
          error={write.error}
          onSave={(content, done) => {
            setSavedFor(null);
            write.mutate(content, {
              onSuccess: () => {
                setSavedFor(content.day);
                done();
              },
            });
          }}
        />
      </section>
      <section className="section" aria-labelledby="journal-entries-title">
        <h2 id="journal-entries-title">Your entries</h2>
        {journal.isPending && <LoadingState label="Opening your journal…" />}
        {journal.isError && (
          <ErrorState
            title="Your journal could not be opened"
            error={journal.error}
            onRetry={() => void journal.refetch()}
          />
        )}
        {journal.data && <Entries accountId={accountId} journal={journal.data} />}
      </section>
    </>
  );
}

const anyChoice = "";

function Entries({ accountId, journal }: { accountId: string; journal: OpenedJournal }) {
  const today = todayIn(deviceTimeZone(), new Date());
  const [words, setWords] = useState("");
  const [mood, setMood] = useState<JournalMood | typeof anyChoice>(anyChoice);
  const [tag, setTag] = useState(anyChoice);
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [day, setDay] = useState<Day | null>(null);
  const [month, setMonth] = useState(monthOf(today));
  const all = journal.entries;
  const tags = useMemo(() => tagsInUse(all), [all]);
  const counts = useMemo(
    () => new Map([...entriesByDay(all)].map(([each, list]) => [each, list.length] as const)),
    [all],
  );
  const search: JournalSearch = {
    words,
    ...(mood ? { mood } : {}),
    ...(tag ? { tag } : {}),
    ...(day ? { from: day, to: day } : { ...(from ? { from } : {}), ...(to ? { to } : {}) }),
  };
  const found = newestFirst(searchJournal(all, search));
  const searching =
    words.trim() !== "" || mood !== anyChoice || tag !== anyChoice || from !== "" || to !== "";
  const clear = () => {
    setWords("");
    setMood(anyChoice);
    setTag(anyChoice);
    setFrom("");
    setTo("");
    setDay(null);
  };

  if (all.length === 0 && journal.unreadable.length === 0) {
    return (
      <EmptyState title="Nothing written yet">
        <p>Your first entry will appear here, and its day will be marked on a calendar.</p>
      </EmptyState>
    );
  }

  return (
    <>
      {journal.unreadable.length > 0 && (
        <div className="notice notice--info" role="alert">
          <p>
            {journal.unreadable.length === 1 ? "One entry" : `${journal.unreadable.length} entries`} could not
            be opened with this vault's key, so {journal.unreadable.length === 1 ? "it is" : "they are"} not
            shown:
          </p>
          <ul>
            {journal.unreadable.map((entry) => (
              <li key={entry.id}>{entry.problem}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="journal-browse">
        <search className="journal-filters" aria-label="Search your journal">
          <TextField id="journal-words" label="Search words" value={words} onChange={setWords} />
          <div className="field">
            <label className="field__label" htmlFor="journal-mood-filter">
              Mood
            </label>
            <select
              id="journal-mood-filter"
              className="input"
              value={mood}
              onChange={(event) => setMood(event.target.value as JournalMood | typeof anyChoice)}
            >
              <option value={anyChoice}>Any mood</option>
              {journalMoods.map((each) => (
                <option key={each} value={each}>
                  {moodWords[each]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor="journal-tag-filter">
              Tag
            </label>
            <select
              id="journal-tag-filter"
              className="input"
              value={tag}
              onChange={(event) => setTag(event.target.value)}
              disabled={tags.length === 0}
            >
              <option value={anyChoice}>{tags.length === 0 ? "No tags yet" : "Any tag"}</option>
              {tags.map((each) => (
                <option key={each} value={each}>
                  {each}
                </option>
              ))}
            </select>
          </div>
          <div className="journal-filters__range">
            <InputField
              id="journal-from"
              label="From"
              type="date"
              inputClassName="input journal-form__day"
              value={from}
              onChange={(value) => {
                setDay(null);
                setFrom(value);
              }}
            />
            <InputField
              id="journal-to"
              label="To"
              type="date"
              inputClassName="input journal-form__day"
              value={to}
              onChange={(value) => {
                setDay(null);
                setTo(value);
              }}
            />
          </div>
        </search>
        <MonthCalendar
          month={month}
          onMonthChange={setMonth}
          counts={counts}
          today={today}
          selected={day}
          onSelect={(chosen) => setDay(chosen === day ? null : chosen)}
        />
      </div>
      <div className="journal-results">
        <p role="status" className="journal-results__summary">
          {day
            ? `${formatDay(day)}: ${found.length === 1 ? "1 entry" : `${found.length} entries`}`
            : searching
              ? `${found.length === 1 ? "1 entry matches" : `${found.length} entries match`}`
              : `${all.length === 1 ? "1 entry" : `${all.length} entries`}, latest day first`}
        </p>
        {(searching || day) && (
          <button type="button" className="link-button" onClick={clear}>
            Show every entry
          </button>
        )}
      </div>
      {found.length === 0 ? (
        <EmptyState title={day ? "Nothing written for that day" : "No entry matches"}>
          <p>
            {day
              ? "Choose another day on the calendar, or write an entry about this one above."
              : "Try fewer words, or another mood, tag or range of days."}
          </p>
        </EmptyState>
      ) : (
        <ul className="heal-list journal-list">
          {found.map((entry) => (
            <JournalEntryItem key={entry.id} accountId={accountId} entry={entry} />
          ))}
        </ul>
      )}
      <section className="section" aria-labelledby="journal-download-title">
        <h2 id="journal-download-title">Download your journal</h2>
        <p>
          Made here in this browser from your opened entries: the file is not sent anywhere. Keep it somewhere
          only you can reach, since it is no longer sealed.
        </p>
        <JournalDownloads entries={all} />
      </section>
    </>
  );
}

export function JournalDownloads({ entries }: { entries: OpenedJournal["entries"] }) {
  return (
    <div className="button-row">
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          const now = new Date();
          downloadText(`mend-journal-${dayStamp(now)}.md`, "text/markdown", journalMarkdown(entries, now));
        }}
      >
        Download as text (Markdown)
      </button>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          const now = new Date();
          downloadText(`mend-journal-${dayStamp(now)}.json`, "application/json", journalJson(entries, now));
        }}
      >
        Download as a data file (JSON)
      </button>
    </div>
  );
}
