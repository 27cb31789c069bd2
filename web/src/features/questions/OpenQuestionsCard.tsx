import type { SpaceView } from "@mend/core/spaces/contract";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { segment } from "../../api/client.ts";
import { otherPersonName } from "../spaces/api.ts";
import { openQuestionsQuery } from "./api.ts";

const shown = 3;

/** The space home's small card: questions still open, the ones waiting on you first. */
export function OpenQuestionsCard({ space }: { space: SpaceView }) {
  const open = useQuery(openQuestionsQuery(space.id));
  const name = otherPersonName(space);
  const base = `/spaces/${segment(space.id)}/questions`;
  if (!open.isSuccess || (space.other === null && open.data.open === 0)) return null;
  const { data } = open;
  const waiting = [...data.questions].sort((a, b) => Number(b.yourTurn) - Number(a.yourTurn)).slice(0, shown);

  return (
    <section className="section" aria-labelledby="questions-card-title">
      <div className="panel talk-card">
        <h2 id="questions-card-title">Questions</h2>
        {data.open === 0 ? (
          <p className="muted">
            {space.you.role === "broke_trust"
              ? `No open questions. When ${name} asks one, it will be here.`
              : "No open questions right now."}
          </p>
        ) : (
          <>
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
          </>
        )}
        <p>
          <Link to={base}>All questions</Link>
        </p>
      </div>
    </section>
  );
}
