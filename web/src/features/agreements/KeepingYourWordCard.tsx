import type { SpaceView } from "@mend/core/spaces/contract";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { segment } from "../../api/client.ts";
import { formatDate } from "../../ui/dates.ts";
import { agreementReviewsQuery } from "./api.ts";
import { pendingKindLabels } from "./words.ts";

const shown = 3;

/** The space home's small card: agreements waiting for an answer or due for review, and the way in. */
export function KeepingYourWordCard({ space }: { space: SpaceView }) {
  const reviews = useQuery(agreementReviewsQuery(space.id));
  const base = `/spaces/${segment(space.id)}`;
  const agreementPath = (id: string) => `${base}/agreements/${segment(id)}`;
  const data = reviews.data;
  const nothing =
    !data || (data.awaitingYou.length === 0 && data.due.length === 0 && data.upcoming.length === 0);

  return (
    <section className="section" aria-labelledby="keeping-word-title">
      <div className="panel talk-card">
        <h2 id="keeping-word-title">Keeping your word</h2>
        {nothing ? (
          <p className="muted">Boundaries, agreements and promises, and how consistently they're kept.</p>
        ) : (
          <ul className="talk-card__list">
            {data.awaitingYou.slice(0, shown).map((item) => (
              <li key={`awaiting-${item.agreementId}`}>
                <Link to={agreementPath(item.agreementId)} className="talk-card__link">
                  {item.what}
                </Link>
                <span className="status-pill status-pill--waiting">
                  Waiting for you: {pendingKindLabels[item.kind]}
                </span>
              </li>
            ))}
            {data.due.slice(0, shown).map((item) => (
              <li key={`due-${item.agreementId}`}>
                <Link to={agreementPath(item.agreementId)} className="talk-card__link">
                  {item.what}
                </Link>
                <span className="status-pill status-pill--waiting">Due for review</span>
              </li>
            ))}
            {data.upcoming.slice(0, shown).map((item) => (
              <li key={`upcoming-${item.agreementId}`}>
                <Link to={agreementPath(item.agreementId)} className="talk-card__link">
                  {item.what}
                </Link>
                <span className="muted"> Review {formatDate(item.nextReviewAt)}</span>
              </li>
            ))}
          </ul>
        )}
        <ul className="inline-links">
          <li>
            <Link to={`${base}/agreements`}>Agreements and boundaries</Link>
          </li>
          <li>
            <Link to={`${base}/promises`}>Promises</Link>
          </li>
          <li>
            <Link to={`${base}/consistency`}>Consistency</Link>
          </li>
        </ul>
      </div>
    </section>
  );
}
