import type { CounselorSpaceSummary } from "@mend/core/counselor/contract";
import { getPhase } from "@mend/core/method/index";
import { statusLabels } from "../journey/phase-status.ts";

/** The journey's phases with their status, as both members see them. */
export function StageList({ stage }: { stage: CounselorSpaceSummary["stage"] }) {
  return (
    <ol className="counselor-stage">
      {stage.map((progress) => (
        <li key={progress.phase} className="counselor-stage__phase">
          <span>{getPhase(progress.phase).title}</span>{" "}
          <span className={`badge badge--${progress.status}`}>{statusLabels[progress.status]}</span>
        </li>
      ))}
    </ol>
  );
}
