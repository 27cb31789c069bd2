import { checkinText } from "@mend/core/checkins/fields";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { formatDateTime } from "../../ui/dates.ts";
import { EmptyState, ErrorState, LoadingState } from "../../ui/States.tsx";
import { theirCheckinsQuery } from "./api.ts";
import { CheckinDetails } from "./CheckinDetails.tsx";

const pageSize = 5;

/** The other person's check-ins, only as far as they chose to share them. */
export function TheirCheckins({
  spaceId,
  otherName,
  joined,
}: {
  spaceId: string;
  otherName: string;
  joined: boolean;
}) {
  const theirs = useQuery(theirCheckinsQuery(spaceId));
  const [shown, setShown] = useState(pageSize);

  return (
    <section className="section" aria-labelledby="theirs-title">
      <h2 id="theirs-title">What {otherName} shared with you</h2>
      {theirs.isPending && <LoadingState label={`Loading what ${otherName} shared…`} />}
      {theirs.isError && <ErrorState error={theirs.error} onRetry={() => void theirs.refetch()} />}
      {theirs.data && theirs.data.length === 0 && (
        <EmptyState title="Nothing shared yet">
          <p>
            {joined
              ? `When ${otherName} chooses to share part of a check-in, it will show here. Many people keep theirs private for a while, and that's fine.`
              : `Once ${otherName} joins and chooses to share part of a check-in, it will show here.`}
          </p>
        </EmptyState>
      )}
      {theirs.data && theirs.data.length > 0 && (
        <>
          <p className="muted">Only the parts {otherName} chose to share. Newest first.</p>
          <ol className="checkin-list">
            {theirs.data.slice(0, shown).map((checkin) => {
              const titleId = `their-${checkin.id}-title`;
              return (
                <li key={checkin.id}>
                  <article className="checkin-card checkin-card--theirs" aria-labelledby={titleId}>
                    <h3 id={titleId} className="checkin-card__title">
                      {checkinText[checkin.kind].title}, {formatDateTime(checkin.submittedAt)}
                    </h3>
                    <CheckinDetails checkin={checkin} otherName={otherName} voice="theirs" />
                  </article>
                </li>
              );
            })}
          </ol>
          {theirs.data.length > shown && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setShown((count) => count + pageSize * 2)}
            >
              Show earlier ones
            </button>
          )}
        </>
      )}
    </section>
  );
}
