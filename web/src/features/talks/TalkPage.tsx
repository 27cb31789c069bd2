import type { TalkView } from "@mend/core/talks/contract";
import { earlyStartMinutes } from "@mend/core/talks/rules";
import { useQuery } from "@tanstack/react-query";
import { useCallback } from "react";
import { Link, useParams } from "react-router";
import { isApiError, segment } from "../../api/client.ts";
import { formatDateTime } from "../../ui/dates.ts";
import { ErrorState, LoadingState } from "../../ui/States.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { useSpaceStream } from "../realtime/use-space-stream.ts";
import { otherPersonName, spaceQuery } from "../spaces/api.ts";
import { talkQuery } from "./api.ts";
import { serverOffset, useRefetchAt } from "./clock.ts";
import { TalkAfter } from "./TalkAfter.tsx";
import { TalkBefore } from "./TalkBefore.tsx";
import { TalkLive } from "./TalkLive.tsx";
import { TalkRules } from "./TalkRules.tsx";
import { historyText, statusLabels } from "./words.ts";

export function TalkPage() {
  const { spaceId = "", talkId = "" } = useParams();
  const space = useQuery(spaceQuery(spaceId));
  const talk = useQuery(talkQuery(spaceId, talkId));
  useSpaceStream(spaceId);
  useDocumentTitle(talk.data ? `Talk: ${talk.data.topic}` : "A talk");
  const listPath = `/spaces/${segment(spaceId)}/talks`;
  const { refetch } = talk;
  const again = useCallback(() => void refetch(), [refetch]);
  const offset = talk.data ? serverOffset(talk.data, talk.dataUpdatedAt) : 0;
  const data = talk.data;
  const earliestStart =
    data?.scheduledFor && data.status === "scheduled"
      ? new Date(Date.parse(data.scheduledFor) - earlyStartMinutes * 60_000).toISOString()
      : null;
  useRefetchAt(
    data ? [data.break?.youCanResumeFrom, data.break?.returnAt, data.timer?.endsAt, earliestStart] : [],
    offset,
    again,
  );

  if (space.isPending || talk.isPending) return <LoadingState label="Opening the talk…" />;
  if (space.isError || talk.isError) {
    const missing = isApiError(talk.error, "not_found");
    return (
      <div className="page page--narrow">
        <h1>{missing ? "This talk isn't here" : "We couldn't open this talk"}</h1>
        <ErrorState
          error={space.error ?? talk.error}
          onRetry={missing ? undefined : () => void Promise.all([space.refetch(), talk.refetch()])}
        >
          <p>
            <Link to={listPath}>Go to your talks</Link>
          </p>
        </ErrorState>
      </div>
    );
  }
  const name = otherPersonName(space.data);
  return <Talk spaceId={spaceId} talk={talk.data} name={name} offset={offset} listPath={listPath} />;
}

function Talk({
  spaceId,
  talk,
  name,
  offset,
  listPath,
}: {
  spaceId: string;
  talk: TalkView;
  name: string;
  offset: number;
  listPath: string;
}) {
  const live = talk.status === "running" || talk.status === "on_break";
  const before = talk.status === "proposed" || talk.status === "scheduled";
  return (
    <div className="page talk-page">
      <p className="eyebrow">
        <Link to={listPath}>Your talks</Link>
      </p>
      <h1>
        <span className="visually-hidden">Talk: </span>
        <span className="written">{talk.topic}</span>
      </h1>
      <p className="talk-meta">
        <span className={`status-pill status-pill--${live ? "waiting" : "quiet"}`}>
          {statusLabels[talk.status]}
        </span>{" "}
        {talk.proposedBy === "you" ? "You proposed it" : `${name} proposed it`} · up to {talk.limitMinutes}{" "}
        minutes
        {talk.pauses > 0 && ` · ${talk.pauses} ${talk.pauses === 1 ? "break" : "breaks"}`}
      </p>
      <TalkRules talk={talk} open={before} />

      {before && <TalkBefore spaceId={spaceId} talk={talk} otherName={name} />}
      {live && <TalkLive spaceId={spaceId} talk={talk} otherName={name} offset={offset} />}
      {(talk.status === "ended" || talk.status === "cancelled") && (
        <>
          <p className="callout callout--info">
            {talk.status === "cancelled" && talk.outcome === null
              ? "This talk was called off before it started."
              : talk.outcome === "completed"
                ? `This talk ended${talk.endedAt ? ` on ${formatDateTime(talk.endedAt)}` : ""}. You got through what you meant to talk about.`
                : `This talk stopped early${talk.endedAt ? ` on ${formatDateTime(talk.endedAt)}` : ""}. That's all right: you can come back to it another time.`}
          </p>
          {talk.turns.length > 0 && (
            <details className="disclosure">
              <summary>The turns you took ({talk.turns.length})</summary>
              <ul className="plain-list">
                {talk.turns.map((turn) => (
                  <li key={turn.id}>
                    <strong>{turn.speaker === "you" ? "You" : name}:</strong>{" "}
                    <span className="written">{turn.point}</span>
                  </li>
                ))}
              </ul>
            </details>
          )}
          <TalkAfter spaceId={spaceId} talk={talk} otherName={name} />
        </>
      )}

      {talk.history.length > 0 && (
        <details className="disclosure talk-history">
          <summary>What happened so far</summary>
          <ol className="plain-list">
            {talk.history.map((entry) => (
              <li key={entry.id}>
                <span className="muted">{formatDateTime(entry.at)}:</span> {historyText(entry, name)}
              </li>
            ))}
          </ol>
        </details>
      )}
    </div>
  );
}
