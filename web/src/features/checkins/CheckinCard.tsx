import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { segment } from "../../api/client.ts";
import { dueCheckinsQuery } from "./api.ts";

/**
 * The space home's small check-in card. It mentions a check-in only when one is open, says nothing
 * about missed days, and never counts them.
 */
export function CheckinCard({ spaceId }: { spaceId: string }) {
  const due = useQuery(dueCheckinsQuery(spaceId));
  const base = `/spaces/${segment(spaceId)}`;
  const reminder = due.data?.reminder ?? null;

  return (
    <section className="section" aria-labelledby="checkin-card-title">
      <div className="panel checkin-home">
        <h2 id="checkin-card-title">Check in</h2>
        {due.isSuccess &&
          (reminder ? (
            <p className="checkin-home__text">{reminder}</p>
          ) : (
            <p className="checkin-home__text muted">{due.data.nothingDue}</p>
          ))}
        <div className="button-row">
          <Link
            className={`button ${reminder ? "button--primary" : "button--secondary"}`}
            to={`${base}/checkin`}
          >
            Check in
          </Link>
          <Link to={`${base}/insights`}>See your progress</Link>
        </div>
      </div>
    </section>
  );
}
