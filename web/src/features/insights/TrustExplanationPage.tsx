import type { ExplainedEventView, TrustExplanationView } from "@mend/core/insights/contract";
import { trustElementText } from "@mend/core/trust/elements";
import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { Link, useParams } from "react-router";
import { segment } from "../../api/client.ts";
import { EmptyState, ErrorState, LoadingState } from "../../ui/States.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { listInWords } from "../checkins/SharingSummary.tsx";
import { trustExplanationQuery } from "./api.ts";
import { dayInFull } from "./format.ts";

/** A long history is shown a page at a time, newest first, so the explanation above stays close. */
const shownAtFirst = 20;

export function TrustExplanationPage() {
  const { spaceId = "" } = useParams();
  useDocumentTitle("How the record is read");
  const explanation = useQuery(trustExplanationQuery(spaceId));

  return (
    <div className="page page--narrow">
      <p className="eyebrow">
        <Link to={`/spaces/${segment(spaceId)}/insights`}>Back to your progress</Link>
      </p>
      <h1>How the record is read</h1>
      {explanation.isPending && <LoadingState label="Loading…" />}
      {explanation.isError && (
        <ErrorState error={explanation.error} onRetry={() => void explanation.refetch()} />
      )}
      {explanation.data && <Explanation view={explanation.data} />}
    </div>
  );
}

function Explanation({ view }: { view: TrustExplanationView }) {
  const { model } = view;
  return (
    <>
      {model.intro.map((paragraph, i) => (
        <p key={paragraph} className={i === 0 ? "lead" : undefined}>
          {paragraph}
        </p>
      ))}

      <section className="section" aria-labelledby="counts-title">
        <h2 id="counts-title">What counts, and for which part of trust</h2>
        <ul className="plain-list trust-parts">
          {model.elements.map((element) => (
            <li key={element.element} className="trust-parts__item">
              <h3 className="trust-parts__label">{element.label}</h3>
              <p className="muted">{element.meaning}</p>
              {element.raisedBy.length > 0 && <p>Counts for it: {listInWords(element.raisedBy)}.</p>}
              {element.loweredBy.length > 0 && <p>Counts against it: {listInWords(element.loweredBy)}.</p>}
            </li>
          ))}
        </ul>
      </section>

      {model.sections.map((section) => (
        <section key={section.id} className="section" aria-labelledby={`explain-${section.id}`}>
          <h2 id={`explain-${section.id}`}>{section.title}</h2>
          {section.paragraphs.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </section>
      ))}

      <details className="disclosure">
        <summary>Show the formula</summary>
        <ol className="formula">
          {model.formula.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ol>
      </details>

      <EventList
        title="What the record of your actions is built from"
        events={view.yours}
        empty="Nothing about your actions is on record yet. Promises kept, questions answered and agreements honoured will be listed here as they happen."
      />
      {view.theirs && (
        <EventList
          title={`What the record of ${view.otherName}'s actions is built from`}
          events={view.theirs}
          empty={`Nothing about what ${view.otherName} has done is on record yet.`}
        />
      )}
    </>
  );
}

function effectInWords(event: ExplainedEventView): string {
  const names = (elements: ExplainedEventView["raises"]) =>
    listInWords(elements.map((element) => trustElementText[element].label.toLowerCase()));
  return [
    event.raises.length > 0 ? `for ${names(event.raises)}` : "",
    event.lowers.length > 0 ? `against ${names(event.lowers)}` : "",
  ]
    .filter(Boolean)
    .join(", ");
}

function EventList({ title, events, empty }: { title: string; events: ExplainedEventView[]; empty: string }) {
  const titleId = useId();
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? events : events.slice(0, shownAtFirst);
  return (
    <section className="section" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      {events.length === 0 ? (
        <EmptyState title="Nothing on record yet">
          <p>{empty}</p>
        </EmptyState>
      ) : (
        <>
          <p className="muted">Newest first.</p>
          <ol className="plain-list evidence-list">
            {shown.map((event, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: events carry no id of their own and two can share a kind and a moment; the server sends them in a fixed order
              <li key={`${event.at}-${i}`} className="evidence-list__item">
                <p className="evidence-list__what">
                  {event.what.charAt(0).toUpperCase() + event.what.slice(1)}
                </p>
                <p className="muted">
                  <time dateTime={event.at}>{dayInFull(event.at)}</time>: {effectInWords(event)}.{" "}
                  {event.countsNowText.charAt(0).toUpperCase() + event.countsNowText.slice(1)}.
                </p>
              </li>
            ))}
          </ol>
          {events.length > shown.length && (
            <button type="button" className="button button--secondary" onClick={() => setShowAll(true)}>
              Show all {events.length}
            </button>
          )}
        </>
      )}
    </section>
  );
}
