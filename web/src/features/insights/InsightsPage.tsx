import type { InsightsView } from "@mend/core/insights/contract";
import { trustElementText } from "@mend/core/trust/elements";
import { useQuery } from "@tanstack/react-query";
import { lazy, type ReactNode, Suspense, useId } from "react";
import { Link, useParams } from "react-router";
import { segment } from "../../api/client.ts";
import { EmptyState, ErrorState, LoadingState } from "../../ui/States.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { listInWords } from "../checkins/SharingSummary.tsx";
import { HelpSuggestions } from "../help/HelpSuggestions.tsx";
import { useWithOwnReadinessHelp } from "../help/own-readiness.ts";
import { insightsQuery } from "./api.ts";
import { EmotionHeatMap } from "./EmotionHeatMap.tsx";
import { OpenQuestions } from "./OpenQuestions.tsx";
import { Consistency, ConversationHealth, Improvements, Milestones, Talks } from "./ProgressSections.tsx";

// The charting library is large; it loads with this page rather than with the rest of Mend.
const FeelingsChart = lazy(() => import("./FeelingsChart.tsx").then((m) => ({ default: m.FeelingsChart })));
const RecordChart = lazy(() => import("./RecordChart.tsx").then((m) => ({ default: m.RecordChart })));

export function InsightsPage() {
  const { spaceId = "" } = useParams();
  useDocumentTitle("Your progress");
  const insights = useQuery(insightsQuery(spaceId));
  const base = `/spaces/${segment(spaceId)}`;

  return (
    <div className="page page--wide">
      <p className="eyebrow">
        <Link to={base}>Back to your space</Link>
      </p>
      <h1>Your progress</h1>
      {insights.isPending && <LoadingState label="Gathering your progress…" />}
      {insights.isError && <ErrorState error={insights.error} onRetry={() => void insights.refetch()} />}
      {insights.data && <Insights view={insights.data} spaceId={spaceId} />}
    </div>
  );
}

function Insights({ view, spaceId }: { view: InsightsView; spaceId: string }) {
  const name = view.otherName;
  const base = `/spaces/${segment(spaceId)}`;
  return (
    <>
      <p className="lead">
        How things have been going, from your check-ins and from what is on record in Mend. Nothing here is a
        score for anyone.
      </p>
      <p className="button-row insights-actions">
        <Link className="button button--secondary" to={`${base}/checkin`}>
          Check in
        </Link>
        <Link to={`${base}/help`}>When to get help</Link>
      </p>

      <Framing framing={view.framing} />

      <Improvements improvements={view.improvements} />

      <Suspense fallback={<LoadingState label="Drawing the charts…" />}>
        <section className="section" aria-labelledby="trust-title">
          <h2 id="trust-title">Trust, two ways</h2>
          <p className="muted">
            How it feels and what has happened are kept apart on purpose and never added together. Neither is
            a verdict on anyone.
          </p>
          <p>
            <Link to={`${base}/insights/how-trust-is-read`}>
              How the record is read, and what it is built from
            </Link>
          </p>
          <div className="two-up">
            <TrustPanel title="How it feels to you" intro="Your own ratings of trust, from your check-ins.">
              <FeelingsChart
                title="How it feels to you"
                feelings={view.trust.yourFeelings}
                empty="Your check-ins will draw this line. One rating a day is plenty."
              />
            </TrustPanel>
            <TrustPanel
              title="What the record shows"
              intro={`What ${name} has done in Mend: promises kept or missed, questions answered, agreements honoured.`}
            >
              {view.trust.theirRecord ? (
                <RecordChart title={`What the record shows about ${name}`} record={view.trust.theirRecord} />
              ) : (
                <EmptyState title="Nothing on record yet">
                  <p>Once {name} joins, what they do in Mend will build a record here.</p>
                </EmptyState>
              )}
            </TrustPanel>
          </div>
          <div className="two-up">
            <TrustPanel title={`How it feels to ${name}`} intro={`Only the ratings ${name} chose to share.`}>
              {view.trust.theirFeelings ? (
                <FeelingsChart
                  title={`How it feels to ${name}`}
                  feelings={view.trust.theirFeelings}
                  empty={`${name} hasn't shared a trust rating yet. That's their choice to make.`}
                />
              ) : (
                <EmptyState title="Nothing shared yet">
                  <p>Once {name} joins, any ratings they choose to share will show here.</p>
                </EmptyState>
              )}
            </TrustPanel>
            <TrustPanel
              title="What the record shows about you"
              intro="What you have done in Mend, as it is on record for you both."
            >
              {view.trust.yourRecord.stage && <Stage stage={view.trust.yourRecord.stage} />}
              <RecordChart title="What the record shows about you" record={view.trust.yourRecord} />
            </TrustPanel>
          </div>
        </section>
      </Suspense>

      <section className="section" aria-labelledby="feelings-title">
        <h2 id="feelings-title">Feelings, week by week</h2>
        <h3>Yours</h3>
        <EmotionHeatMap
          title="Your feelings"
          map={view.emotions.yours}
          empty="The feelings you pick in check-ins will fill this in."
        />
        <h3>{name}'s, as shared</h3>
        {view.emotions.theirs ? (
          <EmotionHeatMap
            title={`${name}'s feelings, as shared`}
            map={view.emotions.theirs}
            empty={`${name} hasn't shared any feelings yet.`}
          />
        ) : (
          <EmptyState title="Nothing shared yet">
            <p>Once {name} joins, any feelings they choose to share will show here.</p>
          </EmptyState>
        )}
      </section>

      <Milestones milestones={view.milestones} otherName={name} />
      <Consistency consistency={view.consistency} otherName={name} />
      <OpenQuestions spaceId={spaceId} />
      <Talks talks={view.talks} />
      <ConversationHealth conversation={view.conversation} />
      <HelpSection spaceId={spaceId} suggestions={view.helpSuggestions} />
    </>
  );
}

