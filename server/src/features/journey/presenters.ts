import type { PhaseProgressView } from "@mend/core/method/contract";
import type { PhaseProgress } from "@mend/core/method/index";

const iso = (date: Date | undefined) => date?.toISOString();

function presentCore<T extends Omit<PhaseProgress, "phase" | "directions">>(progress: T) {
  return {
    status: progress.status,
    reasons: progress.reasons.map((reason) => ({
      code: reason.code,
      text: reason.text,
      ...(reason.at ? { at: reason.at.toISOString() } : {}),
      ...(reason.count === undefined ? {} : { count: reason.count }),
      ...(reason.direction ? { direction: { ...reason.direction } } : {}),
    })),
    ...(progress.startedAt ? { startedAt: iso(progress.startedAt) } : {}),
    ...(progress.completedAt ? { completedAt: iso(progress.completedAt) } : {}),
    ...(progress.reopenedAt ? { reopenedAt: iso(progress.reopenedAt) } : {}),
    timesCompleted: progress.timesCompleted,
  };
}

export function presentPhase(progress: PhaseProgress): PhaseProgressView {
  return {
    phase: progress.phase,
    ...presentCore(progress),
    directions: progress.directions.map((direction) => ({
      ...presentCore(direction),
      brokeTrust: direction.brokeTrust,
      hurt: direction.hurt,
    })),
  };
}
