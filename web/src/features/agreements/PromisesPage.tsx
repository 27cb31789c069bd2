import type { OccurrenceView, PromiseView } from "@mend/core/agreements/promise-contract";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { isApiError, segment } from "../../api/client.ts";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { formatDate } from "../../ui/dates.ts";
import { EmptyState, ErrorState, LoadingState, Notice } from "../../ui/States.tsx";
import { useDocumentTitle } from "../../ui/use-document-title.ts";
import { useSpaceStream } from "../realtime/use-space-stream.ts";
import { otherPersonName, spaceQuery } from "../spaces/api.ts";
import { occurrencesQuery, promisesQuery, useEndPromise } from "./api.ts";
import { CalendarFeedSection } from "./CalendarFeedSection.tsx";
import { FeatureNav } from "./FeatureNav.tsx";
import { OccurrenceList } from "./Occurrences.tsx";
import { PromiseForm } from "./PromiseForm.tsx";
import { TransparencySection } from "./TransparencySection.tsx";

const needsYou = (o: OccurrenceView) => o.can.mark || o.can.respond;

export function PromisesPage() {
  const { spaceId = "" } = useParams();
  useDocumentTitle("Promises");
  const space = useQuery(spaceQuery(spaceId));
  const list = useQuery(promisesQuery(spaceId));
  const occurrences = useQuery(occurrencesQuery(spaceId));
  useSpaceStream(spaceId);
  const [notice, setNotice] = useState<string | null>(null);
  const [making, setMaking] = useState<string | null>(null);

  if (space.isPending || list.isPending || occurrences.isPending)
    return <LoadingState label="Loading promises…" />;
  if (space.isError || list.isError || occurrences.isError) {
    return (
      <div className="page page--narrow">
        <h1>Promises</h1>
        <ErrorState
          error={space.error ?? list.error ?? occurrences.error}
          onRetry={() => void Promise.all([space.refetch(), list.refetch(), occurrences.refetch()])}
        />
      </div>
    );
  }
  const name = otherPersonName(space.data);
  const { promises, guidance, can } = list.data;
  const byId = new Map(promises.map((p) => [p.id, p]));
  const all = occurrences.data.occurrences;
  const now = all.filter(needsYou);
  const waiting = all.filter(
    (o) => !needsYou(o) && (o.status === "open" || (o.status === "kept" && o.confirmation === "awaiting")),
  );
  const upcoming = all.filter((o) => o.status === "upcoming").slice(0, 8);
  const past = all
    .filter((o) => !needsYou(o) && !waiting.includes(o) && (o.status === "kept" || o.status === "missed"))
    .reverse();
  const running = promises.filter((p) => p.endedAt === null);
  const ended = promises.filter((p) => p.endedAt !== null);
  const done = (message: string) => {
    setMaking(null);
    setNotice(message);
  };

  return (
    <div className="page">
      <p className="eyebrow">
        <Link to={`/spaces/${segment(spaceId)}`}>Back to your space</Link>
      </p>
      <h1>Promises</h1>
      <p className="lead">
        Small promises, kept again and again, are how trust grows back. Each one is marked kept or missed, and
        the other person can confirm what they saw.
      </p>
      <FeatureNav spaceId={spaceId} current="promises" />
      {notice && <Notice>{notice}</Notice>}

      <section className="section" aria-labelledby="make-title">
        <h2 id="make-title">{can.make ? "Make a promise" : "Who makes promises"}</h2>
        <p>{guidance.text}</p>
        {can.make &&
          (making !== null ? (
            <div className="panel">
              <PromiseForm
                key={making}
                spaceId={spaceId}
                initialText={making}
                onDone={done}
                onCancel={() => setMaking(null)}
              />
            </div>
          ) : (
            <>
              {guidance.ideas.length > 0 && (
                <details className="disclosure">
                  <summary>Ideas for small promises</summary>
                  <ul className="idea-list">
                    {guidance.ideas.map((idea) => (
                      <li key={idea}>
                        <span>{idea}</span>{" "}
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => setMaking(idea)}
                          aria-label={`Use this: ${idea}`}
                        >
                          Use this
                        </button>
                      </li>
                    ))}
                  </ul>
                </details>
              )}
              <button
                type="button"
                className="button button--primary"
                onClick={() => {
                  setNotice(null);
                  setMaking("");
                }}
              >
                Make a promise
              </button>
            </>
          ))}
      </section>

      <section className="section" aria-labelledby="now-title">
        <h2 id="now-title">Waiting for you</h2>
        {now.length === 0 ? (
          <EmptyState title="Nothing needs you right now" />
        ) : (
          <OccurrenceList
            spaceId={spaceId}
            occurrences={now}
            promises={byId}
            name={name}
            onDone={setNotice}
          />
        )}
        {waiting.length > 0 && (
          <>
            <h3>Waiting for {name}</h3>
            <OccurrenceList
              spaceId={spaceId}
              occurrences={waiting}
              promises={byId}
              name={name}
              onDone={setNotice}
            />
          </>
        )}
      </section>

      {upcoming.length > 0 && (
        <section className="section" aria-labelledby="upcoming-title">
          <h2 id="upcoming-title">Coming up</h2>
          <OccurrenceList
            spaceId={spaceId}
            occurrences={upcoming}
            promises={byId}
            name={name}
            onDone={setNotice}
          />
        </section>
      )}

      <section className="section" aria-labelledby="promises-title">
        <h2 id="promises-title">All promises</h2>
        {running.length === 0 ? (
          <EmptyState title="No promises yet">
            <p>
              {can.make
                ? "Start with one small promise you're sure you can keep."
                : `When ${name} makes a promise, it will be here.`}
            </p>
          </EmptyState>
        ) : (
          <ul className="promise-list">
            {running.map((promise) => (
              <PromiseItem
                key={promise.id}
                spaceId={spaceId}
                promise={promise}
                name={name}
                onDone={setNotice}
              />
            ))}
          </ul>
        )}
        {ended.length > 0 && (
          <details className="disclosure">
            <summary>Ended promises ({ended.length})</summary>
            <ul className="promise-list">
              {ended.map((promise) => (
                <PromiseItem
                  key={promise.id}
                  spaceId={spaceId}
                  promise={promise}
                  name={name}
                  onDone={setNotice}
                />
              ))}
            </ul>
          </details>
        )}
      </section>

      {past.length > 0 && (
        <section className="section" aria-labelledby="recent-title">
          <h2 id="recent-title">Recently</h2>
          <OccurrenceList
            spaceId={spaceId}
            occurrences={past}
            promises={byId}
            name={name}
            onDone={setNotice}
          />
        </section>
      )}

      <TransparencySection spaceId={spaceId} name={name} canLog={can.make} onDone={setNotice} />
      <CalendarFeedSection spaceId={spaceId} />
    </div>
  );
}

