import type { ReadinessResult as Result } from "@mend/core/readiness/index";
import { Link } from "react-router";
import { segment } from "../../api/client.ts";
import { formatDate } from "../../ui/dates.ts";

/** What the person's answers suggest, worked out in their browser: only they ever see it. */
export function ReadinessResult({
  completedAt,
  result,
  spaceId,
}: {
  completedAt: string;
  result: Result;
  spaceId: string;
}) {
  const base = `/spaces/${segment(spaceId)}`;
  return (
    <section className="section" aria-labelledby="result-title">
      <h2 id="result-title">What your answers suggest</h2>
      <p className="muted">Only you can see this. Taken {formatDate(completedAt)}.</p>
      {result.path === "safety" && (
        <div className="callout callout--care">
          <h3 className="callout__title">Your safety comes first</h3>
          <p>{result.summary}</p>
          <Link className="button button--primary" to={`${base}/safety`}>
            Open the safety page
          </Link>
        </div>
      )}
      {result.path === "deciding" && (
        <div className="callout callout--info">
          <h3 className="callout__title">It's all right not to know yet</h3>
          <p>{result.summary}</p>
          <Link className="button button--primary" to={`${base}/deciding`}>
            Help with deciding
          </Link>
        </div>
      )}
      {result.path === "repair" && <p className="lead">{result.summary}</p>}
      {result.hopeful.length > 0 && (
        <>
          <h3>What looks hopeful</h3>
          <ul>
            {result.hopeful.map((finding) => (
              <li key={finding.factor}>{finding.text}</li>
            ))}
          </ul>
        </>
      )}
      {result.hard.length > 0 && (
        <>
          <h3>What looks hard</h3>
          <ul>
            {result.hard.map((finding) => (
              <li key={finding.factor}>{finding.text}</li>
            ))}
          </ul>
        </>
      )}
      {result.suggestions.length > 0 && (
        <>
          <h3>Ideas for you</h3>
          <ul>
            {result.suggestions.map((suggestion) => (
              <li key={suggestion.id}>{suggestion.text}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