/** Realistic expectations: the first paragraph always, the rest a tap away so the charts stay near. */
function Framing({ framing }: { framing: InsightsView["framing"] }) {
  const [first, ...rest] = framing.paragraphs;
  return (
    <section className="callout callout--info framing" aria-labelledby="framing-title">
      <h2 id="framing-title" className="callout__title">
        {framing.title}
      </h2>
      {first && <p>{first}</p>}
      {rest.length > 0 && (
        <details className="framing__more">
          <summary>More about what to expect</summary>
          {rest.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </details>
      )}
    </section>
  );
}

function TrustPanel({ title, intro, children }: { title: string; intro: string; children: ReactNode }) {
  const titleId = useId();
  return (
    <article className="panel trust-panel" aria-labelledby={titleId}>
      <h3 id={titleId} className="trust-panel__title">
        {title}
      </h3>
      <p className="muted trust-panel__intro">{intro}</p>
      {children}
    </article>
  );
}

function Stage({ stage }: { stage: NonNullable<InsightsView["trust"]["yourRecord"]["stage"]> }) {
  const names = (elements: typeof stage.established) =>
    listInWords(elements.map((element) => trustElementText[element].label.toLowerCase()));
  return (
    <div className="stage">
      <p className="stage__title">{stage.title}</p>
      <p>{stage.meaning}</p>
      {stage.workingOn.length > 0 && <p className="muted">Working on: {names(stage.workingOn)}.</p>}
      {stage.established.length > 0 && <p className="muted">Holding steady: {names(stage.established)}.</p>}
    </div>
  );
}

function HelpSection({
  spaceId,
  suggestions: fromServer,
}: {
  spaceId: string;
  suggestions: InsightsView["helpSuggestions"];
}) {
  const suggestions = useWithOwnReadinessHelp(spaceId, fromServer);
  return (
    <section className="section" aria-labelledby="help-title">
      <h2 id="help-title">When to get help</h2>
      {suggestions.length > 0 ? (
        <HelpSuggestions suggestions={suggestions} />
      ) : (
        <p>
          Nothing here points to needing outside help right now. You never need a reason to ask for it,
          though.
        </p>
      )}
      <p>
        <Link to={`/spaces/${segment(spaceId)}/help`}>How to find a good counselor</Link>
      </p>
    </section>
  );
}
