import type { SharedForgivenessReflectionView } from "@mend/core/forgiveness/contract";
import { forgivenessStep } from "@mend/core/forgiveness/steps";
import { formatDate } from "../../ui/dates.ts";
import { EmptyState } from "../../ui/States.tsx";

/** What the other person chose to share from their own path; it shrinks silently if they take one back. */
export function SharedWithYou({
  reflections,
  otherName,
}: {
  reflections: SharedForgivenessReflectionView[];
  otherName: string;
}) {
  return (
    <section className="section" aria-labelledby="shared-title">
      <h2 id="shared-title">What {otherName} has shared with you</h2>
      {reflections.length === 0 ? (
        <EmptyState title="Nothing shared here">
          <p>
            If {otherName} chooses to share a reflection from their path, it will appear here. Their path is
            theirs to walk, at their own pace.
          </p>
        </EmptyState>
      ) : (
        <ul className="heal-list">
          {reflections.map((reflection) => (
            <li key={reflection.id}>
              <article className="heal-item heal-item--theirs" aria-labelledby={`shared-${reflection.id}`}>
                <h3 id={`shared-${reflection.id}`} className="heal-item__title">
                  {forgivenessStep(reflection.step).title}
                </h3>
                <p className="heal-item__text">{reflection.text}</p>
                <p className="heal-item__meta">Shared {formatDate(reflection.sharedAt)}</p>
              </article>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
