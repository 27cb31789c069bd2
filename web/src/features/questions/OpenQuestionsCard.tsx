import type { SpaceView } from "@mend/core/spaces/contract";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { segment } from "../../api/client.ts";
import { openQuestionsQuery } from "./api.ts";

const shown = 3;

/**
 * The space home's small card: questions still open, the ones waiting on you first. With nothing
 * open it stays out of the way; the questions page is one link away in "Facing it together".
 */
export function OpenQuestionsCard({ space }: { space: SpaceView }) {
  const open = useQuery(openQuestionsQuery(space.id));
  const base = `/spaces/${segment(space.id)}/questions`;
  if (!open.isSuccess || open.data.open === 0) return null;
  const { data } = open;
  const waiting = [...data.questions].sort((a, b) => Number(b.yourTurn) - Number(a.yourTurn)).slice(0, shown);

  return (
    <section className="section" aria-labelledby="questions-card-title">
      <div className="panel talk-card">
        <h2 id="questions-card-title">Questions</h2>
        <p>
          {data.open} open
          {data.yourTurn > 0 && ` · ${data.yourTurn} waiting for you`}
          {data.overdue > 0 && ` · ${data.overdue} past the promised time`}
        </p>
        <ul className="talk-card__list">
          {waiting.map((question) => (
            <li key={question.id}>
              <Link to={`${base}/${segment(question.id)}`} className="talk-card__link">
                {question.text}
              </Link>
              {question.yourTurn && <span className="status-pill status-pill--waiting">Your turn</span>}
              {question.overdue && <span className="status-pill status-pill--late">Late</span>}
            </li>
          ))}
        </ul>
        <p>
          <Link to={base}>All questions</Link>
        </p>
      </div>
    </section>
  );
}