function PromiseItem({
  spaceId,
  promise,
  name,
  onDone,
}: {
  spaceId: string;
  promise: PromiseView;
  name: string;
  onDone: (message: string) => void;
}) {
  const end = useEndPromise(spaceId);
  const [ending, setEnding] = useState(false);
  const { counts } = promise;
  return (
    <li className="promise">
      <p className="promise__text written">{promise.text}</p>
      <p className="promise__meta">
        {promise.scheduleText}
        {promise.maker !== "you" && ` · made by ${name}`}
        {promise.endedAt && ` · ended ${formatDate(promise.endedAt)}`}
      </p>
      <p className="promise__streak">{promise.streak.text}</p>
      <p className="promise__counts">
        Kept {counts.kept} · confirmed {counts.confirmed} · seen differently {counts.disputed} · missed{" "}
        {counts.missed}
      </p>
      {promise.endNote && <p className="occurrence__note">“{promise.endNote}”</p>}
      {promise.can.end && (
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => {
            end.reset();
            setEnding(true);
          }}
        >
          End this promise
        </button>
      )}
      <ConfirmDialog
        open={ending}
        title="End this promise?"
        confirmLabel="End it"
        cancelLabel="Keep it going"
        tone="primary"
        pending={end.isPending}
        pendingLabel="Ending…"
        error={end.error ? (isApiError(end.error) ? end.error.message : "That didn't work.") : null}
        onConfirm={() =>
          // An ended promise moves to another list, replacing this item, so the message is sent on from the promise.
          end.mutateAsync({ id: promise.id }).then(
            () => onDone("Ended. Everything that already happened stays on record."),
            () => undefined, // Shown in the dialog.
          )
        }
        onCancel={() => setEnding(false)}
      >
        <p>
          Nothing more falls due after today. {name} will see that it ended; what was kept stays on record.
          Keeping fewer promises well is a good choice.
        </p>
      </ConfirmDialog>
    </li>
  );
}
