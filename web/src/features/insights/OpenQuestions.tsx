import { plural } from "@mend/core/plural";
import type { OpenQuestionsView } from "@mend/core/questions/contract";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { segment } from "../../api/client.ts";
import { ErrorState, LoadingState } from "../../ui/States.tsx";
import { openQuestionsQuery } from "../questions/api.ts";

function inWords({ open, yourTurn, overdue }: OpenQuestionsView): string {
  if (open === 0) return "No question is waiting for an answer right now.";
  const parts = [`${plural(open, "question")} still open`];
  if (yourTurn > 0) parts.push(`${yourTurn} waiting on you`);
  if (overdue > 0) parts.push(`${overdue} past the time agreed`);
  return `${parts.join(", ")}.`;
}

/** Questions asked in Mend that are still waiting: a count both people see the same way. */
export function OpenQuestions({ spaceId }: { spaceId: string }) {
  const open = useQuery(openQuestionsQuery(spaceId));
  return (
    <section className="section" aria-labelledby="open-questions-title">
      <h2 id="open-questions-title">Open questions</h2>
      {open.isPending && <LoadingState label="Counting open questions…" />}
      {open.isError && <ErrorState error={open.error} onRetry={() => void open.refetch()} />}
      {open.data && (
        <p>
          {inWords(open.data)} <Link to={`/spaces/${segment(spaceId)}/questions`}>See the questions</Link>
        </p>
      )}
    </section>
  );
}
