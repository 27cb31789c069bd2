import type { TalkView } from "@mend/core/talks/contract";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { segment } from "../../api/client.ts";
import { formatDate } from "../../ui/dates.ts";
import { EmptyState, ErrorState, LoadingState } from "../../ui/States.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { useSpaceStream } from "../realtime/use-space-stream.ts";
import { otherPersonName, spaceQuery } from "../spaces/api.ts";
import { talksQuery } from "./api.ts";
import { ProposeTalkForm } from "./ProposeTalkForm.tsx";
import { statusLabels, whenText } from "./words.ts";

function TalkList({ spaceId, talks, name }: { spaceId: string; talks: TalkView[]; name: string }) {
  return (
    <ul className="question-list">
      {talks.map((talk) => {
        const waitingOnYou = talk.can.accept || talk.can.start || talk.can.resume;
        return (
          <li key={talk.id} className="question-card">
            <p className="question-card__text">
              <Link to={`/spaces/${segment(spaceId)}/talks/${segment(talk.id)}`}>{talk.topic}</Link>
            </p>
            <p className="question-card__meta">
              <span className={`status-pill status-pill--${waitingOnYou ? "waiting" : "quiet"}`}>
                {statusLabels[talk.status]}
                {talk.can.accept ? ": waiting for your yes" : ""}
              </span>
            </p>
            <p className="question-card__about">
              {talk.proposedBy === "you" ? "You proposed it" : `${name} proposed it`} on{" "}
              {formatDate(talk.createdAt)}
              {talk.status === "proposed" &&
                talk.proposal?.startsAt &&
                ` · for ${whenText(talk.proposal.startsAt)}`}
              {talk.status === "scheduled" &&
                talk.scheduledFor &&
                ` · agreed for ${whenText(talk.scheduledFor)}`}
            </p>
          </li>
        );
      })}
    </ul>
  );
}

export function TalksPage() {
  const { spaceId = "" } = useParams();
  useDocumentTitle("Talks");
  const space = useQuery(spaceQuery(spaceId));
  const talks = useQuery(talksQuery(spaceId));
  useSpaceStream(spaceId);

  if (space.isPending || talks.isPending) return <LoadingState label="Loading your talks…" />;
  if (space.isError || talks.isError) {
    return (
      <div className="page page--narrow">
        <h1>Talks</h1>
        <ErrorState
          error={space.error ?? talks.error}
          onRetry={() => void Promise.all([space.refetch(), talks.refetch()])}
        />
      </div>
    );
  }
  const name = otherPersonName(space.data);
  const all = talks.data.talks;
  const active = all.find((talk) => talk.id === talks.data.activeTalkId);
  const upcoming = all.filter((talk) => talk.status === "proposed" || talk.status === "scheduled");
  const past = all.filter((talk) => talk.status === "ended" || talk.status === "cancelled");
  const base = `/spaces/${segment(spaceId)}`;

  return (
    <div className="page">
      <p className="eyebrow">
        <Link to={base}>Back to your space</Link>
      </p>
      <h1>Talks</h1>
      <p className="lead">
        A steadier way to talk about hard things: one topic, a time limit, ground rules you both agree to, and
        a Pause button either of you can press at any moment, no reason needed.
      </p>

      {active && (
        <div className="callout callout--care">
          <h2 className="callout__title">
            {active.status === "on_break" ? "A talk is on a break" : "A talk is going on now"}
          </h2>
          <p className="written">{active.topic}</p>
          <Link className="button button--primary" to={`${base}/talks/${segment(active.id)}`}>
            Go to the talk
          </Link>
        </div>
      )}

      <section className="section" aria-labelledby="upcoming-title">
        <h2 id="upcoming-title">Coming up</h2>
        {upcoming.length === 0 ? (
          <EmptyState title="Nothing planned" />
        ) : (
          <TalkList spaceId={spaceId} talks={upcoming} name={name} />
        )}
      </section>

      <section className="section" aria-labelledby="propose-title">
        <h2 id="propose-title">Propose a talk</h2>
        {space.data.other === null ? (
          <p className="callout callout--info">You can propose a talk once {name} has joined the space.</p>
        ) : (
          <ProposeTalkForm spaceId={spaceId} otherName={name} />
        )}
      </section>

      {past.length > 0 && (
        <section className="section" aria-labelledby="past-title">
          <h2 id="past-title">Earlier talks</h2>
          <TalkList spaceId={spaceId} talks={past} name={name} />
        </section>
      )}
    </div>
  );
}
