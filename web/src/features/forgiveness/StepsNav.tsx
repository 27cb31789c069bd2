import type { ForgivenessPathView } from "@mend/core/forgiveness/contract";
import { type ForgivenessStepId, forgivenessStep } from "@mend/core/forgiveness/steps";
import { Link } from "react-router";

const countText = (n: number) =>
  n === 0 ? "Not written on yet" : n === 1 ? "1 reflection" : `${n} reflections`;

/** The five steps as links (so Back works), with how often each was written on and the suggested next one. */
export function StepsNav({ path, selected }: { path: ForgivenessPathView; selected: ForgivenessStepId }) {
  return (
    <ol className="heal-steps">
      {path.steps.map((progress, index) => {
        const current = progress.id === selected;
        return (
          <li key={progress.id} className={`heal-steps__item${current ? " heal-steps__item--open" : ""}`}>
            <span className="heal-steps__marker" aria-hidden="true">
              {index + 1}
            </span>
            <span className="heal-steps__body">
              <Link
                to={`?step=${progress.id}`}
                aria-current={current ? "step" : undefined}
                preventScrollReset
                className="heal-steps__link"
              >
                {forgivenessStep(progress.id).title}
              </Link>
              <span className="heal-steps__status">
                {countText(progress.reflections)}
                {path.next === progress.id && <span className="badge badge--under_way">Suggested next</span>}
              </span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
