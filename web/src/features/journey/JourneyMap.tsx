import type { JourneyView } from "@mend/core/method/contract";
import { getPhase } from "@mend/core/method/index";
import { Link } from "react-router";
import { segment } from "../../api/client.ts";
import { statusLabels } from "./phase-status.ts";

/** Every phase, where the space stands in it, and the evidence behind that, in one list that fits a phone. */
export function JourneyMap({ journey, spaceId }: { journey: JourneyView; spaceId: string }) {
  return (
    <ol className="journey">
      {journey.phases.map((progress, index) => {
        const phase = getPhase(progress.phase);
        const latest = progress.reasons.at(-1);
        return (
          <li key={progress.phase} className={`journey__phase journey__phase--${progress.status}`}>
            <span className="journey__marker" aria-hidden="true">
              {index + 1}
            </span>
            <div className="journey__body">
              <p className="journey__title">
                <Link to={`/spaces/${segment(spaceId)}/phases/${progress.phase}`}>{phase.title}</Link>
              </p>
              <p className="journey__status">
                <span className={`badge badge--${progress.status}`}>{statusLabels[progress.status]}</span>
                {latest && progress.status !== "not_started" && (
                  <span className="journey__reason">{latest.text}</span>
                )}
              </p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
